"""'Stel je eigen kaartenset samen' printed from Debian Chromium: A4 pages, four cards a sheet,
each back behind its front for long-edge duplex, the choice kept in the address, no axe violations."""

import math

import pytest
from pypdf import PdfReader

from helpers import REPO, load
from leerpunt.print.card_set import set_decks
from leerpunt.print.documents import Settings

from print.pdftools import normalise, text_in  # the print tests' PDF readers

from .conftest import axe_violations

pytestmark = pytest.mark.browser

CELLS = ((0, 0), (105, 0), (0, 148.5), (105, 148.5))
MIRROR = (1, 0, 3, 2)


@pytest.fixture(scope="module")
def served(shipped_url):
    return shipped_url + "materialen/kaartenset/", load(REPO)


def offered(catalogue):
    """Every card the page offers, in page order (the settings only shape the QR addresses)."""
    settings = Settings("https://leerpunt.example/", lambda src: src, None)
    return [card for deck in set_decks(catalogue, settings) for card in deck.cards]


def test_a_chosen_set_prints_four_up_with_each_back_behind_its_front(served, browser, tmp_path):
    url, catalogue = served
    cards = offered(catalogue)
    chosen = cards[:5] if len(cards) >= 5 else cards
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url + "?kaarten=" + ",".join(card.id for card in chosen))
    sheets = math.ceil(len(chosen) / 4)
    assert page.locator("#lp-set-status").inner_text().startswith(f"{len(chosen)} kaarten gekozen: {sheets}")
    pdf = tmp_path / "set.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    assert errors == []
    pages = PdfReader(pdf).pages
    assert len(pages) == 2 * sheets
    for sheet in pages:
        assert (round(float(sheet.mediabox.width) / 72 * 25.4), round(float(sheet.mediabox.height) / 72 * 25.4)) == (210, 297)
    for index, card in enumerate(chosen):
        sheet, cell = divmod(index, 4)
        x, y = CELLS[cell]
        front = text_in(pdf, 2 * sheet + 1, (x, y, 105, 148.5))
        assert normalise(card.vraag) in front, (card.id, front)
        assert f"{index + 1}/{len(chosen)}" in front
        bx, by = CELLS[MIRROR[cell]]  # long-edge duplex: the back lies under the mirrored cell
        back = text_in(pdf, 2 * sheet + 2, (bx, by, 105, 148.5))
        assert normalise(card.antwoord or card.vraag)[:40] in back, (card.id, back)
        for other in range(4):  # and nowhere else on that side
            if other != MIRROR[cell]:
                ox, oy = CELLS[other]
                assert normalise(card.antwoord or card.vraag)[:40] not in text_in(pdf, 2 * sheet + 2, (ox, oy, 105, 148.5))


def test_ticking_a_card_puts_the_choice_in_the_address_and_a_theme_chooses_its_cards(served, browser):
    url, catalogue = served
    cards = offered(catalogue)
    page = browser.new_page()
    page.goto(url)
    page.locator(f'input[value="{cards[0].id}"]').check()
    assert f"kaarten={cards[0].id}" in page.url.replace("%3A", ":").replace("%2F", "/").replace("%2C", ",")
    themed = next(card for card in cards if card.themas)
    page.goto(url + f"?thema={themed.themas[0]}")
    checked = page.eval_on_selector_all('input[name="kaart"]:checked', "els => els.map(e => e.value)")
    assert checked == [card.id for card in cards if themed.themas[0] in card.themas]
    page.close()


def test_the_card_set_page_has_no_axe_violations(served, browser):
    url, _ = served
    page = browser.new_page()
    page.goto(url + "?thema=feedback-en-evaluatie")
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in axe_violations(page)] == []
    page.close()
