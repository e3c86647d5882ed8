"""The evidence marker: five caps (afstudeerhoedjes), as many solid as the bewijssterkte.

The same icon and the same count as the badges everywhere else on the site (the icon is the one
badges/icons.py names for the scale): bewijssterkte 3 is three solid caps and two faint ones,
0 is five faint caps. Solid or faint reads without colour, in black-and-white print too.
"""

from __future__ import annotations

import re
from functools import cache

from ..catalogue import scales
from .numbers import fmt

LEVELS = tuple(level.value for level in scales.bewijssterkte_levels())
CAPS = scales.scale_maximum("bewijssterkte")
CAP = 6.4          # one cap, in viewBox units (the icon is drawn on a 24-unit square)
CAP_GAP = 0.2
HALF_WIDTH = (CAPS * CAP + (CAPS - 1) * CAP_GAP) / 2
HALF_HEIGHT = CAP / 2
FAINT = ' fill-opacity=".28"'  # the empty caps, like the faint icons of the badges


@cache
def cap_path() -> str:
    """The path of the scale's icon (Material's 'school'), as the badges draw it."""
    from ..badges.icons import SCALE_ICONS, plain_icon  # loaded when drawn: badges load the web templates

    path = re.search(r'<path d="([^"]+)"', plain_icon(SCALE_ICONS["bewijs"]))
    assert path is not None, "the scale's icon is drawn with a <path>"
    return path.group(1)


def marker(cx: float, cy: float, bewijssterkte: int) -> str:
    """The marker centred on (cx, cy), drawn in currentColor on a patch of page background (so
    grid lines never run through it)."""
    left, top = cx - HALF_WIDTH, cy - HALF_HEIGHT
    caps = "".join(
        f'<path d="{cap_path()}" transform="translate({fmt(left + i * (CAP + CAP_GAP))} {fmt(top)}) '
        f'scale({fmt(CAP / 24)})"{"" if i < bewijssterkte else FAINT}/>'
        for i in range(CAPS))
    return (f'<g class="lpc-caps" data-bewijssterkte="{bewijssterkte}"><rect class="lpc-disc" x="{fmt(left - 1)}" '
            f'y="{fmt(top - 1)}" width="{fmt(2 * HALF_WIDTH + 2)}" height="{fmt(CAP + 2)}" fill="#fff"/>{caps}</g>')
