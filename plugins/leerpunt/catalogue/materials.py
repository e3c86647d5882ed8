"""Load Leerpunt's own materials and those its projects delivered (content/materialen/materialen.yml).

Pure: a file in, typed materials and every problem out. A material with an error is left out;
its error says why. The PDFs this site prints itself are not listed here: they come from the
toolkits and guides.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .datafile import Reference, close_match, date_errors, read_data_file, references, shown_path
from .errors import ContentError
from .yamlsource import Parsed


@dataclass(frozen=True)
class Material:
    id: str
    titel: str
    type: str
    doelgroepen: tuple[str, ...]
    beschrijving: str
    link: str  # '' when the source gives no address: the material is listed without one
    datum: str  # '' when unknown
    niveaus: tuple[str, ...]
    themas: tuple[str, ...]
    project: str  # slug of the project that delivered it, or ''
    bronnen: tuple[Reference, ...]
    verificatie: str  # editors only: never shown on a public page
    source: str
    line: int


def load_materials(file: Path, shown_root: Path,
                   project_slugs: set[str]) -> tuple[tuple[Material, ...], list[ContentError]]:
    """The materials in file order, checked against the known projects."""
    shown = shown_path(file, shown_root)
    parsed, errors = read_data_file(file, shown, "materialen", "van de materialen")
    if parsed is None:
        return (), errors
    materials: list[Material] = []
    first_line: dict[str, int] = {}  # id → its line
    for index, entry in enumerate(parsed.data["materialen"]):
        bronnen, problems = references(parsed, ("materialen", index, "bronnen"), shown)
        problems += date_errors(parsed, ("materialen", index, "datum"), shown)
        problems += _project_errors(parsed, index, shown, project_slugs)
        line = parsed.line_of(("materialen", index, "id"))
        if entry["id"] in first_line:
            problems.append(ContentError(shown, line, f"materialen[{index + 1}].id",
                                         f"een unieke id per materiaal ('{entry['id']}' staat al op regel "
                                         f"{first_line[entry['id']]})",
                                         f"'{entry['id']}' een tweede keer"))
        first_line.setdefault(entry["id"], line)
        errors += problems
        if not problems:
            materials.append(_material(entry, bronnen, shown, line))
    return tuple(materials), errors


def _project_errors(parsed: Parsed, index: int, shown: str, project_slugs: set[str]) -> list[ContentError]:
    slug = parsed.data["materialen"][index].get("project")
    if slug is None or slug in project_slugs:
        return []
    path = ("materialen", index, "project")
    return [ContentError(shown, parsed.line_of(path), f"materialen[{index + 1}].project",
                         "de bestandsnaam (zonder .yml) van een project in projecten/"
                         + close_match(slug, project_slugs),
                         f"'{slug}' (bestaat niet)")]


def _material(entry: dict, bronnen: tuple[Reference, ...], shown: str, line: int) -> Material:
    return Material(
        id=entry["id"], titel=" ".join(entry["titel"].split()), type=entry["type"],
        doelgroepen=tuple(entry["doelgroepen"]), beschrijving=" ".join(entry["beschrijving"].split()),
        link=entry.get("link", ""), datum=entry.get("datum", ""), niveaus=tuple(entry.get("niveaus", [])),
        themas=tuple(entry.get("themas", [])), project=entry.get("project", ""),
        bronnen=bronnen, verificatie=entry.get("verificatie", "").strip(), source=shown, line=line)
