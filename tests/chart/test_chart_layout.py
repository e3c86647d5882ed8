"""Layout promises: no label touches another, markers stay near their value, any content fits."""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leerpunt.chart.layout import KOSTEN, lay_out, reading_order
from leerpunt.chart.markers import LEVELS

from .conftest import make_toolkit

WORDS = ["Lezen", "en", "schrijven", "Geïndividualiseerde", "instructie", "Gedragsinterventies", "voor",
         "Eén-op-éénbegeleiding", "kleuters", "(phonics)", "Peer tutoring:", "leerlingen", "Onderwijsassistenten",
         "Zelfregulerend", "leren", "Buitenschoolse", "kinderopvangvoorzieningen"]


def labels(layout):
    return [label for stack in layout.stacks for label in stack.labels]


def assert_tidy(layout):
    """Nothing overlaps, everything is inside the chart and in its own column."""
    style = layout.style
    placed = labels(layout)
    for a, b in itertools.combinations(placed, 2):
        assert not a.box.overlaps(b.box), (a.lines, b.lines)
        assert not a.box.overlaps(b.marker_box), (a.lines, b.approach.titel)
        assert not b.box.overlaps(a.marker_box), (b.lines, a.approach.titel)
    for label in placed:
        assert 0 <= label.box.left and label.box.right <= style.width - style.margin + 0.01
        assert label.x == layout.grid.x(label.approach.kosten)
    for stack in layout.stacks:
        if stack.bracketed:
            for label in placed:
                if label.approach.kosten != stack.kosten:
                    assert not label.box.overlaps(stack.bracket_box(style)), label.lines
    grid = layout.grid
    for stack in layout.stacks:
        for label in stack.labels:
            if stack.anchor is None:
                assert layout.band[0] < label.y < layout.band[1]
            else:
                assert grid.y(grid.high + 0.5) <= label.marker_box.top and label.marker_box.bottom <= grid.bottom + 1
                assert grid.month >= style.max_month or abs(label.y - stack.anchor) <= style.max_shift * grid.month


def test_the_shipped_toolkits_are_tidy(shipped):
    for toolkit in shipped.toolkits:
        assert_tidy(lay_out(toolkit))


def test_higher_impact_sits_higher_in_each_column(shipped):
    layout = lay_out(shipped.toolkit("leren-en-lesgeven"))
    for kosten in KOSTEN:
        column = [label for label in labels(layout)
                  if label.approach.kosten == kosten and label.approach.impact is not None]
        ys = [label.y for label in column]
        assert ys == sorted(ys)
        impacts = [label.approach.impact for label in column]
        assert impacts == sorted(impacts, reverse=True)


def test_stacks_put_the_strongest_evidence_first(shipped):
    for stack in lay_out(shipped.toolkit("leren-en-lesgeven")).stacks:
        evidence = [label.approach.bewijssterkte for label in stack.labels]
        assert evidence == sorted(evidence, reverse=True)


def test_a_shared_value_gets_a_bracket_and_a_lone_one_does_not(base_approach):
    layout = lay_out(make_toolkit(base_approach, [(1, 5, 4), (1, 5, 2), (1, 5, 1), (3, 2, 3)]))
    by_size = {len(stack.labels): stack for stack in layout.stacks}
    assert by_size[3].bracketed
    assert not by_size[1].bracketed
    assert by_size[1].labels[0].y == by_size[1].anchor


def test_long_titles_wrap_and_keep_their_marker_on_the_value(base_approach):
    title = "Buitenschoolse kinderopvangvoorzieningen voor leerlingen (en hun ouders)"
    layout = lay_out(make_toolkit(base_approach, [(2, 3, 3), (3, 3, 3)], [title, "Gedragsinterventies"]))
    first = next(label for label in labels(layout) if label.approach.titel == title)
    assert len(first.lines) == 2
    assert first.y == layout.stacks[0].anchor
    assert_tidy(layout)


def test_reading_order_is_column_by_column_then_the_band(shipped):
    order = reading_order(shipped.toolkit("leren-en-lesgeven"))
    measured = [a for a in order if a.impact is not None]
    assert order[len(measured):] == [a for a in order if a.impact is None]
    assert [a.kosten for a in measured] == sorted(a.kosten for a in measured)
    layout = lay_out(shipped.toolkit("leren-en-lesgeven"))
    assert [label.approach for label in labels(layout)] == order


figures = st.tuples(st.sampled_from(KOSTEN), st.one_of(st.none(), st.integers(-12, 12)), st.sampled_from(list(LEVELS)))
titles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(figures, titles), max_size=28))
def test_any_toolkit_lays_out_tidily(base_approach, content):
    toolkit = make_toolkit(base_approach, [f for f, _ in content], [t for _, t in content])
    layout = lay_out(toolkit)
    assert len(labels(layout)) == len(content)
    assert_tidy(layout)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, 30), st.sampled_from(KOSTEN))
def test_a_crowded_cell_still_fits(base_approach, count, kosten):
    toolkit = make_toolkit(base_approach, [(kosten, 0, 3)] * count, [f"Aanpak nummer {i}" for i in range(count)])
    assert_tidy(lay_out(toolkit))
