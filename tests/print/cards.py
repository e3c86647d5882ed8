"""Where a card's texts and QR code sit, and what they must say: one place for all print tests."""

from __future__ import annotations

from leerpunt.catalogue import scales
from leerpunt.formatting import months_figure as months
from leerpunt.texts import text

from pdftools import normalise

SHOP_MARGIN = 10  # mm of bleed + crop-mark area around a print-shop card
QUESTION = (11, 50, 83, 76)  # x, y, w, h in mm from the card's top-left corner
BACK_TEXT = (11, 10, 83, 96)
BACK_QR = (7, 109, 31, 32)
OFFICE_CELLS = ((0, 0.25), (105, 0.25), (0, 148.75), (105, 148.75))


def shop_region(region):
    x, y, w, h = region
    return (x + SHOP_MARGIN, y + SHOP_MARGIN, w, h)


def office_region(cell: int, region):
    x, y, w, h = region
    dx, dy = OFFICE_CELLS[cell]
    return (x + dx, y + dy, w, h)


def back_text(card, total: int) -> str:
    """What the back of a card must read, from its source fields and the scale labels."""
    if card.approach is None:
        return normalise(f"REFLECTIEKAART {card.number}/{total} {card.vraag} {card.antwoord}")
    a = card.approach
    impact = scales.scale_title("impact").replace(" (maanden)", "").upper()
    status = "" if a.geverifieerd else text("cijfers_nog_te_bevestigen") + " "
    return normalise(
        f"TOOLKITKAART {card.number}/{total} {a.titel} {impact} {months(a.impact)} {scales.impact_level(a.impact).label} "
        f"{scales.scale_title('kosten').upper()} {scales.kosten_level(a.kosten).label} ({a.kosten} van 5) "
        f"{scales.scale_title('bewijssterkte').upper()} {scales.bewijssterkte_level(a.bewijssterkte).label} "
        f"({a.bewijssterkte} van 5) {status}{card.antwoord}")


def extras(deck_cards) -> int:
    """How many cards open a deck before its question cards: cover and use, and a legend for toolkit cards."""
    return 3 if any(card.approach for card in deck_cards) else 2


def position(card, deck_cards) -> int:
    """A question card's place in the printed deck (1-based), after the cover, use and legend cards."""
    return extras(deck_cards) + card.number
