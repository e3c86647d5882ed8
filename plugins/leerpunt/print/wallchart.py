"""Wall-chart layout that fits by design: columns, type size and sheets chosen from the content.

A toolkit keeps growing; an editor who adds an approach must never be stopped by a poster. For
each paper size the layout tries one sheet first, from the largest type down to the smallest
that is still legible at a wall (the limits below), and for each size the fewest columns whose
tiles fit; when even the smallest legible type does not fit, the approaches continue on a second
sheet (and a third ...), in the same order. Every title block on a sheet is as tall as the
longest title needs, so the impact figures line up however a title wraps.

Heights and widths are computed from the embedded font's advance widths (measure.py), and the
template draws exactly these sizes; the overflow check after rendering remains the net for what
truly cannot fit (a title too long for any tile), and names the approach's file and field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .. import formatting
from ..catalogue import scales
from ..catalogue.model import Approach
from ..texts import text
from .measure import PT_PER_MM, text_width, wrapped_lines

MAX_TITLE_LINES = 4
ICON_EM = 1.15  # width of one scale icon, in em of its row (posters.css: .tile .row svg.icon)


@dataclass(frozen=True)
class Paper:
    """A landscape sheet and the legibility limits of its type (points)."""

    name: str
    width_mm: float
    height_mm: float
    margin_mm: float
    fixed_mm: float  # head, legend, footer and the gaps between them
    gap_mm: float
    min_title_pt: float
    max_title_pt: float
    min_row_pt: float
    min_impact_pt: float

    @property
    def grid_mm(self) -> tuple[float, float]:
        return self.width_mm - 2 * self.margin_mm, self.height_mm - 2 * self.margin_mm - self.fixed_mm


# The legibility limits the wall charts keep (stated on the 'Materialen' page and tested):
A3 = Paper("A3", 420, 297, 12, 68, 3, min_title_pt=12, max_title_pt=18, min_row_pt=9, min_impact_pt=18)
A4 = Paper("A4", 297, 210, 9, 61, 2.2, min_title_pt=9.5, max_title_pt=14, min_row_pt=8, min_impact_pt=14)
PAPERS = (A3, A4)
STEP_PT = 0.5
PAD_X_MM, PAD_Y_MM = 2.6, 1.8


@dataclass(frozen=True)
class Tiles:
    """The type sizes and line counts every tile of a sheet shares (points and millimetres)."""

    columns: int
    title_pt: float
    row_pt: float
    impact_pt: float
    title_lines: int
    label_lines: int
    cost_lines: int
    evidence_lines: int
    status_lines: int  # 0 when no figure on the sheet waits for confirmation
    tile_width_mm: float
    tile_height_mm: float

    @property
    def title_height_mm(self) -> float:
        return self.title_lines * self.title_pt * 1.2 / PT_PER_MM


@dataclass(frozen=True)
class Layout:
    paper: Paper
    sheets: tuple[tuple[Approach, ...], ...]
    tiles: Tiles


def row_texts(a: Approach) -> tuple[str, str, str]:
    """The words of a tile's three small rows: impact label, cost label, evidence label."""
    return (scales.impact_level(a.impact).label, scales.kosten_level(a.kosten).label,
            scales.bewijssterkte_level(a.bewijssterkte).label)


def _lines(texts, width_pt: float, size: float, icons: bool) -> int:
    """Lines the longest of `texts` needs; with icons in front, the label follows them on the same line if it can."""
    worst = 1
    for words in texts:
        if icons:
            icon_pt = 5 * ICON_EM * size + 0.35 * size
            if icon_pt + text_width(words, size) <= width_pt:
                continue
            worst = max(worst, 1 + wrapped_lines(words, width_pt, size))
        else:
            worst = max(worst, wrapped_lines(words, width_pt, size))
    return worst


def _tiles(paper: Paper, approaches: tuple[Approach, ...], columns: int, title_pt: float) -> Tiles | None:
    grid_w, grid_h = paper.grid_mm
    tile_w = (grid_w - (columns - 1) * paper.gap_mm) / columns
    inner = (tile_w - 2 * PAD_X_MM) * PT_PER_MM
    row_pt = max(paper.min_row_pt, round(title_pt * 0.75 / STEP_PT) * STEP_PT)
    impact_pt = max(paper.min_impact_pt, round(title_pt * 1.5))
    title_lines = max(wrapped_lines(a.titel, inner, title_pt, bold=True) for a in approaches)
    if title_lines > MAX_TITLE_LINES:
        return None
    rows = [row_texts(a) for a in approaches]
    label_lines = _lines((r[0] for r in rows), inner, row_pt, icons=False)
    cost_lines = _lines((r[1] for r in rows), inner, row_pt, icons=True)
    evidence_lines = _lines((r[2] for r in rows), inner, row_pt, icons=True)
    status_lines = (wrapped_lines(text("cijfers_nog_te_bevestigen"), inner, row_pt)
                    if any(not a.geverifieerd for a in approaches) else 0)
    # The same line heights and gaps as wallchart.html.j2.
    height_pt = (title_lines * title_pt * 1.2 + 0.6 * PT_PER_MM + impact_pt * 1.1
                 + label_lines * row_pt * 1.25 + (cost_lines + evidence_lines) * row_pt * 1.3
                 + (status_lines * row_pt * 1.25 + 0.5 * PT_PER_MM + 1.6 if status_lines else 0))
    tile_h = height_pt / PT_PER_MM + 2 * PAD_Y_MM + 0.6  # + the border
    rows_needed = math.ceil(len(approaches) / columns)
    if rows_needed * tile_h + (rows_needed - 1) * paper.gap_mm > grid_h:
        return None
    return Tiles(columns, title_pt, row_pt, impact_pt, title_lines, label_lines, cost_lines, evidence_lines,
                 status_lines, round(tile_w, 2), round(tile_h, 2))


def layout(paper: Paper, approaches: tuple[Approach, ...]) -> Layout:
    """The largest legible type on the fewest sheets; at least one approach per sheet."""
    for count in range(1, max(1, len(approaches)) + 1):
        per_sheet = math.ceil(len(approaches) / count) if approaches else 0
        sheets = (tuple(approaches[i:i + per_sheet] for i in range(0, len(approaches), per_sheet))
                  if per_sheet else ((),))
        title_pt = paper.max_title_pt
        while title_pt >= paper.min_title_pt:
            for columns in range(2, 13):
                tried = [_tiles(paper, sheet, columns, title_pt) for sheet in sheets] if per_sheet else []
                fits = [tiles for tiles in tried if tiles is not None]
                if len(fits) == len(tried):
                    return Layout(paper, sheets, _shared(fits) if fits else _empty(paper))
            title_pt -= STEP_PT
    # Not even one approach a sheet fits at the smallest type: lay out one per sheet at the
    # smallest type and let the overflow check name the title that is too long.
    sheets = tuple((a,) for a in approaches)
    return Layout(paper, sheets, _fallback(paper, approaches))


def _shared(fits: list[Tiles]) -> Tiles:
    """Sheets share one look: the largest line counts and tile height of any sheet (all fitted)."""
    first = fits[0]
    return Tiles(first.columns, first.title_pt, first.row_pt, first.impact_pt,
                 max(t.title_lines for t in fits), max(t.label_lines for t in fits),
                 max(t.cost_lines for t in fits), max(t.evidence_lines for t in fits),
                 max(t.status_lines for t in fits), first.tile_width_mm, max(t.tile_height_mm for t in fits))


def _empty(paper: Paper) -> Tiles:
    return Tiles(3, paper.max_title_pt, paper.min_row_pt, paper.min_impact_pt, 1, 1, 1, 1, 0, 0, 0)


def _fallback(paper: Paper, approaches) -> Tiles:
    grid_w, grid_h = paper.grid_mm
    return Tiles(2, paper.min_title_pt, paper.min_row_pt, paper.min_impact_pt, MAX_TITLE_LINES, 2, 2, 2,
                 2 if any(not a.geverifieerd for a in approaches) else 0,
                 round((grid_w - paper.gap_mm) / 2, 2), round(grid_h, 2))


def impact_figure(a: Approach) -> tuple[str, str]:
    """The impact as the tile shows it: the figure and its unit ('+6', 'maanden'), or a dash."""
    return formatting.signed_months(a.impact), formatting.months_unit(a.impact)
