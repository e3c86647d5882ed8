"""Small helpers shared by the page builders."""

from __future__ import annotations

import html
import posixpath
from urllib.parse import urlparse

import yaml

from ..catalogue.vocabularies import niveau_labels, thema_labels
from ..markup import md_escape  # noqa: F401  (re-exported for the page builders)
from ..texts import text


def front_matter(**meta) -> str:
    """A YAML front-matter block. Themes print `page.title` into HTML unescaped, so the title
    is HTML-escaped here; the YAML dumper quotes whatever YAML needs."""
    kept = {key: value for key, value in meta.items() if value not in (None, "", False)}
    if "title" in kept:
        kept["title"] = html.escape(kept["title"], quote=False)
    # libyaml's dumper when PyYAML has it (the pure-Python one costs a millisecond per page).
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return "---\n" + yaml.dump(kept, Dumper=dumper, allow_unicode=True, sort_keys=False) + "---\n\n"


def link(from_uri: str, to_uri: str) -> str:
    """A relative Markdown link target between two source files, so MkDocs checks it."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def niveaus_text(niveaus) -> str:
    labels = niveau_labels()
    return ", ".join(labels[n] for n in niveaus)


def themes_links(from_uri: str, themas) -> str:
    """Theme names linked to their theme pages."""
    labels = thema_labels()
    return ", ".join(f"[{labels[t]}]({link(from_uri, f'themas/{t}.md')})" for t in themas)


def official_text_label(url: str) -> str:
    """What a link to the official (or original) text of a summary says: the text's site, and that it leaves ours."""
    host = urlparse(url).hostname or ""
    if host == "leerpunt.be" or host.endswith(".leerpunt.be"):
        label = text("officiele_tekst_leerpunt")
    elif host.endswith("educationendowmentfoundation.org.uk"):
        label = text("oorspronkelijke_tekst_eef")
    else:
        label = text("oorspronkelijke_tekst", domein=host.removeprefix("www."))
    return f"{label} ↗"


def official_text_link(url: str) -> str:
    """A Markdown link to where the official (or original) text of a summary is, named by its site."""
    return f"[{md_escape(official_text_label(url))}]({url})"


def html_list(items: list[str]) -> str:
    """A list of finished HTML items, written as Python-Markdown writes a list (the same bytes)."""
    return "<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"


def html_link(href: str, label: str) -> str:
    """A link in finished HTML: `label` is plain text."""
    return f'<a href="{html.escape(href)}">{html.escape(label, quote=False)}</a>'


LEERPUNT_HOME = "https://leerpunt.be/"


def editorial_line(url: str, fallback_label: str = "") -> str:
    """The quiet line under a title: our own summary, and where the official text is.

    Without an address of its own, `fallback_label` (if given) points to Leerpunt's site instead."""
    if url:
        official = f" · {official_text_link(url)}"
    elif fallback_label:
        official = f" · [{md_escape(fallback_label)} ↗]({LEERPUNT_HOME})"
    else:
        official = ""
    return f"{text('samenvatting_redactie')}{official}\n{{: .lp-editorial }}\n\n"


def indent(body: str, prefix: str = "    ") -> str:
    """Indent every line for the body of an admonition."""
    return "\n".join(prefix + line if line.strip() else "" for line in body.strip().split("\n"))
