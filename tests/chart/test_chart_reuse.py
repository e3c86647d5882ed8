"""A toolkit's drawing is kept between builds and found again only while its inputs stay the same."""

import dataclasses

from leerpunt.buildcache import TextStore
from leerpunt.chart import impact_cost_chart, remember_charts, toolkit_chart
from leerpunt.chart import reuse

from .conftest import href_for, make_toolkit

FIGURES = [(1, 5, 4), (2, 3, 2), (5, -1, 1)]


def test_a_stored_drawing_is_the_drawing_and_is_found_by_a_later_build(tmp_path, base_approach, monkeypatch):
    toolkit = make_toolkit(base_approach, FIGURES)
    path = tmp_path / "charts.json"
    monkeypatch.setattr(reuse, "_STORES", [])
    remember_charts(TextStore(path, reuse.chart_version()))
    drawn = toolkit_chart(toolkit, href_for)
    assert drawn == impact_cost_chart(toolkit, href_for)
    reuse._STORES[0].save()

    later = TextStore(path, reuse.chart_version())  # the next build reads the file
    remember_charts(later)
    monkeypatch.setattr(reuse, "impact_cost_chart", lambda *_: "drawn again")
    assert toolkit_chart(toolkit, href_for) == drawn


def test_a_changed_toolkit_or_link_is_drawn_again(tmp_path, base_approach, monkeypatch):
    toolkit = make_toolkit(base_approach, FIGURES)
    monkeypatch.setattr(reuse, "_STORES", [])
    remember_charts(TextStore(tmp_path / "charts.json", reuse.chart_version()))
    toolkit_chart(toolkit, href_for)
    monkeypatch.setattr(reuse, "impact_cost_chart", lambda *_: "drawn again")
    moved = dataclasses.replace(toolkit, aanpakken=(dataclasses.replace(toolkit.aanpakken[0], impact=6),
                                                    *toolkit.aanpakken[1:]))
    assert toolkit_chart(moved, href_for) == "drawn again"
    assert toolkit_chart(toolkit, lambda a: f"../../{a.slug}/") == "drawn again"
    assert toolkit_chart(toolkit, href_for) != "drawn again"


def test_without_a_store_every_drawing_is_made(base_approach, monkeypatch):
    monkeypatch.setattr(reuse, "_STORES", [])
    toolkit = make_toolkit(base_approach, FIGURES)
    assert toolkit_chart(toolkit, href_for) == impact_cost_chart(toolkit, href_for)
