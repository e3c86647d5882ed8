"""The chart on narrow screens: a row per impact, highest first, with the explorer's badges."""

import re

from leerpunt.catalogue import scales
from leerpunt.chart import chart_rows
from leerpunt.chart.rows import impact_rows

from .conftest import href_for, make_toolkit


def test_every_approach_once_in_rows_from_high_to_low_impact_undetermined_last(shipped):
    for toolkit in shipped.toolkits:
        rows = impact_rows(toolkit)
        listed = [a.slug for _, approaches in rows for a in approaches]
        assert sorted(listed) == sorted(a.slug for a in toolkit.aanpakken)
        impacts = [impact for impact, _ in rows]
        known = [i for i in impacts if i is not None]
        assert known == sorted(set(known), reverse=True)
        assert None not in impacts[:len(known)]
        assert all(a.impact == impact for impact, approaches in rows for a in approaches)


def test_in_a_row_the_cheapest_come_first(base_approach):
    toolkit = make_toolkit(base_approach, [(3, 4, 2), (1, 4, 1), (2, 4, 5), (1, 4, 4), (5, None, 0)])
    rows = impact_rows(toolkit)
    assert [impact for impact, _ in rows] == [4, None]
    assert [(a.kosten, a.bewijssterkte) for a in rows[0][1]] == [(1, 4), (1, 1), (2, 5), (3, 2)]


def test_rows_link_every_approach_with_the_same_badges_as_the_explorer(base_approach):
    toolkit = make_toolkit(base_approach, [(1, 6, 4), (2, -1, 2), (4, None, 0)], ["Een", "Twee <b>", "Drie"])
    html = chart_rows(toolkit, href_for)
    assert re.findall(r'<a href="([^"]+)">', html) == ["aanpak-0/", "aanpak-1/", "aanpak-2/"]
    assert "Twee &lt;b&gt;" in html
    assert html.count('class="lp-scale lp-scale--kosten" data-waarde="2"') == 1
    assert html.count('class="lp-scale lp-scale--bewijs" data-waarde="4"') == 1
    assert scales.impact_level(None).label in html and scales.impact_level(6).label in html
    assert "\u22121" in html  # a real minus sign, as everywhere
