"""Editors' Markdown as print HTML: sections, poster excerpts, links that work on paper.

A printed page cannot follow a relative link, so links to other pages of the site become
absolute web addresses (and are listed under "Bronnen" in a guide); images next to a guide are
embedded from their files. Everything a body needs from the rest of the site (the address of
each page it links, the words of each `[[…]]` code) is looked up while the print set is planned,
as small tables that join the cache key: the HTML is a function of the recipe alone.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import unescape

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markupsafe import Markup

from ..catalogue.errors import ContentError
from ..catalogue.markdown_body import headings
from ..catalogue.model import Catalogue
from ..extensions.codes import PATTERN, CodeContext, render_code

EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
              "pymdownx.details", "pymdownx.superfences", "smarty"]
# Dutch typographic quotes: “dubbele” and ‘enkele’, and the apostrophe as ’ (Python-Markdown's smarty).
SMARTY = {"smart_dashes": False, "smart_ellipses": False, "smart_angled_quotes": False}
_LINK = re.compile(r'<a href="([^"]*)"([^>]*)>(.*?)</a>', re.S)
_IMAGE = re.compile(r'(<img[^>]*\bsrc=")([^"]+)(")')
_TAG = re.compile(r"<[^>]+>")
_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d+[.)])\s")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
# Link targets in Markdown: inline links and images, reference definitions, raw HTML attributes.
_TARGETS = re.compile(r"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|\b(?:href|src)=\"([^\"]+)\"", re.M)
_CODE_SPANS = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.S)
LINK_HINT = "Verwijs naar een pagina van de site met een relatief pad, of naar een webadres (https://…)."


@dataclass(frozen=True)
class Section:
    """A level-2 section of a Markdown body: its heading and its text (without the heading)."""

    title: str
    anchor: str
    line: int
    text: str
    classes: tuple[str, ...] = ()  # the heading's classes, e.g. the poster marks `.praatplaat`
    text_line: int = 0  # the line in the file where `text` starts


def sections(body: str, body_line: int) -> tuple[str, list[Section]]:
    """The text before the first level-2 heading, and each level-2 section after it."""
    lines = body.split("\n")
    starts = [h for h in headings(body, body_line) if h.level == 2]
    offsets = [h.line - body_line for h in starts]
    intro = "\n".join(lines[: offsets[0]] if offsets else lines)
    found = []
    for index, heading in enumerate(starts):
        end = offsets[index + 1] if index + 1 < len(offsets) else len(lines)
        raw = "\n".join(lines[offsets[index] + 1: end])
        text = raw.lstrip("\n")
        found.append(Section(heading.title, heading.anchor, heading.line, text.rstrip("\n"),
                             tuple(heading.attrs.get("class", ())), heading.line + 1 + len(raw) - len(text)))
    return intro.strip("\n"), found


def blocks(text: str) -> list[str]:
    """Paragraphs and lists of a section; quotes, notes, HTML and indented blocks are left out."""
    kept = []
    for block in re.split(r"\n\s*\n", text.strip()):
        first = block.lstrip("\n").split("\n", 1)[0]
        if not first.strip() or first.startswith(("    ", "\t", ">", "!!!", "???", "<", "{:", "|", "```")):
            continue
        kept.append(block.strip("\n"))
    return kept


def is_list(block: str) -> bool:
    return bool(_LIST_ITEM.match(block))


# --- planning: what a body needs from the rest of the site ----------------------------------------

def page_path(src_uri: str, target: str) -> str | None:
    """The source path a relative link of page `src_uri` points to, or None for a web address or anchor."""
    if _SCHEME.match(target):
        return None
    path = unescape(target).partition("#")[0]
    return posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path)) if path else None


def link_table(body: str, src_uri: str, url_for) -> tuple[tuple[str, str], ...]:
    """(source path, site URL) of every page the body links with a relative link."""
    found = {}
    for match in _TARGETS.finditer(body):
        path = page_path(src_uri, next(group for group in match.groups() if group))
        if path and path not in found and (url := url_for(path)) is not None:
            found[path] = url
    return tuple(sorted(found.items()))


def code_table(body: str, catalogue: Catalogue, src_uri: str) -> tuple[tuple[str, str], ...]:
    """(code, the words it prints) of every valid `[[…]]` code in the body, outside code spans."""
    context = CodeContext(catalogue, src_uri, plain=True)
    found = {}
    for index, piece in enumerate(_CODE_SPANS.split(body)):
        if index % 2 == 0:
            for match in re.finditer(PATTERN, piece):
                shown = render_code(match.group(1), match.group(2), context)
                if shown is not None:
                    found[match.group(0)] = shown
    return tuple(sorted(found.items()))


# --- rendering ----------------------------------------------------------------------------------

class LinkResolver:
    """Rewrites links and images of one source to what paper needs, and remembers them.

    `links` maps source paths to site URLs and `codes` the `[[…]]` codes to their words (both from
    the planning tables); `folder` is the source's folder relative to the project, for images."""

    def __init__(self, src_uri: str, site_url: str, links=(), codes=(), folder: str = "", source: str = ""):
        self.src_uri, self.site_url = src_uri, site_url.rstrip("/") + "/"
        self.links, self.codes = dict(links), dict(codes)
        self.folder, self.source = folder, source
        self.cited: list[tuple[str, str]] = []
        self.images: list[tuple[str, str, int]] = []  # (path in the project, source, line)
        self.errors: list[ContentError] = []

    def absolute(self, target: str) -> str | None:
        target = unescape(target)
        if _SCHEME.match(target):
            return target
        path, _, anchor = target.partition("#")
        if not path:
            return None  # an anchor on the same page: printed pages have no use for it
        url = self.links.get(page_path(self.src_uri, path))
        if url is None:
            return None
        return self.site_url + url.lstrip("/") + (f"#{anchor}" if anchor else "")

    def rewrite(self, html: str, text: str, first_line: int) -> str:
        def line_of(value: str) -> int:
            at = text.find(value)
            return first_line + (text.count("\n", 0, at) if at >= 0 else 0)

        def link(match: re.Match) -> str:
            target = unescape(match.group(1))
            if target.lower().startswith("file:"):
                self.errors.append(ContentError(self.source, line_of(target), "link", "een link naar een webpagina",
                                                f"een link naar een bestand op de computer ({target})", LINK_HINT))
                return match.group(3)
            url = self.absolute(target)
            label = match.group(3)
            if url is None:
                return label
            plain = unescape(_TAG.sub("", label)).strip()
            if (plain, url) not in self.cited:
                self.cited.append((plain, url))
            attributes = re.sub(r'\s+rel="[^"]*"', "", match.group(2))  # never rel="attachment" on paper
            return f'<a href="{_attr(url)}"{attributes}>{label}</a>'

        def image(match: re.Match) -> str:
            src = unescape(match.group(2))
            if _SCHEME.match(src) and not src.startswith("data:"):
                self.errors.append(ContentError(
                    self.source, line_of(src), "afbeelding", "een afbeelding uit de map van de bron",
                    f"een afbeelding van elders ({src})",
                    "Download de afbeelding (als je ze mag gebruiken), zet ze in de map van de leidraad en "
                    "verwijs ernaar met een relatief pad, zoals ![Uitleg](schema.png)."))
                return match.group(0)
            if src.startswith("data:"):
                return match.group(0)
            path = posixpath.normpath(posixpath.join(self.folder, src))
            self.images.append((path, self.source, line_of(src)))
            return match.group(1) + _attr(path) + match.group(3)

        return _IMAGE.sub(image, _LINK.sub(link, html))


class _TableCodes(InlineProcessor):
    """`[[…]]` codes as the words the planning table gives them (a code not in it stays as written)."""

    def __init__(self, md, codes: dict[str, str]):
        super().__init__(PATTERN, md)
        self.codes = codes

    # Python-Markdown's name; its stubs declare InlineProcessor's signature against Pattern's the same way.
    def handleMatch(  # type: ignore[override]  # noqa: N802
            self, m: re.Match[str], data: str) -> tuple[str | None, int | None, int | None]:
        shown = self.codes.get(m.group(0))
        return (None, None, None) if shown is None else (shown, m.start(0), m.end(0))


class _TableCodesExtension(Extension):
    def __init__(self, codes: dict[str, str]):
        super().__init__()
        self.codes = codes

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        md.inlinePatterns.register(_TableCodes(md, self.codes), "leerpunt-codes", 175)  # as the site's codes


def to_html(text: str, resolver: LinkResolver, first_line: int = 0) -> Markup:
    """Markdown → HTML with the site's extensions, Dutch quotes, links made absolute."""
    html = markdown.markdown(text, extensions=[*EXTENSIONS, _TableCodesExtension(resolver.codes)],
                             extension_configs={"toc": {"permalink": False}, "smarty": SMARTY})
    return Markup(resolver.rewrite(html, text, first_line))


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")
