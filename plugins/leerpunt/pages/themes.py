"""Theme pages: per thema the toolkit approaches (with compact badges) and the guides about it."""

from __future__ import annotations

from ..catalogue.dates import dutch_date
from ..catalogue.model import Catalogue
from ..catalogue.vocabularies import thema_labels
from ..texts import text
from ..web import DEFAULT, Web
from .approach import approach_list
from .breadcrumbs import titled
from .common import front_matter, link, md_escape
from .kennisagenda import AGENDA_PAGE, status_labels
from .paths import GUIDES_TITLE, THEMES_INDEX, THEMES_TITLE
from .projects import projects_section


def theme_uri(thema: str) -> str:
    return f"themas/{thema}.md"


def themes_index(catalogue: Catalogue) -> str:
    labels = thema_labels()
    rows = [f"| [{labels[thema]}]({link(THEMES_INDEX, theme_uri(thema))}) | "
            f"{sum(thema in a.themas for a in catalogue.approaches)} | "
            f"{sum(thema in g.themas for g in catalogue.guides)} |"
            for thema in themes_in_use(catalogue)]
    return (front_matter(title=THEMES_TITLE, description="Aanpakken en leidraden per thema.") +
            "Zoek je iets over een bepaald onderwerp? Per thema vind je de aanpakken uit de toolkits en de "
            "leidraden.\n\n| Thema | Aanpakken | Leidraden |\n|---|---|---|\n" + "\n".join(rows) + "\n")


def theme_page(thema: str, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """A theme hub: its intro, then everything on the theme (approaches with their figures, guides,
    projects, its place on the knowledge agenda, materials), and the explorer filtered on it."""
    uri = theme_uri(thema)
    label = thema_labels()[thema]
    description = catalogue.theme_intro(thema) or text("thema_beschrijving", thema=label.lower())
    parts = [front_matter(title=label, description=description),
             titled(uri, [(THEMES_TITLE, THEMES_INDEX)], label, web)]
    if catalogue.theme_intro(thema):
        parts.append(f"{md_escape(catalogue.theme_intro(thema))}\n\n")
    explorers = [f"[{md_escape(t.titel)}]({link(uri, t.src_uri)}?thema={thema})" for t in catalogue.toolkits
                 if any(thema in a.themas for a in t.aanpakken)]
    if explorers:
        parts.append(f"{text('in_de_verkenner')}: {' · '.join(explorers)}\n{{: .lp-meta }}\n\n")
    for toolkit in catalogue.toolkits:
        approaches = [a for a in toolkit.aanpakken if thema in a.themas]
        if approaches:
            parts.append(f"## {md_escape(toolkit.titel)}\n\n{approach_list(uri, approaches, web)}\n\n")
    guides = [g for g in catalogue.guides if thema in g.themas]
    if guides:
        items = "\n".join(f"- [{md_escape(g.titel)}]({link(uri, g.src_uri)}) ({dutch_date(g.gepubliceerd)})"
                          for g in guides)
        parts.append(f"## {GUIDES_TITLE}\n\n{items}\n\n")
    parts.append(projects_section(catalogue.projects_on_theme(thema), uri))
    parts.append(_agenda_part(thema, catalogue, uri))
    materials = [m for m in catalogue.materials if thema in m.themas]
    if materials:
        items = "\n".join("- " + (f"[{md_escape(m.titel)}]({m.link})" if m.link else md_escape(m.titel))
                          + f": {md_escape(m.beschrijving)}" for m in materials)
        parts.append(f"## {text('materialen_van_leerpunt')}\n\n{items}\n\n")
    return "".join(parts)


def _agenda_part(thema: str, catalogue: Catalogue, uri: str) -> str:
    """The knowledge-agenda themes this site theme meets, through its guides and projects."""
    agenda = catalogue.kennisagenda
    if agenda is None:
        return ""
    ids = {g.kennisagenda for g in catalogue.guides if thema in g.themas and g.kennisagenda}
    ids |= {i for p in catalogue.projects_on_theme(thema) for i in p.kennisagenda}
    themes = [t for t in agenda.themas if t.id in ids]
    if not themes:
        return ""
    labels = status_labels()
    items = "\n".join(f"- [{md_escape(t.titel)}]({link(uri, AGENDA_PAGE)}#agenda-{t.id}): {labels[t.status].lower()}"
                      for t in themes)
    return f"## {text('op_de_kennisagenda')}\n\n{items}\n\n"


def themes_in_use(catalogue: Catalogue) -> list[str]:
    """The themes that at least one approach or guide carries, in the vocabulary's order."""
    used = {t for a in catalogue.approaches for t in a.themas} | {t for g in catalogue.guides for t in g.themas}
    return [thema for thema in thema_labels() if thema in used]
