"""How figures read, in one place: impact months, "n van 5", the names of the scales.

Web pages, badges, the chart, news, search and print all format figures through these
functions, so "+1 maand" is written one way everywhere. Labels themselves come from the scale
definition (catalogue/scales.py); the words around them from the interface texts (texts.yml).
"""

from __future__ import annotations

from .catalogue import scales
from .texts import text

MINUS = "\u2212"  # a real minus sign: '−3' reads and prints better than a hyphen


def signed_months(impact: int | None) -> str:
    """An impact as a figure: '+6', '0', '−3', or '–' when it cannot be determined."""
    if impact is None:
        return "–"
    if impact > 0:
        return f"+{impact}"
    return f"{MINUS}{-impact}" if impact < 0 else "0"


def months_unit(impact: int | None) -> str:
    """'maand' or 'maanden' for this number of months ('' when it cannot be determined)."""
    if impact is None:
        return ""
    return text("maand") if abs(impact) == 1 else text("maanden")


def months_text(impact: int | None) -> str:
    """'+6 maanden', '−1 maand', '0 maanden', or 'niet te bepalen'."""
    if impact is None:
        return text("niet_te_bepalen")
    return f"{signed_months(impact)} {months_unit(impact)}"


def months_figure(impact: int | None) -> str:
    """'+6 maanden', or '–' beside a label that says the effect cannot be determined."""
    return "–" if impact is None else months_text(impact)


def scale_name(scale: str) -> str:
    """A scale's short name for labels: 'Impact', 'Kosten', 'Bewijssterkte' (no unit)."""
    return scales.scale_title(scale).split(" (")[0]


def out_of(scale: str, value: int) -> str:
    """'3 van 5': a value on a scale of icons, with the scale's own top."""
    return text("van_schaal", waarde=value, maximum=scales.scale_maximum(scale))


def figure_text(scale: str, value: int | None) -> str:
    """A figure in short: '+6 maanden' for impact, '3 van 5' for kosten and bewijssterkte."""
    if scale == "impact" or value is None:
        return months_text(value)
    return out_of(scale, value)


def level_text(scale: str, value: int) -> str:
    """A figure with its scale label and its place on the scale, e.g. '<label> (1 van 5)'."""
    return f"{scales.level(scale, value).label} ({out_of(scale, value)})"
