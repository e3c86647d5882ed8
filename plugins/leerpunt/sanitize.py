"""What HTML an editor's Markdown may produce: one allowlist, enforced by nh3 and explained to editors.

Editors work through pull requests, so anyone can propose a page, and a reviewer should not have
to spot markup. Markdown bodies (approaches, guides, free pages) may use Markdown, Material's
admonitions and details, tables, images, links and small bits of HTML (`<small>`, `<div
markdown>` grids, `<br>`). Scripts, event handlers (`onerror=`), styles other than table
alignment, frames, forms and `javascript:` addresses never reach a page: the build passes every
page that carries an editor's text through nh3 (the maintained Rust sanitizer ammonia) with this
allowlist, and `removed()` tells `scripts/check` and the build what the allowlist took away, so
the editor hears about it with file and line instead of finding it silently gone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from html import escape, unescape
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path

import nh3

from .buildcache import digest

# Everything Python-Markdown, its extensions, pymdownx, Material (icons as inline SVG) and our own
# badges, tiles and tables produce, and the harmless HTML editors write.
TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    # Material's icons (:material-…:) are inline SVG; our badges draw with the same elements.
    "svg", "path", "g", "circle", "rect", "line", "polyline", "polygon", "title", "desc", "use", "symbol",
})
# Elements whose content goes too (a script's text is not something to show instead).
DROPPED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe", "object", "embed",
                                  "textarea", "select", "math"})
GENERIC_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "role", "tabindex", "hidden", "style"})
ATTRIBUTES = {
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "loading", "decoding"},
    "ol": {"start", "type", "reversed"}, "li": {"value"},
    "td": {"colspan", "rowspan", "align"}, "th": {"colspan", "rowspan", "align", "scope"},
    "col": {"span"}, "colgroup": {"span"},
    "details": {"open"}, "time": {"datetime"}, "q": {"cite"}, "blockquote": {"cite"},
    "del": {"cite", "datetime"}, "ins": {"cite", "datetime"},
    "svg": {"xmlns", "viewBox", "width", "height", "fill", "stroke", "focusable", "preserveAspectRatio"},
    "path": {"d", "fill", "stroke", "stroke-width", "fill-rule", "clip-rule", "opacity"},
    "g": {"fill", "stroke", "transform"}, "circle": {"cx", "cy", "r", "fill", "stroke"},
    "rect": {"x", "y", "width", "height", "rx", "ry", "fill", "stroke"},
    "line": {"x1", "y1", "x2", "y2", "stroke"}, "polyline": {"points", "fill", "stroke"},
    "polygon": {"points", "fill", "stroke"}, "use": {"href"}, "symbol": {"viewBox"},
}
PREFIXES = frozenset({"data-", "aria-"})
URL_SCHEMES = frozenset({"https", "http", "mailto", "tel"})
# Tables align their columns with style="text-align: …"; nothing else may be styled from content.
STYLE_PROPERTIES = frozenset({"text-align"})


def clean(html: str) -> str:
    """HTML with everything outside the allowlist removed; comments stay (the plugins' placeholders)."""
    return _cleaner().clean(html)


@cache
def _cleaner() -> nh3.Cleaner:
    """The allowlist made once: nh3.clean() builds it again for every page (a fifth of its time)."""
    return nh3.Cleaner(tags=set(TAGS), clean_content_tags=set(DROPPED_WITH_CONTENT),
                       attributes=_attributes(), generic_attribute_prefixes=set(PREFIXES),
                       url_schemes=set(URL_SCHEMES), link_rel=None, strip_comments=False,
                       filter_style_properties=set(STYLE_PROPERTIES))


def as_cleaned(html: str) -> str:
    """What clean() makes of HTML that the allowlist keeps whole: the same text, but the permalink sign
    that Python-Markdown's toc writes as '&para;' as the character itself (nh3 writes characters)."""
    return html.replace("&para;", "¶")


@cache
def allowlist_version() -> str:
    """What clean() depends on besides its input: this module's allowlist and nh3's version (names the
    build cache's record of pages the allowlist leaves as they are)."""
    return f"nh3 {metadata.version('nh3')} {digest(Path(__file__).read_bytes())}"


def attribute_text(text: str) -> str:
    """Plain text for a template that prints it inside an attribute without escaping (Material's
    `<meta name="description">`). Unescaped first, so text that a page builder already escaped
    for Markdown is not escaped twice."""
    return escape(unescape(text), quote=True)


@cache
def _attributes() -> dict[str, set[str]]:
    return {"*": set(GENERIC_ATTRIBUTES), **{tag: set(names) for tag, names in ATTRIBUTES.items()}}


@dataclass(frozen=True, order=True)
class Removal:
    """One thing the allowlist took away: an element, an attribute or an address."""

    tag: str
    attribute: str = ""
    value: str = ""

    def describe(self) -> str:
        """In Dutch, as an editor wrote it."""
        if not self.attribute:
            return f"het element <{self.tag}>"
        if self.attribute in ("href", "src") and self.value:
            return f"het adres '{_short(self.value)}' in <{self.tag}>"
        shown = f"{self.attribute}=\"{_short(self.value)}\"" if self.value else self.attribute
        return f"het attribuut {shown} op <{self.tag}>"


def removed(html: str) -> list[Removal]:
    """What `clean` takes out of this HTML: elements, attributes and attribute values it drops or changes.

    Both versions are read with html.parser and compared as multisets, so the serialiser's own
    normalisation (quotes, `<br />`, entities) never counts as a removal."""
    before, after = _inventory(html), _inventory(clean(html))
    found = []
    for item, count in (before - after).items():
        tag, attribute, value = item
        if attribute == "style" and _only_allowed_style(value):
            continue  # the same declarations, written differently
        found += [Removal(tag, attribute, value)] * count
    # An element that is gone takes its attributes with it: report the element only.
    gone = {r.tag for r in found if not r.attribute}
    return sorted({r for r in found if not r.attribute or r.tag not in gone})


def _only_allowed_style(style: str) -> bool:
    properties = [part.split(":", 1)[0].strip().lower() for part in style.split(";") if part.strip()]
    return all(p in STYLE_PROPERTIES for p in properties)


def _inventory(html: str) -> Counter:
    reader = _Inventory()
    reader.feed(html)
    reader.close()
    return reader.items


class _Inventory(HTMLParser):
    """Every element (tag, '', '') and attribute (tag, name, value) of a piece of HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: Counter = Counter()

    def handle_starttag(self, tag, attrs):
        self.items[(tag, "", "")] += 1
        for name, value in attrs:
            self.items[(tag, name, (value or "").strip())] += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
