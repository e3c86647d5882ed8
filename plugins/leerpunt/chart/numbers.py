"""Number formatting for SVG coordinates and axis ticks."""

from __future__ import annotations


def fmt(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros, so output is stable."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
