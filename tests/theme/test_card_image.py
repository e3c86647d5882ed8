"""The card image of a shared link: 1200×630 PNG, every line inside the margins, nothing overlapping,
the wording of the figures taken from the scales (as the tiles word them)."""

import io

import pytest
from PIL import Image

from helpers import REPO, sources_for
from leerpunt import formatting
from leerpunt.catalogue import load_catalogue
from leerpunt.theme.card_image import HEIGHT, MARGIN, WIDTH, card_png, icon_png, layout
from leerpunt.theme.social import SocialCard, approach_card, guide_card, image_path, page_cards

SHORT = SocialCard("Leren en lesgeven", "Huiswerk", ("Impact: +5 maanden",), "Leerpunt kennisbank")
LONG = SocialCard("Een erg lange naam van een toolkit " * 4,
                  "Een titel die veel te lang is om op drie regels te passen, zelfs niet in de kleinste letter "
                  "die de kaart gebruikt, want ze blijft maar doorgaan met woorden als onderwijskwaliteitsverbetering",
                  tuple(f"Regel {n} met een uitleg die over meer dan één regel loopt als de kaart smal is" for n in range(9)),
                  "Leerpunt kennisbank")
UNBREAKABLE = SocialCard("", "X" * 300, ("Y" * 300,), "Z" * 200)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(sources_for(REPO))


def fits(lines) -> None:
    for line in lines:
        assert MARGIN <= line.x and line.x + line.width <= WIDTH - MARGIN, line
        assert 0 < line.y and line.y + line.height <= HEIGHT - MARGIN, line
    for above, below in zip(lines, lines[1:]):
        assert above.y + above.height <= below.y, (above, below)


@pytest.mark.parametrize("card", [SHORT, LONG, UNBREAKABLE], ids=["short", "long", "unbreakable"])
def test_every_line_fits_inside_the_margins_without_overlap(card):
    lines = layout(card)
    assert lines
    fits(lines)


@pytest.mark.parametrize("card", [SHORT, LONG], ids=["short", "long"])
def test_the_png_is_1200_by_630(card):
    image = Image.open(io.BytesIO(card_png(card)))
    assert (image.format, image.size) == ("PNG", (1200, 630))


def test_a_title_too_long_is_cut_with_an_ellipsis_and_a_short_one_is_whole():
    assert [line.text for line in layout(SHORT)][1] == "Huiswerk"
    texts = [line.text for line in layout(LONG)]
    assert any(text.endswith("…") for text in texts)
    assert texts[-1] == "Leerpunt kennisbank"  # the site's name always stays


def test_the_same_card_gives_the_same_bytes():
    assert card_png(SHORT) == card_png(SHORT)
    assert card_png(SHORT) != card_png(LONG)


def test_touch_icon_is_a_square_png():
    assert Image.open(io.BytesIO(icon_png(180))).size == (180, 180)


def test_approach_card_words_its_figures_as_the_tiles_do(catalogue):
    approach = catalogue.approaches[0]
    card = approach_card(approach, "Toolkit", "Site")
    assert card.title == approach.titel
    assert card.lines[:3] == (
        f"{formatting.scale_name('impact')}: {formatting.months_text(approach.impact)}",
        f"{formatting.scale_name('kosten')}: {formatting.level_text('kosten', approach.kosten)}",
        f"{formatting.scale_name('bewijssterkte')}: {formatting.level_text('bewijssterkte', approach.bewijssterkte)}")


def test_guide_card_counts_its_recommendations_and_names_the_first(catalogue):
    guide = max(catalogue.guides, key=lambda g: len(g.aanbevelingen))
    card = guide_card(guide, "Site")
    assert card.title == guide.titel
    assert str(len(guide.aanbevelingen)) in card.lines[0]
    assert card.lines[1] == f"1. {guide.aanbevelingen[0].titel}"
    fits(layout(card))


def test_every_approach_and_guide_has_a_card_at_its_own_path(catalogue):
    cards = page_cards(catalogue, "Site")
    assert set(cards) == {a.src_uri for a in catalogue.approaches} | {g.src_uri for g in catalogue.guides}
    paths = [image_path(uri) for uri in cards]
    assert len(set(paths)) == len(paths)
    for card in cards.values():
        fits(layout(card))
