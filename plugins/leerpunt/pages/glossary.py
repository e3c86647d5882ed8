"""The glossary page: every term with its one-sentence definition, its longer explanation and links.

The same definitions are the tooltips on the first use of a term on every other page
(extensions/glossary.py), so the page is where a tooltip's reader can read on.
"""

from __future__ import annotations

from ..catalogue.model import Catalogue
from ..texts import text
from .common import front_matter, link, md_escape
from .paths import GLOSSARY_PAGE, GLOSSARY_TITLE


def glossary_page(catalogue: Catalogue) -> str:
    terms = sorted(catalogue.glossary, key=lambda t: t.term.casefold())
    parts = [front_matter(title=GLOSSARY_TITLE, description=text("begrippen_beschrijving")),
             f"{text('begrippen_intro')}\n\n"]
    for term in terms:
        parts.append(f"## {md_escape(term.term)} {{ #{term.anchor} }}\n\n{md_escape(term.definitie)}\n\n")
        if term.uitleg:
            parts.append(f"{md_escape(term.uitleg)}\n\n")
        if term.varianten:
            parts.append(f"{text('ook')}: {', '.join(md_escape(v) for v in term.varianten)}\n{{: .lp-meta }}\n\n")
        if term.links:
            items = "\n".join(f"- [{md_escape(ref.titel)}]"
                              f"({ref.link if not ref.is_page else link(GLOSSARY_PAGE, ref.link)})"
                              for ref in term.links)
            parts.append(f"{items}\n\n")
    return "".join(parts)
