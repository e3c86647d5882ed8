"""Our stylesheet and scripts as site files: one stylesheet (screen and paper), versioned addresses,
and each script only on the pages that use it.

A page blocks its first paint on every stylesheet in its head, and hosts can cache a file for long only
when its address changes with its content; so the screen and print rules travel as one file, every
address carries `?v=` and a digest of the file, and a script's tag is taken out of the pages that hold
nothing it works on (the explorer's script on the toolkit pages, the card filters on the project and
material lists).

Our one stylesheet also carries the rules of Material's palette stylesheet that this site's colours use
(its dark scheme; read from the installed Material, never copied by hand) and, with leerpunt-search, the
search's stylesheet: a page then blocks on Material's main stylesheet and ours only, and the palette's
link is taken out of every page. The scripts at the end of a page are fetched with low priority: a
browser then brings the stylesheets first (on HTTP/1.1 it holds low-priority requests back while a
stylesheet in the head is still loading), and the first paint no longer shares the line with them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import material

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


def stylesheet(generated_css: str = "", *, before: str = "", after: str = "") -> Asset:
    """The one stylesheet: `before` (Material's palette rules), the source files, CSS made at build time
    (the scales' icons), then `after` (the search's stylesheet); the order the separate files had."""
    return Asset(STYLESHEET, before + "".join(_source(name) for name in STYLESHEET_SOURCES) + generated_css + after)


MATERIAL_STYLESHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
# Material's palette stylesheet as its base.html links it (the name carries Material's own digest).
_PALETTE_LINK = re.compile(
    r'[ \t]*<link rel="stylesheet" href="[^"]*assets/stylesheets/palette\.[0-9a-f]+\.min\.css">\n?')
_COLOUR = re.compile(r"""\[data-md-color-(primary|accent)=["']?([\w-]+)["']?\]""")


def material_palette_css() -> str:
    """The text of the installed Material's palette stylesheet."""
    found = sorted(MATERIAL_STYLESHEETS.glob("palette.*.min.css"))
    if len(found) != 1:
        raise FileNotFoundError(f"expected one palette.*.min.css in {MATERIAL_STYLESHEETS}, found {len(found)}")
    return re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", found[0].read_text("utf-8"))


def palette_colours(palette) -> tuple[set[str], set[str]]:
    """The primary and accent colours mkdocs.yml's theme.palette names (one entry or a list; Material's
    default for an entry without one: indigo)."""
    entries = [palette] if isinstance(palette, dict) else list(palette or [])
    primaries = {str(entry.get("primary") or "indigo").replace(" ", "-") for entry in entries}
    accents = {str(entry.get("accent") or "indigo").replace(" ", "-") for entry in entries}
    return primaries, accents


def palette_rules(css: str, primaries: Iterable[str], accents: Iterable[str]) -> str:
    """The rules of Material's (minified) palette stylesheet a site with these colours can use: every
    rule, less the selectors for a primary or accent colour it does not name (the schemes stay)."""
    wanted = {"primary": set(primaries), "accent": set(accents)}

    def used(selector: str) -> bool:
        return all(value in wanted[kind] for kind, value in _COLOUR.findall(selector))

    def rules(text: str) -> str:
        kept, at = [], 0
        while (open_at := text.find("{", at)) != -1:
            prelude, depth, end = text[at:open_at].strip(), 1, open_at + 1
            while depth:
                depth += {"{": 1, "}": -1}.get(text[end], 0)
                end += 1
            body = text[open_at + 1:end - 1]
            if prelude.startswith("@media") or prelude.startswith("@supports"):
                inner = rules(body)
                if inner:
                    kept.append(f"{prelude}{{{inner}}}")
            elif prelude.startswith("@"):
                kept.append(f"{prelude}{{{body}}}")
            else:
                selectors = [s for s in _selectors(prelude) if used(s)]
                if selectors:
                    kept.append(f"{','.join(selectors)}{{{body}}}")
            at = end
        return "".join(kept)

    return rules(css)


def _selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas (not those inside :is(...) or :not(...))."""
    parts, depth, start = [], 0, 0
    for position, char in enumerate(prelude):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(prelude[start:position])
            start = position + 1
    return [*parts, prelude[start:]]


def without_palette_link(html: str) -> str:
    """The page without the link to Material's palette stylesheet (its rules are in ours)."""
    return _PALETTE_LINK.sub("", html, count=1)


def with_low_priority_scripts(html: str) -> str:
    """Every script file of the page fetched with low priority: after the stylesheets its first paint waits for."""
    return html.replace("<script src=", '<script fetchpriority="low" src=')


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
