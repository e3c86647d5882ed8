"""Where everything in the impact-versus-cost chart goes.

Kosten is a scale of five steps, so each step is a column; impact runs up the page in months.
Approaches with the same kosten and impact form a stack, listed under each other and joined
by a bracket to their exact value; the stacks of a column are spread so no two labels touch,
and the month grows until no marker strays far from its value. A label may run on into the
next column where that column is empty; where it is not, the label breaks over two lines,
then drops its explanation ("(phonics)"), then hyphenates, and only then is cut short.
Approaches whose impact cannot be determined get a band of their own under the plot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple
from unicodedata import normalize

from ..catalogue import scales
from ..catalogue.model import Approach, Toolkit
from .markers import HALF_HEIGHT, HALF_WIDTH
from .spread import spread
from .text import fit_lines, short_title, text_width, two_lines, wrapped

KOSTEN = tuple(level.value for level in scales.kosten_levels())


@dataclass(frozen=True)
class Style:
    """Sizes in viewBox units; at the usual content width one unit is about one CSS pixel."""

    width: float = 760
    label_size: float = 12.5
    small_size: float = 12
    line_height: float = 14.5
    item_gap: float = 1          # between the approaches of one stack
    stack_gap: float = 6         # between stacks in a column
    month: float = 34            # the least height of one month of impact
    max_month: float = 60
    max_shift: float = 1.25      # how far (in months) a marker may sit from its value
    gutter: float = 38           # left of the plot: the impact ticks
    margin: float = 4
    legend_row: float = 24
    bracket: float = 5           # from the bracket to the widest marker
    tick: float = 5              # the bracket's tick towards the exact value
    clearance: float = 3         # around what a running-on label must not touch
    label_gap: float = 5         # from the widest marker to the label


DEFAULT_STYLE = Style()


class Box(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)

    def grown(self, by: float) -> Box:
        return Box(self.left - by, self.top - by, self.right + by, self.bottom + by)


@dataclass(frozen=True)
class Label:
    """One approach: its marker centre and its label lines."""

    approach: Approach
    x: float
    y: float
    text_x: float
    lines: tuple[str, ...]
    size: float
    line_height: float

    @property
    def box(self) -> Box:
        top = self.y - self.line_height / 2
        width = max(text_width(line, self.size) for line in self.lines)
        return Box(self.text_x, top, self.text_x + width, top + len(self.lines) * self.line_height)

    @property
    def marker_box(self) -> Box:
        return Box(self.x - HALF_WIDTH, self.y - HALF_HEIGHT, self.x + HALF_WIDTH, self.y + HALF_HEIGHT)


@dataclass(frozen=True)
class Stack:
    """The approaches that share a kosten and an impact, top to bottom."""

    kosten: int
    impact: int | None
    anchor: float | None       # y of the exact impact; None in the undetermined band
    bracket_x: float
    labels: tuple[Label, ...]
    top: float                 # the stack's box, as spread in its column
    bottom: float

    @property
    def bracketed(self) -> bool:
        """A bracket shows the exact value when the markers are not all on it."""
        return self.anchor is not None and any(abs(label.y - self.anchor) > 0.5 for label in self.labels)

    def bracket_box(self, style: Style) -> Box:
        assert self.anchor is not None, "only a stack with an exact value (a bracketed one) has a bracket"
        ys = [label.y for label in self.labels] + [self.anchor]
        return Box(self.bracket_x - style.tick - 1, min(ys), self.bracket_x + 1, max(ys))


@dataclass(frozen=True)
class LegendItem:
    bewijssterkte: int
    label: str
    x: float
    y: float


class Grid(NamedTuple):
    """The two scales: a column per kosten step and a height per month of impact."""

    style: Style
    columns: tuple[float, ...]          # marker x of each kosten step
    low: int                            # lowest impact tick
    high: int                           # highest impact tick
    top: float
    month: float

    def y(self, months: float) -> float:
        return self.top + (self.high + 0.5 - months) * self.month

    @property
    def bottom(self) -> float:
        return self.y(self.low - 0.5)

    def x(self, kosten: int) -> float:
        return self.columns[KOSTEN.index(kosten)]


@dataclass(frozen=True)
class Layout:
    grid: Grid
    band: tuple[float, float] | None    # top and bottom of the undetermined band
    header_y: float                     # centre of the kosten column headers
    height: float
    legend: tuple[LegendItem, ...]
    stacks: tuple[Stack, ...]           # in reading order (see reading_order)

    @property
    def style(self) -> Style:
        return self.grid.style


class _StackSpec(NamedTuple):
    kosten: int
    impact: int | None
    approaches: tuple[Approach, ...]


def lay_out(toolkit: Toolkit, style: Style = DEFAULT_STYLE) -> Layout:
    """The whole chart, laid out."""
    legend, legend_bottom = _legend(style)
    header_y = legend_bottom + 18
    impacts = [a.impact for a in toolkit.aanpakken if a.impact is not None]
    low, high = min(impacts + [0]), max(impacts + [0])
    measured, unknown = _specs(toolkit)

    month = style.month
    while True:
        grid = Grid(style, _columns(style), low, high, header_y + 48, month)
        plotted, needed = _place(measured, grid, partial(_impact_y, grid), grid.y(high + 0.5), grid.bottom)
        shift = max((abs(label.y - stack.anchor) for stack in plotted if stack.anchor is not None
                     for label in stack.labels), default=0)
        close_enough = shift <= style.max_shift * month or month >= style.max_month
        if needed <= grid.bottom - grid.y(high + 0.5) and close_enough:
            break
        # Straight to a month tall enough for the fullest column, then a unit at a time.
        month = max(month + 1, needed / (high - low + 1))

    band: tuple[float, float] | None = None
    banded: list[Stack] = []
    bottom = grid.bottom
    if unknown:
        band_top = bottom + 12
        items_top = band_top + 26
        banded, _ = _place(unknown, grid, lambda spec: items_top, items_top, float("inf"))
        bottom = max(stack.bottom for stack in banded) + 8
        band = (band_top, bottom)
    stacks = sorted((*plotted, *banded), key=lambda stack: (stack.anchor is None, stack.kosten))
    return Layout(grid, band, header_y, bottom + 6, legend, tuple(stacks))


def reading_order(toolkit: Toolkit) -> list[Approach]:
    """Column by column (cheapest first) and top to bottom; then the undetermined band."""
    return sorted(toolkit.aanpakken, key=lambda a: (a.impact is None, a.kosten, -(a.impact or 0), *_stack_order(a)))


def _specs(toolkit: Toolkit) -> tuple[list[_StackSpec], list[_StackSpec]]:
    """Stacks with a known impact (highest first per column) and those without."""
    cells: dict[tuple[int, int | None], list[Approach]] = {}
    for approach in reading_order(toolkit):
        cells.setdefault((approach.kosten, approach.impact), []).append(approach)
    specs = [_StackSpec(kosten, impact, tuple(approaches)) for (kosten, impact), approaches in cells.items()]
    return [s for s in specs if s.impact is not None], [s for s in specs if s.impact is None]


def _impact_y(grid: Grid, spec: _StackSpec) -> float:
    """Where a stack with a known impact wants its markers: at its value."""
    assert spec.impact is not None, "only stacks with a known impact are placed on the impact scale"
    return grid.y(spec.impact)


def _stack_order(approach: Approach) -> tuple:
    """Strongest evidence first, then alphabetically (accents ignored, so 'Eén' sorts as 'Een')."""
    plain = normalize("NFKD", approach.titel.casefold()).encode("ascii", "ignore").decode()
    return (-approach.bewijssterkte, plain, approach.slug)


def _columns(style: Style) -> tuple[float, ...]:
    step = (style.width - style.margin - style.gutter) / len(KOSTEN)
    first = style.gutter + 2 * HALF_WIDTH + style.bracket + 6
    return tuple(first + i * step for i in range(len(KOSTEN)))


def _lane_end(grid: Grid, kosten: int) -> float:
    """How far a label may always run: up to the next column's brackets."""
    style = grid.style
    index = KOSTEN.index(kosten)
    if index + 1 == len(grid.columns):
        return style.width - style.margin
    return grid.columns[index + 1] - HALF_WIDTH - style.bracket - style.tick - 1 - style.clearance


def _place(specs: list[_StackSpec], grid: Grid, target: Callable[[_StackSpec], float],
           low: float, high: float) -> tuple[list[Stack], float]:
    """Lay out the columns right to left, so a label that runs on knows what lies ahead.

    Returns the stacks and the height the fullest column needs (to compare with high - low)."""
    obstacles: list[Box] = []
    placed: list[Stack] = []
    needed = 0.0
    for kosten in reversed(KOSTEN):
        column = [spec for spec in specs if spec.kosten == kosten]
        if not column:
            continue
        stacks = _place_column(column, grid, target, low, high, obstacles)
        needed = max(needed, _stacked_height(stacks, grid.style))
        for stack in stacks:
            obstacles.extend(label.box for label in stack.labels)
            obstacles.extend(label.marker_box for label in stack.labels)
            if stack.bracketed:
                obstacles.append(stack.bracket_box(grid.style))
        placed.extend(stacks)
    return placed, needed


def _stacked_height(stacks: list[Stack], style: Style) -> float:
    """The height of a column's stacks packed tight: their boxes plus the gaps between them."""
    return sum(stack.bottom - stack.top for stack in stacks) + style.stack_gap * (len(stacks) - 1)


def _place_column(column: list[_StackSpec], grid: Grid, target, low: float, high: float,
                  obstacles: list[Box]) -> list[Stack]:
    """Give each crowded label its next, more compact variant until every label has room."""
    style = grid.style
    text_x = grid.x(column[0].kosten) + HALF_WIDTH + style.label_gap
    lane_end = _lane_end(grid, column[0].kosten)
    edge = style.width - style.margin
    room = [box.grown(style.clearance) for box in obstacles]
    variants = {a.slug: _variants(a.titel, style, lane_end - text_x) for spec in column for a in spec.approaches}
    choice = dict.fromkeys(variants, 0)
    while True:
        lines = {slug: variants[slug][index] for slug, index in choice.items()}
        stacks = _stack_column(column, grid, target, low, high, text_x, lines)
        crowded = [label.approach.slug for stack in stacks for label in stack.labels
                   if not _fits(label.box, lane_end, edge, room)
                   and variants[label.approach.slug].has(choice[label.approach.slug] + 1)]
        if not crowded:
            return stacks
        for slug in crowded:
            choice[slug] += 1


def _fits(box: Box, lane_end: float, edge: float, room: list[Box]) -> bool:
    if box.right <= lane_end:
        return True
    return box.right <= edge and not any(box.overlaps(other) for other in room)


class _Variants:
    """The ways to show a title, best first: whole, over two lines, without its explanation,
    hyphenated to fit the column (on two lines, then on three), and only as a last resort cut short.
    Worked out only as far as the layout asks: the hyphenated ones need Dutch hyphenation, whose
    dictionary costs a build 0.1 s to read, and most labels fit long before."""

    def __init__(self, title: str, style: Style, lane: float) -> None:
        short, size = short_title(title), style.label_size
        self._makers = iter((
            lambda: (title,), lambda: two_lines(title, size), lambda: (short,), lambda: two_lines(short, size),
            lambda: two_lines(title, size, lane), lambda: two_lines(short, size, lane),
            lambda: wrapped(title, size, lane), lambda: wrapped(short, size, lane),
            lambda: fit_lines(short, size, lane)))
        self._found: list[tuple[str, ...]] = []

    def has(self, index: int) -> bool:
        """Whether there is an option at `index` (the options differ from each other)."""
        while len(self._found) <= index:
            maker = next(self._makers, None)
            if maker is None:
                return False
            option = maker()
            if option and option not in self._found:
                self._found.append(option)
        return True

    def __getitem__(self, index: int) -> tuple[str, ...]:
        if not self.has(index):
            raise IndexError(index)
        return self._found[index]


@lru_cache(maxsize=4096)  # asked again at every step of the month search in lay_out
def _variants(title: str, style: Style, lane: float) -> _Variants:
    return _Variants(title, style, lane)


def _row_height(approach: Approach, style: Style) -> float:
    """The first line of a label also holds the marker, which can be taller than a line."""
    return max(style.line_height, 2 * HALF_HEIGHT + 2)


def _stack_column(column: list[_StackSpec], grid: Grid, target, low: float, high: float,
                  text_x: float, lines: dict[str, tuple[str, ...]]) -> list[Stack]:
    style = grid.style
    x = grid.x(column[0].kosten)

    def item_height(approach: Approach) -> float:
        return _row_height(approach, style) + (len(lines[approach.slug]) - 1) * style.line_height

    heights = [sum(item_height(a) for a in spec.approaches) + style.item_gap * (len(spec.approaches) - 1)
               for spec in column]
    # A stack wants its markers (not its box) centred on the value: a label running over two
    # lines hangs below its marker.
    rows = [[sum(item_height(b) + style.item_gap for b in spec.approaches[:i]) + _row_height(a, style) / 2
             for i, a in enumerate(spec.approaches)] for spec in column]
    wanted = [target(spec) + height / 2 - sum(offsets) / len(offsets)
              for spec, height, offsets in zip(column, heights, rows)]
    centres = spread(wanted, heights, style.stack_gap, low, high)
    stacks = []
    for spec, centre, height in zip(column, centres, heights):
        top = stack_top = centre - height / 2
        labels = []
        for approach in spec.approaches:
            y = top + _row_height(approach, style) / 2
            labels.append(Label(approach, x, y, text_x, lines[approach.slug], style.label_size, style.line_height))
            top += item_height(approach) + style.item_gap
        anchor = grid.y(spec.impact) if spec.impact is not None else None
        stacks.append(Stack(spec.kosten, spec.impact, anchor, x - HALF_WIDTH - style.bracket, tuple(labels),
                            stack_top, stack_top + height))
    return stacks


def _legend(style: Style) -> tuple[tuple[LegendItem, ...], float]:
    """Legend items after the title 'Bewijssterkte': on one row when they fit, else on as few rows
    as needed, in aligned columns and filled evenly (no item left alone on a last row)."""
    # The title is drawn bold: measured as regular text it ran into the first item.
    title_width = text_width(scales.scale_title("bewijssterkte"), style.small_size, bold=True) + 14
    levels = scales.bewijssterkte_levels()
    widths = [2 * HALF_WIDTH + style.label_gap + text_width(level.label, style.small_size) for level in levels]
    room = style.width - style.margin - title_width
    gap = 16
    for rows in range(1, len(levels) + 1):
        per_row = -(-len(levels) // rows)
        columns = [max(widths[i::per_row]) for i in range(per_row)]
        if sum(columns) + gap * (per_row - 1) <= room or per_row == 1:
            break
    items = []
    for index, level in enumerate(levels):
        row, column = divmod(index, per_row)
        x = title_width + sum(columns[:column]) + gap * column
        items.append(LegendItem(level.value, level.label, x + HALF_WIDTH, 14.0 + row * style.legend_row))
    return tuple(items), items[-1].y + style.legend_row / 2
