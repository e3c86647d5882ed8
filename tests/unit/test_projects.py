"""The projects loader: the shipped projects load cleanly, and each kind of error has its exact message."""

import datetime as dt
from pathlib import Path

import pytest

from collection_fixtures import replace, write
from helpers import REPO, TODAY, load
from leerpunt.catalogue.projects import Total, load_projects, totals

APPROACHES = {"kern/feedback", "kern/leerstijlen"}
AGENDA = {"taalonderwijs", "feedback"}
READING = "projecten/samen-lezen.yml"


def messages(root: Path, today: dt.date = TODAY) -> list[str]:
    return [str(e) for e in load_projects(root / "projecten", root, APPROACHES, AGENDA, today)[1]]


def test_fixture_projects_load_with_their_fields(collections_root):
    projects, errors = load_projects(collections_root / "projecten", collections_root, APPROACHES, AGENDA, TODAY)
    assert errors == []
    by_slug = {p.slug: p for p in projects}
    assert sorted(by_slug) == ["rekengids", "samen-lezen", "taalrijke-klassen"]
    reading = by_slug["samen-lezen"]
    assert (reading.titel, reading.soort, reading.aanvrager, reading.status) == (
        "Samen lezen in de klas", "implementatie", "Basisschool De Linde", "afgerond")
    assert [(y.schooljaar, y.scholen, y.partners) for y in reading.schooljaren] == [("2024-2025", 2, ("Hogeschool Noord",))]
    assert (reading.aanpakken, reading.kennisagenda, reading.themas) == (("kern/feedback",), ("taalonderwijs",), ("taal-en-lezen",))
    assert reading.samenvatting == "Twee scholen werkten aan lezen in de klas."
    assert reading.verificatie == "Testgegevens, geen echte bron."
    assert (reading.source, reading.src_uri, reading.line) == (READING, "projecten/samen-lezen.md", 1)
    extended = by_slug["taalrijke-klassen"]
    assert [y.schooljaar for y in extended.schooljaren] == ["2024-2025", "2025-2026"]
    assert extended.year("2025-2026").partners == ("Hogeschool Zuid", "Scholengroep Oost")
    assert extended.bronnen[0].url == "https://leerpunt.be/projecten"
    assert by_slug["rekengids"].schooljaren[0].scholen is None
    assert by_slug["rekengids"].verwachte_materialen == "Een gids."


def test_totals_are_summed_per_school_year_and_kind(collections_root):
    projects, _ = load_projects(collections_root / "projecten", collections_root, APPROACHES, AGENDA, TODAY)
    assert totals(projects) == (
        Total("2025-2026", "begeleiding", 1, 15, 0),
        Total("2025-2026", "valorisatie", 1, 0, 1),
        Total("2024-2025", "begeleiding", 1, 10, 0),
        Total("2024-2025", "implementatie", 1, 2, 0),
    )


def test_a_missing_folder_is_a_site_without_projects(tmp_path):
    assert load_projects(tmp_path / "projecten", tmp_path, APPROACHES, AGENDA, TODAY) == ((), [])


CASES = {
    "unknown-soort": (
        lambda r: replace(r, READING, "soort: implementatie", "soort: onderzoek"),
        ["projecten/samen-lezen.yml:2: veld 'soort': verwacht een van: implementatie (Implementatieproject), "
         "valorisatie (Valorisatieproject), begeleiding (Begeleidingsproject); gevonden: 'onderzoek'"]),
    "unknown-approach": (
        lambda r: replace(r, READING, "aanpakken: [kern/feedback]", "aanpakken: [kern/feedbak]"),
        ["projecten/samen-lezen.yml:12: veld 'aanpakken[1]': verwacht de id van een aanpak als '<toolkit>/<bestandsnaam>', "
         "bv. 'leren-en-lesgeven/feedback' (bedoel je 'kern/feedback'?); gevonden: 'kern/feedbak' (bestaat niet)"]),
    "unknown-kennisagenda-theme": (
        lambda r: replace(r, READING, "kennisagenda: [taalonderwijs]", "kennisagenda: [taal]"),
        ["projecten/samen-lezen.yml:11: veld 'kennisagenda[1]': verwacht de id van een thema uit de kennisagenda "
         "(feedback, taalonderwijs); gevonden: 'taal' (bestaat niet)"]),
    "unknown-niveau": (
        lambda r: replace(r, READING, "niveaus: [lager]", "niveaus: [hoger]"),
        ["projecten/samen-lezen.yml:9: veld 'niveaus[1]': verwacht een van: kleuter (Kleuteronderwijs), lager (Lager "
         "onderwijs), secundair (Secundair onderwijs), buitengewoon (Buitengewoon onderwijs); gevonden: 'hoger'"]),
    "school-year-not-consecutive": (
        lambda r: replace(r, READING, "schooljaar: 2024-2025", "schooljaar: 2024-2026"),
        ["projecten/samen-lezen.yml:5: veld 'schooljaren[1].schooljaar': verwacht een schooljaar van twee opeenvolgende "
         "jaren, bv. 2025-2026; gevonden: '2024-2026'"]),
    "school-year-badly-written": (
        lambda r: replace(r, READING, "schooljaar: 2024-2025", "schooljaar: 2024/2025"),
        ["projecten/samen-lezen.yml:5: veld 'schooljaren[1].schooljaar': verwacht een schooljaar als jjjj-jjjj, "
         "bv. 2025-2026; gevonden: '2024/2025'"]),
    "school-year-twice": (
        lambda r: replace(r, "projecten/taalrijke-klassen.yml", "schooljaar: 2025-2026", "schooljaar: 2024-2025"),
        ["projecten/taalrijke-klassen.yml:7: veld 'schooljaren[2].schooljaar': verwacht elk schooljaar één keer "
         "(2024-2025 staat al op regel 5); gevonden: '2024-2025' een tweede keer"]),
    "no-schools-zero": (
        lambda r: replace(r, READING, "scholen: 2", "scholen: 0"),
        ["projecten/samen-lezen.yml:6: veld 'schooljaren[1].scholen': verwacht een getal vanaf 1; gevonden: 0"]),
    "missing-field": (
        lambda r: replace(r, READING, "aanvrager: Basisschool De Linde\n", ""),
        ["projecten/samen-lezen.yml:1: veld 'aanvrager': verwacht dit verplichte veld; gevonden: het veld ontbreekt"]),
    "impossible-checked-date": (
        lambda r: replace(r, READING, "geraadpleegd: 2026-11-20", "geraadpleegd: 2026-02-30"),
        ["projecten/samen-lezen.yml:18: veld 'bronnen[1].geraadpleegd': verwacht een bestaande datum (JJJJ-MM-DD of "
         "JJJJ-MM); gevonden: '2026-02-30'"]),
    "still-running-after-its-last-year": (
        lambda r: replace(r, "projecten/taalrijke-klassen.yml", "status: afgerond", "status: lopend"),
        ["projecten/taalrijke-klassen.yml:11: veld 'status': verwacht 'afgerond', want het laatste schooljaar "
         "(2025-2026) eindigde op 31 augustus 2026; gevonden: 'lopend'"]),
    "same-project-in-two-files": (
        lambda r: write(r, "projecten/taalrijke-klassen-2.yml", (r / "projecten/taalrijke-klassen.yml").read_text("utf-8")
                        .replace("titel: Taalrijke klassen", "titel: Taalrijke  KLASSEN")),
        ["projecten/taalrijke-klassen-2.yml:1: veld 'titel': verwacht één bestand per project; gevonden: hetzelfde "
         "project (titel en aanvrager) als projecten/taalrijke-klassen.yml"]),
    "not-a-yml-file": (
        lambda r: write(r, "projecten/notities.md", "# Klad\n"),
        ["projecten/notities.md: verwacht alleen YAML-bestanden (.yml), één per project; gevonden: een bestand van "
         "het type '.md'"]),
    "yaml-extension": (
        lambda r: (r / READING).rename(r / "projecten/samen-lezen.yaml"),
        ["projecten/samen-lezen.yaml: verwacht alleen YAML-bestanden (.yml), één per project; gevonden: een bestand "
         "van het type '.yaml'"]),
    "folder-in-projecten": (
        lambda r: (r / "projecten/2025").mkdir(),
        ["projecten/2025: verwacht alleen YAML-bestanden (.yml), één per project; gevonden: een map"]),
    "file-name-with-capitals": (
        lambda r: (r / READING).rename(r / "projecten/Samen Lezen.yml"),
        ["projecten/Samen Lezen.yml: verwacht een naam met kleine letters, cijfers en koppeltekens, zonder spaties of "
         "accenten (bv. 'peer-tutoring'); gevonden: 'Samen Lezen'"]),
    "broken-yaml": (
        lambda r: replace(r, READING, "niveaus: [lager]", "niveaus: [lager"),
        ["projecten/samen-lezen.yml:10: verwacht geldige YAML; gevonden: een lijst tussen [ ] die niet goed gesloten is "
         "(gevonden: ':') (controleer "
         "inspringing, dubbele punten en aanhalingstekens)"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_error_kind_has_its_exact_message(collections_root, case):
    change, expected = CASES[case]
    change(collections_root)
    assert messages(collections_root) == expected


def test_unknown_theme_lists_the_vocabulary(collections_root):
    replace(collections_root, READING, "themas: [taal-en-lezen]", "themas: [lezen]")
    [message] = messages(collections_root)
    assert message.startswith("projecten/samen-lezen.yml:10: veld 'themas[1]': verwacht een van: taal-en-lezen (Taal en lezen), ")
    assert message.endswith("; gevonden: 'lezen'")


def test_finished_project_cannot_start_in_the_future(collections_root):
    assert messages(collections_root, today=dt.date(2024, 8, 31)) == [
        "projecten/rekengids.yml:7: veld 'status': verwacht 'lopend', want het eerste schooljaar (2025-2026) begint "
        "pas op 1 september 2025; gevonden: 'afgerond'",
        "projecten/samen-lezen.yml:13: veld 'status': verwacht 'lopend', want het eerste schooljaar (2024-2025) begint "
        "pas op 1 september 2024; gevonden: 'afgerond'",
        "projecten/taalrijke-klassen.yml:11: veld 'status': verwacht 'lopend', want het eerste schooljaar (2024-2025) "
        "begint pas op 1 september 2024; gevonden: 'afgerond'",
    ]


def test_running_project_is_fine_until_the_last_school_year_ends(collections_root):
    replace(collections_root, "projecten/taalrijke-klassen.yml", "status: afgerond", "status: lopend")
    assert messages(collections_root, today=dt.date(2026, 8, 31)) == []
    assert len(messages(collections_root, today=dt.date(2026, 9, 1))) == 1


def test_a_broken_project_leaves_the_others_loaded_and_names_its_file(collections_root):
    replace(collections_root, READING, "soort: implementatie", "soort: onderzoek")
    projects, errors = load_projects(collections_root / "projecten", collections_root, APPROACHES, AGENDA, TODAY)
    assert sorted(p.slug for p in projects) == ["rekengids", "taalrijke-klassen"]
    assert [e.file for e in errors] == [READING]


# --- the shipped projects ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    catalogue = load(REPO)
    assert catalogue.errors == ()
    approaches = {a.id for a in catalogue.approaches}
    agenda = {t.id for t in catalogue.kennisagenda.themas}
    return load_projects(REPO / "projecten", REPO, approaches, agenda, TODAY)


def test_shipped_projects_load_without_errors_and_none_is_dropped(shipped):
    projects, errors = shipped
    assert [str(e) for e in errors] == []
    assert sorted(p.slug for p in projects) == sorted(f.stem for f in (REPO / "projecten").iterdir())


def test_shipped_projects_name_their_source_and_a_summary_of_their_own(shipped):
    projects, _ = shipped
    for project in projects:
        assert project.bronnen and all(b.geraadpleegd for b in project.bronnen), project.slug
        assert project.samenvatting != project.titel, project.slug
