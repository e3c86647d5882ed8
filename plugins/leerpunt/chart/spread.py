"""Spread boxes along one axis: no overlaps, each as close to where it wants to be as possible."""

from __future__ import annotations

from collections.abc import Sequence


def spread(targets: Sequence[float], heights: Sequence[float], gap: float,
           low: float, high: float) -> list[float]:
    """Centres for boxes kept in their given order, `gap` apart, within [low, high].

    Minimises the summed squared distance to the targets. Subtracting each box's minimal
    offset from the first box turns "no overlap" into "non-decreasing", which isotonic
    regression (pool adjacent violators) solves exactly; clipping to the bounds keeps it
    optimal. Boxes that cannot fit start at `low` and run past `high`.
    """
    if not targets:
        return []
    offsets = [0.0]
    for before, after in zip(heights, heights[1:]):
        offsets.append(offsets[-1] + (before + after) / 2 + gap)
    wanted = [target - offset for target, offset in zip(targets, offsets)]
    fitted = _isotonic(wanted)
    lowest = low + heights[0] / 2
    highest = max(lowest, high - heights[-1] / 2 - offsets[-1])
    return [min(max(value, lowest), highest) + offset for value, offset in zip(fitted, offsets)]


def _isotonic(values: Sequence[float]) -> list[float]:
    """The non-decreasing sequence closest to `values` (least squares)."""
    blocks: list[list[float]] = []  # [mean, count]
    for value in values:
        blocks.append([value, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, count = blocks.pop()
            previous = blocks[-1]
            previous[0] = (previous[0] * previous[1] + mean * count) / (previous[1] + count)
            previous[1] += count
    return [mean for mean, count in blocks for _ in range(int(count))]
