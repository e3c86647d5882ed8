"""The chart's text fits in whatever sans-serif font the reader's browser draws it with.

Measured here with DejaVu Sans, the widest common fallback of the site's font stack (Linux
machines without Helvetica or Arial draw it), from the font files themselves, in the weight each
text is drawn in: no text runs out of the drawing, none runs into another text or a marker. With
Helvetica metrics the bold legend title ran into the first legend item and the bracket hint
('dezelfde kosten en impact') ran past the right edge.
"""

import xml.etree.ElementTree as ET
from functools import cache

import pytest

from leerpunt.catalogue import scales
from leerpunt.chart import impact_cost_chart
from leerpunt.chart.layout import Box
from leerpunt.chart.svg import BRACKET_HINT

from .conftest import href_for, make_toolkit

SVG = "{http://www.w3.org/2000/svg}"
ASCENT, DESCENT = 0.76, 0.24  # DejaVu Sans: tallest letters and descenders, in ems


@cache
def _advances(bold: bool) -> tuple[dict[int, int], int]:
    from fontTools.ttLib import TTFont

    from leerpunt.print.fonts import FontsMissing, font_files

    try:
        path = dict(font_files())[700 if bold else 400]
    except FontsMissing:
        pytest.skip("DejaVu Sans is not installed")
    font = TTFont(str(path), lazy=True)
    metrics = font["hmtx"].metrics
    return {code: metrics[name][0] for code, name in font.getBestCmap().items()}, font["head"].unitsPerEm


def dejavu_width(text: str, size: float, bold: bool) -> float:
    widths, per_em = _advances(bold)
    return sum(widths[ord(char)] for char in text) * size / per_em


def drawn(svg: str) -> tuple[Box, list[tuple[str, Box]], list[Box]]:
    """The viewBox, each line of text with its box as DejaVu Sans draws it, and each marker's box."""
    root = ET.fromstring(svg)
    _, _, width, height = map(float, root.get("viewBox").split())
    default_size = float(root.get("font-size"))
    texts = []
    for text in root.iter(f"{SVG}text"):
        size = float(text.get("font-size", default_size))
        bold = text.get("font-weight") == "700"
        lines = [(span.text, span) for span in text.iter(f"{SVG}tspan")] or [(text.text, text)]
        for line, element in lines:
            x, y = float(element.get("x")), float(element.get("y"))
            line_width = dejavu_width(line, size, bold)
            left = x - line_width if text.get("text-anchor") == "end" else x
            texts.append((line, Box(left, y - ASCENT * size, left + line_width, y + DESCENT * size)))
    markers = []
    for caps in root.iter(f"{SVG}g"):
        if caps.get("class") == "lpc-caps":
            disc = caps.find(f"{SVG}rect")
            left, top = float(disc.get("x")), float(disc.get("y"))
            markers.append(Box(left, top, left + float(disc.get("width")), top + float(disc.get("height"))))
    return Box(0, 0, width, height), texts, markers


def charts(shipped, base_approach):
    """The shipped charts and a crowded one with long titles."""
    crowded = make_toolkit(base_approach, [(1, 4, 5), (1, 4, 3), (1, 3, 2), (2, 4, 4), (2, 3, 1), (5, 2, 0)],
                           ["Metacognitie en zelfregulerend leren ('leren leren')", "Gedragsinterventies",
                            "Peer tutoring: leerlingen leren van elkaar", "Geïndividualiseerde instructie",
                            "Onderwijsassistenten in kleine groepen", "Extra uren kleuteronderwijs"])
    return [impact_cost_chart(toolkit, href_for) for toolkit in (*shipped.toolkits, crowded)]


def test_every_text_fits_inside_the_drawing(shipped, base_approach):
    for svg in charts(shipped, base_approach):
        view, texts, _ = drawn(svg)
        outside = [line for line, box in texts
                   if box.left < view.left or box.right > view.right or box.top < view.top or box.bottom > view.bottom]
        assert outside == []


def test_no_text_runs_into_another_text_or_a_marker(shipped, base_approach):
    for svg in charts(shipped, base_approach):
        _, texts, markers = drawn(svg)
        clashes = [(line, other) for i, (line, box) in enumerate(texts)
                   for other, other_box in [*texts[i + 1:], *(("marker", m) for m in markers)]
                   if box.overlaps(other_box)]
        assert clashes == []


def test_the_legend_title_leaves_room_before_the_first_item(shipped):
    _, texts, markers = drawn(impact_cost_chart(shipped.toolkits[0], href_for))
    title = next(box for line, box in texts if line == scales.scale_title("bewijssterkte"))
    first_item = min((m for m in markers if m.top < title.bottom and title.top < m.bottom), key=lambda m: m.left)
    assert title.right + 8 <= first_item.left


def test_the_bracket_hint_ends_inside_the_right_margin(shipped):
    view, texts, _ = drawn(impact_cost_chart(shipped.toolkits[0], href_for))
    hint = next(box for line, box in texts if line == BRACKET_HINT)
    assert hint.right <= view.right - 2  # the text's halo (stroke) is drawn around it too
