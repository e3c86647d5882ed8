"""Theme pages: per thema the toolkit approaches (with compact badges) and the guides about it."""

from __future__ import annotations

from ..badges import compact_badges
from ..catalogue.dates import dutch_date
from ..catalogue.model import Catalogue
from ..catalogue.vocabularies import thema_labels
from .common import front_matter, link, md_escape

THEMES_INDEX = "themas/index.md"


def theme_uri(thema: str) -> str:
    return f"themas/{thema}.md"


def themes_index(catalogue: Catalogue) -> str:
    rows = []
    for thema, label in thema_labels().items():
        approaches = sum(thema in a.themas for a in catalogue.approaches)
        guides = sum(thema in g.themas for g in catalogue.guides)
        if approaches or guides:
            rows.append(f"| [{label}]({link(THEMES_INDEX, theme_uri(thema))}) | {approaches} | {guides} |")
    return (front_matter(title="Thema's", description="Aanpakken en leidraden per thema.") +
            "Zoek je iets over een bepaald onderwerp? Per thema vind je de aanpakken uit de toolkits en de "
            "leidraden.\n\n| Thema | Aanpakken | Leidraden |\n|---|---|---|\n" + "\n".join(rows) + "\n")


def theme_page(thema: str, catalogue: Catalogue) -> str:
    uri = theme_uri(thema)
    parts = [front_matter(title=thema_labels()[thema], description=f"Aanpakken en leidraden over {thema_labels()[thema].lower()}.")]
    for toolkit in catalogue.toolkits:
        approaches = [a for a in toolkit.aanpakken if thema in a.themas]
        if approaches:
            items = "\n".join(f"- [{md_escape(a.titel)}]({link(uri, a.src_uri)}) "
                              f"{compact_badges(a.impact, a.kosten, a.bewijssterkte)}" for a in approaches)
            parts.append(f"## {md_escape(toolkit.titel)}\n\n{items}\n\n")
    guides = [g for g in catalogue.guides if thema in g.themas]
    if guides:
        items = "\n".join(f"- [{md_escape(g.titel)}]({link(uri, g.src_uri)}) ({dutch_date(g.gepubliceerd)})"
                          for g in guides)
        parts.append(f"## Leidraden\n\n{items}\n\n")
    return "".join(parts)


def theme_pages(catalogue: Catalogue) -> dict[str, str]:
    used = {t for a in catalogue.approaches for t in a.themas} | {t for g in catalogue.guides for t in g.themas}
    pages = {THEMES_INDEX: themes_index(catalogue)}
    pages.update({theme_uri(thema): theme_page(thema, catalogue) for thema in thema_labels() if thema in used})
    return pages
