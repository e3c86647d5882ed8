"""What a page is, for the facets and badges of search results: read from the catalogue.

A page is linked to its entity through its source path (src_uri): an approach page is an
`aanpak`, a guide page a `leidraad` whose recommendation sections are `aanbeveling`s, the
page of the knowledge agenda `kennisagenda`, a free page with reflection cards (the model)
`model`, a project's page `project`, the glossary `begrip`, and every other page `pagina`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..badges import html as badges
from ..catalogue import scales, vocabularies
from ..catalogue.model import Catalogue
from ..pages.paths import GLOSSARY_PAGE

# Content types in the order the results show their groups when scores tie, with their labels.
TYPE_LABELS = {
    "aanpak": "Aanpakken",
    "leidraad": "Leidraden",
    "aanbeveling": "Aanbevelingen",
    "model": "Model",
    "kennisagenda": "Kennisagenda",
    "project": "Projecten",
    "begrip": "Begrippen",
    "pagina": "Pagina's",
}


@dataclass(frozen=True)
class PageFacets:
    """A page's type, niveaus, thema's, summary and badge, and its recommendation sections."""

    type: str = "pagina"
    niveaus: tuple[str, ...] = ()
    themas: tuple[str, ...] = ()
    summary: str = ""
    badges: tuple[str, ...] = ()                    # keys into badge_table()
    recommendations: dict | None = None             # section anchor → evidence level


def page_facets(catalogue: Catalogue, src_uri: str, agenda_page: str | None, description: str = "") -> PageFacets:
    """The facets of the page built from `src_uri`; `description` is the summary of a free page."""
    approach = catalogue.approach_at(src_uri)
    if approach:
        return PageFacets("aanpak", approach.niveaus, approach.themas, approach.samenvatting,
                          (f"impact:{approach.impact}", f"kosten:{approach.kosten}",
                           f"bewijs:{approach.bewijssterkte}"))
    guide = catalogue.guide_at(src_uri)
    if guide:
        return PageFacets("leidraad", guide.niveaus, guide.themas, guide.samenvatting,
                          recommendations={r.anchor: r.bewijs or "" for r in guide.aanbevelingen})
    if src_uri == agenda_page:
        return PageFacets("kennisagenda", summary=description)
    project = next((p for p in catalogue.projects if p.src_uri == src_uri), None)
    if project:
        return PageFacets("project", project.niveaus, project.themas, project.samenvatting)
    if src_uri == GLOSSARY_PAGE and catalogue.glossary:
        return PageFacets("begrip", summary=description)
    if catalogue.card_page(src_uri):
        return PageFacets("model", summary=description)
    return PageFacets(summary=description)


def agenda_page_uri(catalogue: Catalogue, root, docs_dir) -> str | None:
    """The src_uri of the page that shows the knowledge agenda (next to its YAML file)."""
    if catalogue.kennisagenda is None:
        return None
    try:
        relative = (Path(root) / catalogue.kennisagenda.source).resolve().relative_to(Path(docs_dir).resolve())
    except ValueError:
        return None
    return str(PurePosixPath(*relative.parts).parent / "index.md")


def facet_labels() -> dict[str, dict[str, str]]:
    """Every facet value with its Dutch label, in display order."""
    return {"type": dict(TYPE_LABELS), "niveau": vocabularies.niveau_labels(), "thema": vocabularies.thema_labels()}


def badge_table(catalogue: Catalogue) -> dict[str, str]:
    """HTML of every badge a result can show, by key (the same badges as on the pages)."""
    table = {}
    for approach in catalogue.approaches:
        table[f"impact:{approach.impact}"] = badges.impact_badge(approach.impact)
        table[f"kosten:{approach.kosten}"] = badges.kosten_badge(approach.kosten)
        table[f"bewijs:{approach.bewijssterkte}"] = badges.bewijs_badge(approach.bewijssterkte)
    for level in scales.aanbeveling_levels():
        table[f"aanbeveling:{level.value}"] = badges.recommendation_badge(level.value)
    return dict(sorted(table.items()))
