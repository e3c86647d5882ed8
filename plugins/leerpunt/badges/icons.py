"""Material's bundled icons for badges and scales, read from the installed theme (never fetched).

A scale (five euro signs, five caps) is one empty element drawn by the stylesheet: the icon is a
CSS mask repeated five times, as Material draws its admonition icons, so a list of a thousand
approaches does not carry ten thousand copies of the same SVG path.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from urllib.parse import quote

# The scales drawn with icons, and the Material icon of each.
SCALE_ICONS = {"kosten": "currency-eur", "bewijs": "school"}


@cache
def icon(name: str) -> str:
    """A Material Design icon as inline SVG, hidden from screen readers (the text says it)."""
    return plain_icon(name).replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


@cache
def plain_icon(name: str) -> str:
    return resources.files("material").joinpath("templates", ".icons", "material", f"{name}.svg").read_text("utf-8")


def scale_icon_css() -> str:
    """CSS custom properties with the scales' icons as data URIs, for the masks in leerpunt.css."""
    properties = "".join(
        f'--lp-icon-{scale}:url("data:image/svg+xml;charset=utf-8,{quote(plain_icon(name))}");'
        for scale, name in SCALE_ICONS.items())
    return f":root{{{properties}}}\n"
