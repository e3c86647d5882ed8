"""Notices a page shows about its own status (illustrative text, unconfirmed figures)."""

from __future__ import annotations

import re

from ..texts import text
from .common import indent


def voorbeeld_notice() -> str:
    """The admonition that says a text was written as an illustration."""
    return f'!!! info "{text("voorbeeldtekst")}"\n{indent(text("voorbeeldtekst_uitleg"))}\n\n'


def page_notices(markdown: str, meta: dict) -> str:
    """The page with the notices its front matter asks for (`voorbeeld: true`) under its title."""
    if meta.get("voorbeeld") is not True:
        return markdown
    return under_title(markdown, voorbeeld_notice())


def under_title(markdown: str, block: str) -> str:
    """The page with a block right under its '# Title' line (or at the top when it has none); generated
    pages open with breadcrumbs first."""
    title = re.search(r"^# .*$", markdown, re.M)
    if title:
        return f"{markdown[:title.end()]}\n\n{block}{markdown[title.end():].lstrip(chr(10))}"
    return block + markdown
