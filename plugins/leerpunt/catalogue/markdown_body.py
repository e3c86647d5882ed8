"""Read the structure editors put in Markdown bodies: headings, recommendation attributes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder
from markdown.extensions.toc import slugify

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# An attribute list that was opened and never closed: attr_list leaves it as text in the heading.
_UNCLOSED = re.compile(r"\s\{:?[ ]*[#.\w][^}]*$")


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    anchor: str
    attrs: dict
    line: int  # line in the file
    unclosed: bool = False  # '{ ...' without its '}': attr_list would show it as text


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
        title, attrs = split_attrs(match.group(2))
        anchor = attrs.pop("id", "") or slugify(title, "-")
        found.append(Heading(len(match.group(1)), title, anchor, attrs, first_line + offset,
                             bool(_UNCLOSED.search(title))))
    return found


def split_attrs(text: str) -> tuple[str, dict]:
    """A heading's text and its attribute list, read as Python-Markdown's attr_list reads it."""
    match = AttrListTreeprocessor.HEADER_RE.search(text)
    if not match:
        return text, {}
    pairs, remainder = get_attrs_and_remainder(match.group(1))
    if remainder:  # attr_list leaves a list with a stray '}' as text
        return text, {}
    attrs: dict = {}
    for name, value in pairs:
        if name == ".":
            attrs.setdefault("class", []).append(value)
        else:
            attrs[name] = value if value is not None else ""
    return text[:match.start()], attrs
