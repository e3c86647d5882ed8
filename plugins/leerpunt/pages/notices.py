"""Notices a page shows about its own status (illustrative text, unconfirmed figures)."""

from __future__ import annotations

from .common import indent

VOORBEELD = ('!!! info "Voorbeeldtekst"\n'
             "    Deze tekst is door het projectteam geschreven ter illustratie. Het is (nog) geen "
             "officiële tekst van Leerpunt.\n\n")


def page_notices(markdown: str, meta: dict) -> str:
    """The page with the notices its front matter asks for (`voorbeeld: true`) under its title."""
    if meta.get("voorbeeld") is not True:
        return markdown
    body = markdown.lstrip("\n")
    if body.startswith("# "):
        title, _, rest = body.partition("\n")
        return f"{title}\n\n{VOORBEELD}{rest.lstrip(chr(10))}"
    return VOORBEELD + markdown


def unverified_notice(detail: str) -> str:
    text = "De cijfers op deze pagina moeten nog bevestigd worden tegen de bron."
    if detail:
        text += " " + detail
    return f'!!! warning "Cijfers nog te bevestigen"\n{indent(text)}\n\n'
