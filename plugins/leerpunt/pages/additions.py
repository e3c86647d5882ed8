"""What the site adds to a free page that an editor wrote: the knowledge agenda's table, reflection cards."""

from __future__ import annotations

from ..catalogue.model import Catalogue
from .cards import reflection_cards_section
from .kennisagenda import agenda_section


def page_additions(catalogue: Catalogue, src_uri: str, agenda_page: str) -> str:
    """The Markdown appended to the free page at src_uri ('' for most pages)."""
    parts = []
    if catalogue.kennisagenda and src_uri == agenda_page:
        parts.append(agenda_section(catalogue.kennisagenda, catalogue, src_uri))
    card_page = catalogue.card_page(src_uri)
    if card_page:
        parts.append(reflection_cards_section(card_page.reflectiekaarten, "deze pagina"))
    return "".join(parts)
