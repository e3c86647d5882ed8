"""Editors' Markdown as print HTML: sections, poster excerpts, links that work on paper.

A printed page cannot follow a relative link, so links to other pages of the site become
absolute web addresses (and are listed under "Bronnen" in a guide); images next to a guide
are embedded from their files.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import markdown
from markupsafe import Markup

from ..catalogue.markdown_body import headings
from ..catalogue.model import Catalogue
from ..extensions.codes import CodeContext, CodesExtension

EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
              "pymdownx.details", "pymdownx.superfences"]
_LINK = re.compile(r'<a href="([^"]*)"([^>]*)>(.*?)</a>', re.S)
_IMAGE = re.compile(r'(<img[^>]*\bsrc=")([^"]+)(")')
_TAG = re.compile(r"<[^>]+>")
_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d+[.)])\s")

UrlFor = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Section:
    """A level-2 section of a Markdown body: its heading and its text (without the heading)."""

    title: str
    anchor: str
    line: int
    text: str
    classes: tuple[str, ...] = ()  # the heading's classes, e.g. the poster marks `.praatplaat`


def sections(body: str, body_line: int) -> tuple[str, list[Section]]:
    """The text before the first level-2 heading, and each level-2 section after it."""
    lines = body.split("\n")
    starts = [h for h in headings(body, body_line) if h.level == 2]
    offsets = [h.line - body_line for h in starts]
    intro = "\n".join(lines[: offsets[0]] if offsets else lines)
    found = []
    for index, heading in enumerate(starts):
        end = offsets[index + 1] if index + 1 < len(offsets) else len(lines)
        found.append(Section(heading.title, heading.anchor, heading.line,
                             "\n".join(lines[offsets[index] + 1: end]).strip("\n"),
                             tuple(heading.attrs.get("class", ()))))
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


class LinkResolver:
    """Rewrites links of one source page to absolute web addresses and remembers them."""

    def __init__(self, src_uri: str, site_url: str, url_for: UrlFor, folder: Path | None = None,
                 catalogue: Catalogue | None = None):
        self.src_uri, self.site_url, self.url_for, self.folder = src_uri, site_url.rstrip("/") + "/", url_for, folder
        # [[…]] codes print as words (badges need the site's stylesheet): a plain code context.
        self.codes = CodeContext(catalogue, src_uri, plain=True) if catalogue else None
        self.cited: list[tuple[str, str]] = []

    def absolute(self, target: str) -> str | None:
        target = unescape(target)
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            return target
        path, _, anchor = target.partition("#")
        if not path:
            return None  # an anchor on the same page: printed pages have no use for it
        src = posixpath.normpath(posixpath.join(posixpath.dirname(self.src_uri), path))
        url = self.url_for(src)
        if url is None:
            return None
        return self.site_url + url.lstrip("/") + (f"#{anchor}" if anchor else "")

    def rewrite(self, html: str) -> str:
        def link(match: re.Match) -> str:
            url = self.absolute(match.group(1))
            text = match.group(3)
            if url is None:
                return text
            label = unescape(_TAG.sub("", text)).strip()
            if (label, url) not in self.cited:
                self.cited.append((label, url))
            return f'<a href="{_attr(url)}"{match.group(2)}>{text}</a>'

        def image(match: re.Match) -> str:
            src = unescape(match.group(2))
            if self.folder is None or re.match(r"^[a-z][a-z0-9+.-]*:", src):
                return match.group(0)
            return match.group(1) + _attr((self.folder / src).resolve().as_uri()) + match.group(3)

        return _IMAGE.sub(image, _LINK.sub(link, html))


def to_html(text: str, resolver: LinkResolver) -> Markup:
    """Markdown → HTML with the site's extensions, links made absolute."""
    codes = resolver.codes
    html = markdown.markdown(text, extensions=[*EXTENSIONS, CodesExtension(context=lambda: codes)],
                             extension_configs={"toc": {"permalink": False}})
    return Markup(resolver.rewrite(html))


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")
