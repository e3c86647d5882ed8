"""The shipped projects, summed per school year and kind, against what Leerpunt's annual report 2025
(seed 003) states.

The report gives a heading per list ('17 projecten, 47 scholen, €477.500') and then the projects
one by one, each with its 'Aantal betrokken scholen'. The data holds the projects one by one, so its
totals must equal the sum over the report's own lists. Two headings disagree with the lists under
them; those differences are recorded here, not typed into the data:

- implementatie 2024-2025: heading 47 schools (seed 003:744), the 17 listed projects add up to 46;
- implementatie 2025-2026: heading 41 schools (seed 003:1005, and 41 on leerpunt.be's news item of
  that round), the 13 listed projects add up to 42.

Other totals in the report count differently and are not compared: 'een 150-tal scholen' for the
first begeleiding round (003:277, the list adds up to 154); '230 scholen' for begeleiding 2025-2026
(003:277, the lists add up to 109 + 144 = 253); '32 projecten in 186 scholen' for 2024-2025 (003:1801,
the lists add up to 32 projects and 46 + 154 = 200 schools); '201 scholen bereikt' and '294 scholen
(verwacht bereik)' in the milestones (003:1903-1906, which match the headings: 47 + 154 and
41 + 109 + 144). Amounts in euro are given per round only, never per project, so the data has none.
"""

import pytest

from helpers import REPO, TODAY, load
from leerpunt.catalogue.projects import load_projects, totals

# (school year, kind): projects in the report's heading, and the sum of the listed projects' schools
# (None: the report gives no number of schools for valorisatie). Lines in seed 003.
REPORT = {
    ("2024-2025", "implementatie"): (17, 46),   # heading 742-746, projects 750-898
    ("2024-2025", "valorisatie"): (7, None),    # heading 904-906, projects 908-994
    ("2024-2025", "begeleiding"): (8, 154),     # heading 1258-1262, projects 1264-1340
    ("2025-2026", "implementatie"): (13, 42),   # heading 1003-1007, projects 1011-1148
    ("2025-2026", "valorisatie"): (5, None),    # heading 1154-1156, projects 1160-1218
    ("2025-2026", "begeleiding"): (6 + 4, 109 + 144),  # new 1344-1396, extended 1402-1446
}


@pytest.fixture(scope="module")
def shipped_totals():
    catalogue = load(REPO)
    projects, errors = load_projects(REPO / "projecten", REPO, {a.id for a in catalogue.approaches},
                                     {t.id for t in catalogue.kennisagenda.themas}, TODAY)
    assert errors == []
    return {(t.schooljaar, t.soort): t for t in totals(projects)}


@pytest.mark.parametrize("key", sorted(REPORT))
def test_projects_per_school_year_and_kind_match_the_annual_report(shipped_totals, key):
    projects, _ = REPORT[key]
    assert shipped_totals[key].projecten == projects


@pytest.mark.parametrize("key", sorted(REPORT))
def test_schools_per_school_year_and_kind_are_the_sum_of_the_reports_projects(shipped_totals, key):
    _, schools = REPORT[key]
    total = shipped_totals[key]
    if schools is None:
        assert (total.scholen, total.zonder_aantal_scholen) == (0, total.projecten)
    else:
        assert (total.scholen, total.zonder_aantal_scholen) == (schools, 0)
