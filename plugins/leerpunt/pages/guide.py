"""The page of one guide: meta line, 'In één oogopslag', recommendations with their evidence, cards."""

from __future__ import annotations

from urllib.parse import urlparse

from ..badges import approach_badges, recommendation_badge
from ..catalogue.dates import dutch_date
from ..catalogue.model import Catalogue, Guide, Recommendation
from ..texts import text
from ..web import DEFAULT, Web
from .breadcrumbs import titled
from .cards import reflection_cards_section
from .common import editorial_line, front_matter, link, md_escape, niveaus_text, themes_links
from .finished import finished
from .paths import GUIDES_INDEX, GUIDES_TITLE


def guide_page(guide: Guide, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """Complete Markdown (with front matter) for a guide page."""
    meta = f"Gepubliceerd: {dutch_date(guide.gepubliceerd)} · Voor: {niveaus_text(guide.niveaus)} · " \
           f"Thema's: {themes_links(guide.src_uri, guide.themas)}"
    if guide.auteurs:
        meta += " · Auteurs: " + ", ".join(md_escape(a) for a in guide.auteurs)
    return "".join([
        front_matter(title=guide.titel, description=guide.samenvatting, voorbeeld=guide.voorbeeld),
        titled(guide.src_uri, [(GUIDES_TITLE, GUIDES_INDEX)], guide.titel, web),
        editorial_line(guide.bron, text("leidraad_op_leerpunt")),
        f"{meta}\n{{: .lp-meta }}\n\n",
        _at_a_glance(guide, catalogue, web),
        _body_with_evidence(guide, catalogue, web),
        reflection_cards_section(guide.reflectiekaarten, "deze leidraad"),
    ])


def _at_a_glance(guide: Guide, catalogue: Catalogue, web: Web) -> str:
    items = "\n".join(f"{n}. [{md_escape(r.titel)}](#{r.anchor})" + _evidence(guide, r, catalogue, web, brief=True)
                      for n, r in enumerate(guide.aanbevelingen, 1))
    return (f'<div class="lp-glance" markdown>\n\n## {text("in_een_oogopslag")} {{ #in-een-oogopslag }}\n\n'
            f"{items}\n\n</div>\n\n")


def _body_with_evidence(guide: Guide, catalogue: Catalogue, web: Web) -> str:
    """The editor's body, with each recommendation's evidence right under its heading: the toolkit
    approaches it cites (with their figures), and a grade only when the guide's source gives one."""
    lines = guide.body.strip("\n").split("\n")
    leading = len(guide.body) - len(guide.body.lstrip("\n"))
    after_heading = {r.line - guide.body_line - leading: r for r in guide.aanbevelingen}
    out = []
    for index, line in enumerate(lines):
        out.append(line)
        evidence = _evidence(guide, after_heading[index], catalogue, web) if index in after_heading else ""
        if evidence:
            out += ["", evidence.strip(), "{: .lp-level-line }"]
    return "\n".join(out) + "\n\n"


def _evidence(guide: Guide, recommendation: Recommendation, catalogue: Catalogue, web: Web,
              brief: bool = False) -> str:
    """'Onderbouwd met: <approach> <badges>, …' and the source's grade with that source, if any.
    Brief (for 'In één oogopslag'): on a line of its own under the title, without the figures."""
    parts = []
    if recommendation.bewijs:
        source = urlparse(recommendation.bewijsbron).hostname or recommendation.bewijsbron
        parts.append(f"{recommendation_badge(recommendation.bewijs, web)} "
                     f"({text('bewijsniveau_bron')} [{md_escape(source)}]({recommendation.bewijsbron}))")
    approaches = [a for a in (catalogue.approach(ref) for ref in recommendation.aanpakken) if a]
    if approaches:
        cited = ", ".join(f"[{md_escape(a.titel)}]({link(guide.src_uri, a.src_uri)})"
                          + ("" if brief else f" {finished(approach_badges(a, web))}") for a in approaches)
        parts.append(f"{text('onderbouwing_toolkit')}: {cited}")
    if not parts:
        return ""
    return "  \n   " + " · ".join(parts) if brief else " · ".join(parts)
