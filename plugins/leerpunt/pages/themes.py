"""Theme pages: per thema the toolkit approaches (with compact badges) and the guides about it."""

from __future__ import annotations

from ..badges import approach_badges
from ..catalogue.dates import dutch_date
from ..catalogue.model import Catalogue
from ..catalogue.vocabularies import thema_labels
from .common import front_matter, link, md_escape
from .breadcrumbs import titled
from .finished import finished
from .paths import THEMES_INDEX, THEMES_TITLE
from ..web import DEFAULT, Web



def theme_uri(thema: str) -> str:
    return f"themas/{thema}.md"


def themes_index(catalogue: Catalogue) -> str:
    labels = thema_labels()
    rows = [f"| [{labels[thema]}]({link(THEMES_INDEX, theme_uri(thema))}) | "
            f"{sum(thema in a.themas for a in catalogue.approaches)} | {sum(thema in g.themas for g in catalogue.guides)} |"
            for thema in themes_in_use(catalogue)]
    return (front_matter(title=THEMES_TITLE, description="Aanpakken en leidraden per thema.") +
            "Zoek je iets over een bepaald onderwerp? Per thema vind je de aanpakken uit de toolkits en de "
            "leidraden.\n\n| Thema | Aanpakken | Leidraden |\n|---|---|---|\n" + "\n".join(rows) + "\n")


def theme_page(thema: str, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    uri = theme_uri(thema)
    label = thema_labels()[thema]
    parts = [front_matter(title=label, description=f"Aanpakken en leidraden over {label.lower()}."),
             titled(uri, [(THEMES_TITLE, THEMES_INDEX)], label, web)]
    for toolkit in catalogue.toolkits:
        approaches = [a for a in toolkit.aanpakken if thema in a.themas]
        if approaches:
            items = "\n".join(f"- [{md_escape(a.titel)}]({link(uri, a.src_uri)}) "
                              f"{finished(approach_badges(a, web))}" for a in approaches)
            parts.append(f"## {md_escape(toolkit.titel)}\n\n{items}\n\n")
    guides = [g for g in catalogue.guides if thema in g.themas]
    if guides:
        items = "\n".join(f"- [{md_escape(g.titel)}]({link(uri, g.src_uri)}) ({dutch_date(g.gepubliceerd)})"
                          for g in guides)
        parts.append(f"## Leidraden\n\n{items}\n\n")
    return "".join(parts)


def themes_in_use(catalogue: Catalogue) -> list[str]:
    """The themes that at least one approach or guide carries, in the vocabulary's order."""
    used = {t for a in catalogue.approaches for t in a.themas} | {t for g in catalogue.guides for t in g.themas}
    return [thema for thema in thema_labels() if thema in used]
