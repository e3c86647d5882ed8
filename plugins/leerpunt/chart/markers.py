"""The evidence marker: a disc whose size and filled share both grow with bewijssterkte.

Bewijssterkte 3 fills three fifths of a larger disc, like three of the five caps on a badge;
level 0 (too little research) is a small dashed ring. Size and fill say the same thing twice,
so the marker reads without colour: in black-and-white print and for colour-blind readers.
"""

from __future__ import annotations

import math

from ..catalogue import scales
from .numbers import fmt

LEVELS = tuple(level.value for level in scales.bewijssterkte_levels())
STROKE = 1.3


def radius(bewijssterkte: int) -> float:
    return 3.4 + 0.9 * bewijssterkte


MAX_RADIUS = radius(max(LEVELS))


def marker(cx: float, cy: float, bewijssterkte: int) -> str:
    """The marker as SVG, drawn in currentColor on the page background."""
    r = radius(bewijssterkte)
    dashed = ' stroke-dasharray="2 1.7"' if bewijssterkte == 0 else ""
    ring = (f'<circle class="lpc-disc" cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" fill="#fff" '
            f'stroke="currentColor" stroke-width="{STROKE}"{dashed}/>')
    share = bewijssterkte / max(LEVELS)
    if share >= 1:
        return ring + f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" fill="currentColor"/>'
    if share <= 0:
        return ring
    return ring + f'<path d="{_wedge(cx, cy, r, share)}" fill="currentColor"/>'


def _wedge(cx: float, cy: float, r: float, share: float) -> str:
    """A pie slice from twelve o'clock, clockwise, covering `share` of the disc."""
    angle = 2 * math.pi * share
    end_x, end_y = cx + r * math.sin(angle), cy - r * math.cos(angle)
    large = 1 if share > 0.5 else 0
    return (f"M{fmt(cx)} {fmt(cy)}V{fmt(cy - r)}"
            f"A{fmt(r)} {fmt(r)} 0 {large} 1 {fmt(end_x)} {fmt(end_y)}Z")
