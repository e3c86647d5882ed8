"""The impact-versus-cost chart for narrow screens: a row per impact, highest first.

Where the chart would drop below readable text (READABLE_WIDTH_PX), the page shows this instead
of a chart that scrolls sideways: each impact is a row, its approaches listed cheapest first,
each with the same kosten and bewijssterkte badges as the explorer and the approach pages.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import TYPE_CHECKING

from ..catalogue.model import Approach, Toolkit
from .layout import reading_order

if TYPE_CHECKING:  # leerpunt.web loads the badges, which load this package's neighbours
    from ..web import Web

TEMPLATE = "leerpunt/chart_rows.html"


def impact_rows(toolkit: Toolkit) -> list[tuple[int | None, list[Approach]]]:
    """(impact, approaches) from the highest impact down, the undetermined last; in a row the
    approaches come in the chart's own order (cheapest first, then strongest evidence)."""
    ordered = sorted(reading_order(toolkit), key=lambda a: (a.impact is None, -(a.impact or 0)))
    return [(impact, list(group)) for impact, group in groupby(ordered, key=lambda a: a.impact)]


def chart_rows(toolkit: Toolkit, href_for: Callable[[Approach], str], web: Web | None = None) -> str:
    """The rows as HTML, through the site's templates (the badges are the ones used everywhere)."""
    from ..badges.html import badge_set
    from ..web import DEFAULT

    web = web or DEFAULT
    rows = [(impact, [(a, href_for(a)) for a in approaches]) for impact, approaches in impact_rows(toolkit)]
    return web.render(TEMPLATE, toolkit=toolkit, rows=rows, badges=badge_set(web))
