"""Read the structure editors put in Markdown bodies: headings, recommendation attributes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown.extensions.toc import slugify

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ATTR_LIST = re.compile(r"^(.*?)\s*\{:?\s*([^}]*)\}\s*$")
_ATTR = re.compile(r"""#([\w-]+)|\.([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))""")


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    anchor: str
    attrs: dict
    line: int  # line in the file


def headings(body: str, first_line: int) -> list[Heading]:
    """ATX headings outside fenced code, with their attr_list attributes and anchors."""
    found: list[Heading] = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _HEADING.match(line)
        if not match:
            continue
        title, attrs = _split_attrs(match.group(2))
        anchor = attrs.pop("id", "") or slugify(title, "-")
        found.append(Heading(len(match.group(1)), title, anchor, attrs, first_line + offset))
    return found


def _split_attrs(text: str) -> tuple[str, dict]:
    match = _ATTR_LIST.match(text)
    if not match:
        return text, {}
    attrs: dict = {}
    for token in _ATTR.finditer(match.group(2)):
        if token.group(1):
            attrs["id"] = token.group(1)
        elif token.group(2):
            attrs.setdefault("class", []).append(token.group(2))
        else:
            attrs[token.group(3)] = next(v for v in token.group(4, 5, 6) if v is not None)
    return match.group(1), attrs
