"""Notices a page shows about its own status (illustrative text, unconfirmed figures)."""

from __future__ import annotations

from ..texts import text
from .common import indent


def voorbeeld_notice() -> str:
    """The admonition that says a text was written as an illustration."""
    return f'!!! info "{text("voorbeeldtekst")}"\n{indent(text("voorbeeldtekst_uitleg"))}\n\n'


def page_notices(markdown: str, meta: dict) -> str:
    """The page with the notices its front matter asks for (`voorbeeld: true`) under its title."""
    if meta.get("voorbeeld") is not True:
        return markdown
    body = markdown.lstrip("\n")
    if body.startswith("# "):
        title, _, rest = body.partition("\n")
        return f"{title}\n\n{voorbeeld_notice()}{rest.lstrip(chr(10))}"
    return voorbeeld_notice() + markdown


def unverified_notice() -> str:
    """The one status of figures that are not confirmed yet (the editors' note stays in the source)."""
    return f'!!! warning "{text("cijfers_nog_te_bevestigen")}"\n{indent(text("cijfers_nog_te_bevestigen_tekst"))}\n\n'
