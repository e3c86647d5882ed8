"""Number formatting for SVG coordinates and axis ticks."""

from __future__ import annotations

MINUS = "\u2212"  # a real minus sign: as wide as the plus, so tick labels line up


def fmt(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros, so output is stable."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def signed(months: int) -> str:
    """An impact tick: '+6', '0', '−3'."""
    if months > 0:
        return f"+{months}"
    return f"{MINUS}{-months}" if months < 0 else "0"
