"""Card decks: which cards a deck holds, and where each card goes on an office sheet.

Two kinds of cards: reflection cards (a question; on the back its explanation) of a guide or a
page such as the model, and toolkit cards (the approach's question; on the back the short answer,
the three figures and a QR code to the approach page). Every deck opens with a cover card and a
"Zo gebruik je deze kaarten" card (a short protocol for a team meeting), and a deck whose cards
show figures has a legend card; the question cards are numbered ("3 / 12") so a set can be
checked after use.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue.model import Approach, Card

CARDS_PER_SHEET = 4
# The cards in front of the question cards, in this order (a legend only where figures appear).
COVER, USE, LEGEND = "voorkaart", "gebruik", "legende"


@dataclass(frozen=True)
class DeckCard:
    """One question card with everything both of its sides show, and where its text comes from."""

    number: int
    vraag: str
    antwoord: str
    qr_url: str
    source: str
    line: int
    front_field: str
    back_field: str
    approach: Approach | None = None  # toolkit cards: title and figures on the back
    extra: str = ""  # '' for a question card


@dataclass(frozen=True)
class ExtraCard:
    """A cover, use or legend card: the deck says what it shows."""

    extra: str


@dataclass(frozen=True)
class Deck:
    """A deck of cards printed together; `kind` names one card ('Reflectiekaart', 'Toolkitkaart')."""

    name: str
    kind: str
    subject: str
    cards: tuple[DeckCard, ...]
    stamp: str
    url: str = ""  # the web page of the whole deck (the cover's QR code)
    source: str = ""  # the file that holds the deck's title (for messages about the extra cards)

    @property
    def toolkit(self) -> bool:
        return any(card.approach for card in self.cards)

    @property
    def extras(self) -> tuple[ExtraCard, ...]:
        kinds = (COVER, USE, LEGEND) if self.toolkit else (COVER, USE)
        return tuple(ExtraCard(kind) for kind in kinds)

    @property
    def all_cards(self) -> tuple[DeckCard | ExtraCard, ...]:
        """Every card in the order of the printed deck: extra cards first, then the numbered ones."""
        return self.extras + self.cards

    @property
    def unconfirmed(self) -> bool:
        """Some card shows figures that still have to be confirmed against the source."""
        return any(card.approach and not card.approach.geverifieerd for card in self.cards)


def reflection_cards(cards: tuple[Card, ...], source: str, page_url: str) -> tuple[DeckCard, ...]:
    """A guide's or page's reflection cards, each with the QR code to that page."""
    return tuple(DeckCard(n, c.vraag, c.antwoord, page_url, source, c.line,
                          f"reflectiekaarten[{n}].vraag", f"reflectiekaarten[{n}].toelichting")
                 for n, c in enumerate(cards, 1))


def toolkit_cards(approaches: tuple[Approach, ...], url_of: dict[str, str]) -> tuple[DeckCard, ...]:
    """A toolkit's cards in the toolkit's order, each with the QR code to its approach page."""
    return tuple(DeckCard(n, a.kaart.vraag, a.kaart.antwoord, url_of[a.src_uri], a.source, a.kaart.line,
                          "kaart.vraag", "kaart.antwoord", a)
                 for n, a in enumerate(approaches, 1))


def office_sheets(cards: tuple) -> list[tuple[list, list]]:
    """A4 sheets of four cards: fronts in reading order, backs mirrored left-right.

    Printed double-sided with "flip on long edge", a portrait sheet turns around its vertical
    axis, so the back of the card at top-left lies under the top-right position.
    """
    sheets = []
    for start in range(0, len(cards), CARDS_PER_SHEET):
        front: list = list(cards[start:start + CARDS_PER_SHEET])
        front += [None] * (CARDS_PER_SHEET - len(front))
        back = [front[1], front[0], front[3], front[2]]
        sheets.append((front, back))
    return sheets
