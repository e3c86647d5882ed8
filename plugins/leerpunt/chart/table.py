"""The chart's table alternative: the same figures as Markdown, for screen readers and print."""

from __future__ import annotations

from collections.abc import Callable

from ..catalogue import scales
from ..catalogue.model import Approach, Toolkit
from ..formatting import level_text, months_text
from ..markup import md_escape
from .layout import reading_order


def chart_table(toolkit: Toolkit, href_for: Callable[[Approach], str]) -> str:
    """One row per approach, in the chart's reading order (column by column, top to bottom)."""
    header = (f"| Aanpak | {scales.scale_title('impact')} | {scales.scale_title('kosten')} "
              f"| {scales.scale_title('bewijssterkte')} |\n|---|---|---|---|\n")
    rows = "".join(f"| [{md_escape(a.titel)}]({href_for(a)}) | {_impact(a.impact)} "
                   f"| {level_text('kosten', a.kosten)} | {level_text('bewijssterkte', a.bewijssterkte)} |\n"
                   for a in reading_order(toolkit))
    return header + rows


def _impact(months: int | None) -> str:
    effect = scales.impact_level(months).label
    return effect if months is None else f"{months_text(months)} ({effect.lower()})"
