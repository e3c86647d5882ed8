"""The reflection cards of a guide or page, as a section on the web page."""

from __future__ import annotations

from ..catalogue.model import Card
from .common import md_escape


def reflection_cards_section(cards: tuple[Card, ...], subject: str) -> str:
    items = []
    for n, card in enumerate(cards, 1):
        item = f"{n}. **{md_escape(card.vraag)}**"
        if card.antwoord:
            item += f"  \n   {md_escape(card.antwoord)}"
        items.append(item)
    return ("## Reflectiekaarten { #reflectiekaarten }\n\n"
            f"Vragen om samen met je team over {subject} in gesprek te gaan.\n\n" + "\n".join(items) + "\n\n")
