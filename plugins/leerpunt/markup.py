"""Escaping text from front matter for use inside Markdown."""

from __future__ import annotations


def md_escape(text: str) -> str:
    """Escape text from front matter for use inside Markdown (links, tables)."""
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text
