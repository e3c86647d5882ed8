"""Escaping text from front matter for use inside Markdown."""

from __future__ import annotations

# Python-Markdown honours a backslash before these; '<', '>', '&' and '|' are written as
# character references instead (a backslash before them would show: '\<').
_BACKSLASHED = "\\`*_[]"
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}


def md_escape(text: str) -> str:
    """Text from front matter as literal text inside Markdown (links, tables, lists): no markup,
    no HTML, no table cells broken by '|'."""
    text = "".join(_ENTITIES.get(char, char) for char in text)
    for char in _BACKSLASHED:
        text = text.replace(char, "\\" + char)
    return text
