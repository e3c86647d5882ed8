"""Wall charts that fit by design: 10 to 80 synthetic approaches (the bench corpus's titles) give
legible A3 and A4 charts, on more sheets when needed; every title is printed, no text is smaller
than the stated minimum, and the tile titles and rows keep their own minimums."""

import dataclasses

import pytest
from pypdf import PdfReader

from bench.corpus import SEED, Writer, approach
from helpers import FIXTURES, load
from leerpunt.print.documents import Meta
from leerpunt.print.jobs import Checks, Job
from leerpunt.print.render import render
from leerpunt.print.templating import render_template
from leerpunt.print.toolkit_items import wallchart_context
from leerpunt.print.wallchart import A3, A4, layout

# Every text on the chart, stamp and legend included (points); tile titles and rows as in wallchart.py.
SMALLEST = {"A3": 8.0, "A4": 7.0}


def synthetic(count: int):
    """`count` approaches with the corpus's titles and figures, every figure still to be confirmed."""
    template = load(FIXTURES / "valid").toolkits[0].aanpakken[0]
    writer = Writer(SEED)
    made = []
    for number in range(count):
        item = approach(writer, number)
        impact = None if item.impact < 0 and number % 7 == 0 else item.impact
        made.append(dataclasses.replace(template, slug=item.slug, titel=item.title, impact=impact,
                                        kosten=item.kosten, bewijssterkte=0 if impact is None else max(1, item.bewijssterkte),
                                        geverifieerd=False, source=f"toolkits/synthetisch/{item.slug}.md"))
    return tuple(sorted(made, key=lambda a: (a.impact is None, -(a.impact or 0), a.titel.casefold())))


def sizes_by_text(pdf) -> list[tuple[str, float]]:
    """(text, size in points) of every text run pypdf finds, the text matrix's scale included."""
    found = []
    for page in PdfReader(pdf).pages:
        def visit(text, cm, tm, font, size):
            if text.strip():
                found.append((text.strip(), round(size * abs(tm[3]) * abs(cm[3] or 1), 2)))
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("paper", [A3, A4], ids=["A3", "A4"])
@pytest.mark.parametrize("count", [10, 31, 45, 80])
def test_wall_charts_stay_legible_from_10_to_80_approaches(paper, count, tmp_path):
    approaches = synthetic(count)
    chosen = layout(paper, approaches)
    tiles = chosen.tiles
    assert tiles.title_pt >= paper.min_title_pt and tiles.row_pt >= paper.min_row_pt
    assert sum(len(sheet) for sheet in chosen.sheets) == count
    meta = Meta("t", "d", "k")
    html = render_template("wallchart.html.j2", **wallchart_context(
        meta, "Synthetische toolkit", "toolkits/synthetisch/toolkit.yml", paper, approaches,
        "https://leerpunt.example/toolkits/synthetisch/", "Versie november 2025 · abc123"))
    result = render(Job("materialen/w.pdf", html, Checks(pages=len(chosen.sheets), source="x", what="de wandplaat")))
    assert result.errors == (), [str(e) for e in result.errors]
    pdf = tmp_path / "w.pdf"
    pdf.write_bytes(result.pdf)
    assert len(PdfReader(pdf).pages) == len(chosen.sheets)
    runs = sizes_by_text(pdf)
    printed = "".join(text for text, _ in runs).replace(" ", "")
    for a in approaches:
        assert a.titel.replace(" ", "") in printed, a.titel
    assert min(size for _, size in runs) >= SMALLEST[paper.name], sorted(runs, key=lambda r: r[1])[:3]
    title_words = {word for a in approaches for word in a.titel.split()}
    title_sizes = [size for text, size in runs if text in title_words and size >= tiles.title_pt - 0.01]
    assert title_sizes, "tile titles are printed at the chosen size"
    figures = [(text, size) for text, size in runs if text.startswith(("+", "−")) and len(text) <= 3]
    assert min(size for _, size in figures) >= paper.min_impact_pt, sorted(figures, key=lambda r: r[1])[:3]


def test_one_sheet_while_it_fits_then_more_sheets_never_smaller_type():
    few, many = layout(A3, synthetic(10)), layout(A3, synthetic(80))
    assert len(few.sheets) == 1
    assert len(many.sheets) > 1 and many.tiles.title_pt >= A3.min_title_pt
    sheets = [len(layout(A3, synthetic(n)).sheets) for n in (10, 31, 45, 80)]
    assert sheets == sorted(sheets)
