"""The page of one guide: meta line, 'In één oogopslag', recommendations with badges, cards."""

from __future__ import annotations

from ..badges import recommendation_badge
from ..catalogue.dates import dutch_date
from ..catalogue.model import Catalogue, Guide, Recommendation
from .cards import reflection_cards_section
from .common import front_matter, link, md_escape, niveaus_text, themes_links
from ..web import DEFAULT, Web


def guide_page(guide: Guide, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """Complete Markdown (with front matter) for a guide page."""
    meta = f"Gepubliceerd: {dutch_date(guide.gepubliceerd)} · Voor: {niveaus_text(guide.niveaus)} · " \
           f"Thema's: {themes_links(guide.src_uri, guide.themas)}"
    if guide.auteurs:
        meta += " · Auteurs: " + ", ".join(md_escape(a) for a in guide.auteurs)
    parts = [
        front_matter(title=guide.titel, description=guide.samenvatting, voorbeeld=guide.voorbeeld),
        f"{meta}\n{{: .lp-meta }}\n\n",
        _at_a_glance(guide, web),
        _body_with_badges(guide, catalogue, web),
        reflection_cards_section(guide.reflectiekaarten, "deze leidraad"),
    ]
    if guide.bron:
        parts.append(f"## Bron\n\n- <{guide.bron}>\n")
    return "".join(parts)


def _at_a_glance(guide: Guide, web: Web) -> str:
    items = "\n".join(f"{n}. [{md_escape(r.titel)}](#{r.anchor}) {recommendation_badge(r.bewijs, web)}"
                      for n, r in enumerate(guide.aanbevelingen, 1))
    return (f'<div class="lp-glance" markdown>\n\n## In één oogopslag {{ #in-een-oogopslag }}\n\n'
            f"{items}\n\n</div>\n\n")


def _body_with_badges(guide: Guide, catalogue: Catalogue, web: Web) -> str:
    """The editor's body, with each recommendation's evidence badge (and the toolkit approaches
    that support it) right under its heading."""
    lines = guide.body.strip("\n").split("\n")
    leading = len(guide.body) - len(guide.body.lstrip("\n"))
    after_heading = {r.line - guide.body_line - leading: r for r in guide.aanbevelingen}
    out = []
    for index, line in enumerate(lines):
        out.append(line)
        if index in after_heading:
            recommendation = after_heading[index]
            out += ["", recommendation_badge(recommendation.bewijs, web) + _support(guide, recommendation, catalogue),
                    "{: .lp-level-line }"]
    return "\n".join(out) + "\n\n"


def _support(guide: Guide, recommendation: Recommendation, catalogue: Catalogue) -> str:
    approaches = [catalogue.approach(ref) for ref in recommendation.aanpakken]
    links = ", ".join(f"[{md_escape(a.titel)}]({link(guide.src_uri, a.src_uri)})" for a in approaches if a)
    return f" Toolkit: {links}" if links else ""
