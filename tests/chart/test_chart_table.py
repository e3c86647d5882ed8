"""The table alternative: the chart's figures as Markdown, one row per approach."""

from leerpunt.catalogue import scales
from leerpunt.chart import chart_table
from leerpunt.chart.layout import reading_order

from .conftest import href_for, make_toolkit


def rows(table: str) -> list[str]:
    return table.strip().split("\n")[2:]


def test_one_row_per_approach_in_reading_order(shipped):
    for toolkit in shipped.toolkits:
        table = chart_table(toolkit, href_for)
        assert len(rows(table)) == len(toolkit.aanpakken)
        for row, approach in zip(rows(table), reading_order(toolkit)):
            assert row.startswith("| [") and f"]({href_for(approach)}) |" in row


def test_header_uses_the_scale_titles(shipped):
    header = chart_table(shipped.toolkits[0], href_for).split("\n")[0]
    assert header == (f"| Aanpak | {scales.scale_title('impact')} | {scales.scale_title('kosten')} "
                      f"| {scales.scale_title('bewijssterkte')} |")


def test_cells_carry_the_scale_labels(shipped):
    toolkit = shipped.toolkit("leren-en-lesgeven")
    table = chart_table(toolkit, href_for)
    feedback = next(a for a in toolkit.aanpakken if a.slug == "feedback")
    row = next(r for r in rows(table) if "(feedback/)" in r)
    assert f"+{feedback.impact} maanden ({scales.impact_level(feedback.impact).label.lower()})" in row
    assert f"{scales.kosten_level(feedback.kosten).label} ({feedback.kosten} van 5)" in row
    assert f"{scales.bewijssterkte_level(feedback.bewijssterkte).label} ({feedback.bewijssterkte} van 5)" in row
    unknown = next(r for r in rows(table) if "(leerstijlen/)" in r)
    assert f"| {scales.impact_level(None).label} |" in unknown


def test_titles_are_escaped_for_markdown(base_approach):
    table = chart_table(make_toolkit(base_approach, [(1, 1, 1)], ["Lezen | schrijven [samen]"]), href_for)
    assert "[Lezen &#124; schrijven \\[samen\\]](aanpak-0/)" in table
