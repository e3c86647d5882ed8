"""Load the projects Leerpunt funds: one YAML file per project in projecten/.

Pure: a folder in, typed projects and every problem out; nothing raises on bad input. A project
with errors is left out of the result, and its errors name the file, so nothing disappears
without a message. Totals per school year are never typed: `totals` computes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .datafile import SLUG, SLUG_EXPECTED, Reference, close_match, normalised, read_data_file, references, shown_path
from .errors import ContentError, describe_value
from .yamlsource import Parsed

APPROACH_EXPECTED = "de id van een aanpak als '<toolkit>/<bestandsnaam>', bv. 'leren-en-lesgeven/feedback'"


@dataclass(frozen=True)
class ProjectYear:
    """One school year in which Leerpunt funded the project, with that year's partners and schools."""

    schooljaar: str
    scholen: int | None
    partners: tuple[str, ...]


@dataclass(frozen=True)
class Project:
    """A funded project (implementatie, valorisatie or begeleiding)."""

    slug: str
    titel: str
    soort: str
    aanvrager: str
    schooljaren: tuple[ProjectYear, ...]  # oldest first
    niveaus: tuple[str, ...]
    themas: tuple[str, ...]
    kennisagenda: tuple[str, ...]
    aanpakken: tuple[str, ...]  # ids '<toolkit>/<slug>'
    status: str
    samenvatting: str
    verwachte_materialen: str
    bronnen: tuple[Reference, ...]
    verificatie: str  # editors only: never shown on a public page
    source: str
    line: int  # of the title

    @property
    def src_uri(self) -> str:
        return f"projecten/{self.slug}.md"

    def year(self, schooljaar: str) -> ProjectYear | None:
        return next((y for y in self.schooljaren if y.schooljaar == schooljaar), None)


@dataclass(frozen=True)
class Total:
    """Projects and schools of one kind in one school year, summed from the projects themselves."""

    schooljaar: str
    soort: str
    projecten: int
    scholen: int
    zonder_aantal_scholen: int  # projects whose source gives no number of schools


def load_projects(folder: Path, shown_root: Path, approach_ids: set[str], agenda_ids: set[str],
                  today: dt.date | None = None) -> tuple[tuple[Project, ...], list[ContentError]]:
    """Every project in `folder`, checked against the known approaches and knowledge-agenda themes.

    A missing folder means a site without projects. `today` decides whether a project can still be
    'lopend' (its last school year has not ended).
    """
    if not folder.is_dir():
        return (), []
    today = today or dt.date.today()
    projects, errors = [], []
    # By name first, so that of two files for one project the shorter name counts as the original.
    for entry in sorted((p for p in folder.iterdir() if not p.name.startswith(".")), key=lambda p: (p.stem, p.name)):
        shown = shown_path(entry, shown_root)
        problem = _entry_problem(entry, shown)
        if problem:
            errors.append(problem)
            continue
        project, problems = _load_project(entry, shown, approach_ids, agenda_ids, today)
        errors += problems
        if project is not None:
            projects.append(project)
    unique, duplicates = _without_duplicates(projects)
    return tuple(unique), sorted(errors + duplicates)


def totals(projects) -> tuple[Total, ...]:
    """Per school year and kind: how many projects and schools, newest school year first."""
    sums: dict[tuple[str, str], list[int]] = {}
    for project in projects:
        for year in project.schooljaren:
            counts = sums.setdefault((year.schooljaar, project.soort), [0, 0, 0])
            counts[0] += 1
            counts[1] += year.scholen or 0
            counts[2] += year.scholen is None
    newest_first = sorted(sums, key=lambda key: (-int(key[0][:4]), key[1]))
    return tuple(Total(schooljaar, soort, *sums[schooljaar, soort]) for schooljaar, soort in newest_first)


def _entry_problem(entry: Path, shown: str) -> ContentError | None:
    if entry.is_dir():
        return ContentError(shown, 0, "", "alleen YAML-bestanden (.yml), één per project", "een map",
                            "Zet elk project in een eigen bestand rechtstreeks in projecten/.")
    if entry.suffix != ".yml":
        hint = ("Hernoem het bestand naar de extensie .yml." if entry.suffix == ".yaml"
                else "Een project is een .yml-bestand; zie CONTRIBUTING.md, onderdeel Projecten.")
        return ContentError(shown, 0, "", "alleen YAML-bestanden (.yml), één per project",
                            f"een bestand van het type '{entry.suffix or 'zonder extensie'}'", hint)
    if not SLUG.match(entry.stem):
        return ContentError(shown, 0, "", SLUG_EXPECTED, f"'{entry.stem}'",
                            "Hernoem het bestand; de naam wordt het webadres van de projectpagina.")
    return None


def _load_project(path: Path, shown: str, approach_ids: set[str], agenda_ids: set[str],
                  today: dt.date) -> tuple[Project | None, list[ContentError]]:
    parsed, problems = read_data_file(path, shown, "project", "van dit project")
    if parsed is None:
        return None, problems
    bronnen, problems = references(parsed, ("bronnen",), shown)
    problems += _year_errors(parsed, shown)
    problems += _reference_errors(parsed, "aanpakken", approach_ids, shown, APPROACH_EXPECTED,
                                  "Controleer de naam van de toolkitmap en van het bestand van de aanpak (zonder .md).")
    problems += _reference_errors(parsed, "kennisagenda", agenda_ids, shown,
                                  "de id van een thema uit de kennisagenda (" + ", ".join(sorted(agenda_ids)) + ")",
                                  "De ids staan in content/kennisagenda/kennisagenda.yml.")
    if not problems:
        problems += _status_errors(parsed, shown, today)
    if problems:
        return None, problems
    data = parsed.data
    years = sorted((ProjectYear(y["schooljaar"], y.get("scholen"), tuple(p.strip() for p in y.get("partners", [])))
                    for y in data["schooljaren"]), key=lambda y: y.schooljaar)
    return Project(
        slug=path.stem, titel=" ".join(data["titel"].split()), soort=data["soort"], aanvrager=data["aanvrager"].strip(),
        schooljaren=tuple(years), niveaus=tuple(data["niveaus"]), themas=tuple(data.get("themas", [])),
        kennisagenda=tuple(data.get("kennisagenda", [])), aanpakken=tuple(data.get("aanpakken", [])),
        status=data["status"], samenvatting=" ".join(data["samenvatting"].split()),
        verwachte_materialen=data.get("verwachte_materialen", "").strip(), bronnen=bronnen,
        verificatie=data.get("verificatie", "").strip(), source=shown, line=parsed.line_of(("titel",))), []


def _year_errors(parsed: Parsed, shown: str) -> list[ContentError]:
    """Each school year spans two consecutive years and appears once."""
    errors: list[ContentError] = []
    seen: dict[str, int] = {}  # school year → its line
    for index, entry in enumerate(parsed.data["schooljaren"]):
        path = ("schooljaren", index, "schooljaar")
        value, line = entry["schooljaar"], parsed.line_of(path)
        field = f"schooljaren[{index + 1}].schooljaar"
        start, end = (int(part) for part in value.split("-"))
        if end != start + 1:
            errors.append(ContentError(shown, line, field, "een schooljaar van twee opeenvolgende jaren, bv. 2025-2026",
                                       describe_value(value)))
        elif value in seen:
            errors.append(ContentError(shown, line, field,
                                       f"elk schooljaar één keer ({value} staat al op regel {seen[value]})",
                                       f"'{value}' een tweede keer",
                                       "Zet alle gegevens van dat schooljaar in één blok onder 'schooljaren'."))
        seen.setdefault(value, line)
    return errors


def _reference_errors(parsed: Parsed, key: str, known: set[str], shown: str, expected: str,
                      hint: str) -> list[ContentError]:
    return [ContentError(shown, parsed.line_of((key, index)), f"{key}[{index + 1}]",
                         expected + close_match(value, known), f"'{value}' (bestaat niet)", hint)
            for index, value in enumerate(parsed.data.get(key, [])) if value not in known]


def _status_errors(parsed: Parsed, shown: str, today: dt.date) -> list[ContentError]:
    """'lopend' until the last school year ends on 31 August; 'afgerond' not before the first one starts."""
    data = parsed.data
    years = sorted(y["schooljaar"] for y in data["schooljaren"])
    ends = dt.date(int(years[-1][5:]), 8, 31)
    starts = dt.date(int(years[0][:4]), 9, 1)
    line = parsed.line_of(("status",))
    if data["status"] == "lopend" and ends < today:
        return [ContentError(shown, line, "status",
                             f"'afgerond', want het laatste schooljaar ({years[-1]}) eindigde op "
                             f"31 augustus {ends.year}", "'lopend'",
                             "Zet de status op 'afgerond', of voeg het schooljaar toe waarin het project verder "
                             "loopt.")]
    if data["status"] == "afgerond" and today < starts:
        return [ContentError(shown, line, "status", f"'lopend', want het eerste schooljaar ({years[0]}) begint pas op "
                             f"1 september {starts.year}", "'afgerond'")]
    return []


def _without_duplicates(projects: list[Project]) -> tuple[list[Project], list[ContentError]]:
    """One file per project: a second file with the same title and applicant is an error (an
    extension is an extra school year in the first file, not a new file)."""
    first: dict[tuple[str, str], Project] = {}
    unique, errors = [], []
    for project in projects:
        key = (normalised(project.titel), normalised(project.aanvrager))
        if key in first:
            errors.append(ContentError(
                project.source, project.line, "titel", "één bestand per project",
                f"hetzelfde project (titel en aanvrager) als {first[key].source}",
                f"Voeg het schooljaar toe onder 'schooljaren' in {first[key].source} en verwijder dit bestand."))
            continue
        first[key] = project
        unique.append(project)
    return unique, errors
