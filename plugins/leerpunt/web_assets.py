"""Our stylesheet and scripts as site files: one stylesheet (screen and paper), versioned addresses,
and each script only on the pages that use it.

A page blocks its first paint on every stylesheet in its head, and hosts can cache a file for long only
when its address changes with its content; so the screen and print rules travel as one file, every
address carries `?v=` and a digest of the file, and a script's tag is taken out of the pages that hold
nothing it works on (the explorer's script on the toolkit pages, the card filters on the project and
material lists).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

ASSET_DIR = "assets/leerpunt"
# The served stylesheet is these source files in this order (print.css: web pages on paper).
STYLESHEET_SOURCES = ("leerpunt.css", "print.css")
STYLESHEET = f"{ASSET_DIR}/leerpunt.css"
# Each script with the markup it works on: a page without that text does not load it.
SCRIPT_MARKERS = {
    "explorer.js": "data-lp-explorer",
    "compare.js": "data-lp-compare",
    "tooltips.js": "lp-tile",
    "filters.js": "data-lp-filter",
}


@dataclass(frozen=True)
class Asset:
    path: str      # in the site
    content: str

    @property
    def url(self) -> str:
        """The address pages use: it changes whenever the file does."""
        return f"{self.path}?v={hashlib.sha256(self.content.encode('utf-8')).hexdigest()[:10]}"


def _source(name: str) -> str:
    return resources.files("leerpunt").joinpath("assets", name).read_text("utf-8")


def stylesheet(generated_css: str = "") -> Asset:
    """The one stylesheet: the source files, then CSS made at build time (the scales' icons)."""
    return Asset(STYLESHEET, "".join(_source(name) for name in STYLESHEET_SOURCES) + generated_css)


@cache
def scripts() -> tuple[Asset, ...]:
    return tuple(Asset(f"{ASSET_DIR}/{name}", _source(name)) for name in SCRIPT_MARKERS)


def without_unused_scripts(html: str, assets: tuple[Asset, ...]) -> str:
    """The page without the tags of our scripts that find nothing to work on in it."""
    for asset in assets:
        marker = SCRIPT_MARKERS[asset.path.rsplit("/", 1)[1]]
        if marker not in html:
            html = _script_tag(asset.path).sub("", html, count=1)
    return html


@cache
def _script_tag(path: str) -> re.Pattern:
    return re.compile(rf'<script\b[^>]*\bsrc="[^"]*{re.escape(path)}\?v=[0-9a-f]+"[^>]*>\s*</script>\n?')
