"""The 'Open data' page: what the exported files hold and where their schemas are."""

from __future__ import annotations

from ..catalogue.model import Catalogue
from ..opendata import content_version
from ..opendata.exports import (
    LEIDRADEN_JSON,
    LEIDRADEN_SCHEMA,
    LEIDRADEN_TITLE,
    PROJECTEN_JSON,
    PROJECTEN_SCHEMA,
    PROJECTEN_TITLE,
    TOOLKIT_CSV,
    TOOLKIT_CSV_METADATA,
    TOOLKIT_JSON,
    TOOLKIT_SCHEMA,
    TOOLKIT_TITLE,
)
from .common import front_matter

OPEN_DATA_PAGE = "open-data.md"


def open_data_page(catalogue: Catalogue) -> str:
    def file_link(path: str) -> str:
        return f'<a href="../{path}"><code>{path.split("/")[-1]}</code></a>'

    return (front_matter(title="Open data", description="De toolkits en leidraden als JSON en CSV, met hun schema's.") +
            "De cijfers van de toolkits en de aanbevelingen van de leidraden zijn ook beschikbaar als open data, "
            "bijvoorbeeld voor een eigen overzicht of een analyse. Elke id blijft stabiel; elk bestand vermeldt de "
            f"inhoudsversie (nu: `{content_version(catalogue)}`) en de licentievoorwaarden.\n\n"
            "| Bestand | Inhoud | Schema |\n|---|---|---|\n"
            f"| {file_link(TOOLKIT_JSON)} | {TOOLKIT_TITLE} | {file_link(TOOLKIT_SCHEMA)} |\n"
            f"| {file_link(TOOLKIT_CSV)} | Dezelfde aanpakken als tabel (één rij per aanpak) | "
            f"{file_link(TOOLKIT_CSV_METADATA)} (kolombeschrijving, CSV on the Web) |\n"
            f"| {file_link(LEIDRADEN_JSON)} | {LEIDRADEN_TITLE} | {file_link(LEIDRADEN_SCHEMA)} |\n"
            + (f"| {file_link(PROJECTEN_JSON)} | {PROJECTEN_TITLE} | {file_link(PROJECTEN_SCHEMA)} |\n"
               if catalogue.projects else ""))
