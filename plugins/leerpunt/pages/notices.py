"""Notices a page shows about its own status (illustrative text, unconfirmed figures)."""

from __future__ import annotations

from .common import indent

VOORBEELD = ('!!! info "Voorbeeldtekst"\n'
             "    Deze tekst is door het projectteam geschreven ter illustratie. Het is (nog) geen "
             "officiële tekst van Leerpunt.\n\n")


def page_notices(meta: dict) -> str:
    """Markdown to put at the top of any page whose front matter says `voorbeeld: true`."""
    return VOORBEELD if meta.get("voorbeeld") is True else ""


def unverified_notice(detail: str) -> str:
    text = "De cijfers op deze pagina moeten nog bevestigd worden tegen de bron."
    if detail:
        text += " " + detail
    return f'!!! warning "Cijfers nog te bevestigen"\n{indent(text)}\n\n'
