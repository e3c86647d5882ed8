"""The print mechanics without MkDocs: sheets, stamps, sizes, overflow, cache keys."""

import dataclasses

import pytest

from helpers import FIXTURES, load
from leerpunt.catalogue import ContentError
from leerpunt.print.decks import Deck, office_sheets, reflection_cards
from leerpunt.print.downloads import size_text
from leerpunt.print.jobs import Checks, Job
from leerpunt.print.render import render
from leerpunt.print.stamp import fallback_date, newest, stamp_text
from leerpunt.print.templating import render_template


def cards(n):
    return reflection_cards(tuple(load(FIXTURES / "valid").guides[0].reflectiekaarten) * n, "x.md", "https://x/")[:n]


def test_office_backs_are_mirrored_for_long_edge_duplex():
    deck = cards(6)
    sheets = office_sheets(deck)
    assert len(sheets) == 2
    front, back = sheets[0]
    assert [c.number for c in front] == [1, 2, 3, 4]
    assert [c.number for c in back] == [2, 1, 4, 3]
    front, back = sheets[1]
    assert [c and c.number for c in front] == [5, 6, None, None]
    assert [c and c.number for c in back] == [6, 5, None, None]


def test_reflection_cards_name_their_source_fields():
    card = cards(2)[1]
    assert (card.number, card.front_field, card.back_field) == (2, "reflectiekaarten[2].vraag", "reflectiekaarten[2].toelichting")


def test_stamp_is_the_content_date_never_now():
    catalogue = load(FIXTURES / "valid")
    assert newest(["2025-02", "2025-11", "", "2025-09-30"]) == "2025-11"
    assert fallback_date(catalogue, {}) == "2025-11"  # the newest date in the content
    assert fallback_date(catalogue, {"SOURCE_DATE_EPOCH": "1767225600"}) == "2026-01-01"
    assert stamp_text("2025-11", "abc123") == "Versie november 2025 · abc123"
    assert stamp_text("", "abc123", voorbeeld=True) == "Versie abc123 · voorbeeldtekst"


@pytest.mark.parametrize(("size", "text"), [(850, "1 kB"), (85_400, "85 kB"), (1_234_567, "1,2 MB")])
def test_sizes_read_the_flemish_way(size, text):
    assert size_text(size) == text


def _deck_job(card, variant="shop"):
    deck = Deck("test", "Reflectiekaart", "Goede feedback", (card,), "Versie november 2025 · abc123")
    html = render_template("deck.html.j2", deck=deck, variant=variant, sheets=office_sheets(deck.all_cards),
                           title="t", description="d", keywords="k")
    return Job("materialen/test.pdf", html, Checks(bleed_mm=3.0 if variant == "shop" else 0.0))


@pytest.mark.parametrize("variant", ["shop", "office"])
def test_overflowing_card_is_an_error_naming_card_and_line(variant):
    card = dataclasses.replace(cards(1)[0], antwoord=" ".join(["WWWWWWW"] * 80), source="leidraden/x/index.md", line=12)
    result = render(_deck_job(card, variant))
    assert result.pdf is None
    [error] = result.errors
    assert isinstance(error, ContentError)
    assert (error.file, error.line, error.field) == ("leidraden/x/index.md", 12, "reflectiekaarten[1].toelichting")
    assert error.expected == "tekst die past op een kaart van A6 (105 × 148 mm)"
    assert error.found.endswith(" mm te veel tekst op de achterkant van reflectiekaart 1 ('Wanneer gaf jij vandaag feedback?')")
    assert str(error).startswith("leidraden/x/index.md:12: veld 'reflectiekaarten[1].toelichting': verwacht tekst die "
                                 "past op een kaart van A6 (105 × 148 mm); gevonden: ")


def test_a_card_that_fits_renders():
    result = render(_deck_job(cards(1)[0]))
    assert result.errors == () and result.pdf.startswith(b"%PDF") and result.pages == 2 * 3  # cover, use, the card


def test_a_poster_that_needs_two_pages_is_an_error():
    html = "<html><body>" + "<p style='height: 200mm'>x</p>" * 3 + "</body></html>"
    result = render(Job("materialen/p.pdf", html, Checks(pages=1, source="toolkits/kern/toolkit.yml", what="de wandplaat")))
    assert result.pdf is None
    assert [str(e) for e in result.errors] == [
        "toolkits/kern/toolkit.yml: verwacht de wandplaat op één pagina; gevonden: 3 pagina's: er staat te veel tekst op"]


def poster_items(root):
    from leerpunt.print import Settings, print_set
    catalogue = load(root)
    items, errors = print_set(catalogue, Settings("https://x/", lambda src: "/" + src, root))
    return {item.download.path for item in items if "model" in item.download.path}, errors, catalogue


def test_poster_sections_are_marked_on_their_headings(print_site):
    paths, errors, _ = poster_items(print_site)
    assert errors == []
    assert {"materialen/model-praatplaat.pdf", "materialen/model-bureaukaart.pdf"} <= paths


def test_a_bureaukaart_needs_both_sides(print_site):
    page = print_site / "content/model/index.md"
    page.write_text(page.read_text("utf-8").replace(" .bureaukaart-achterkant }", " }"), "utf-8")
    paths, errors, _ = poster_items(print_site)
    assert "materialen/model-bureaukaart.pdf" not in paths
    assert [str(e) for e in errors] == [
        "content/model/index.md:10: verwacht ook een sectie met '.bureaukaart-achterkant' (een bureaukaart heeft "
        "een voor- en een achterkant); gevonden: alleen secties voor de andere kant"]


def test_a_misspelled_poster_mark_is_a_content_error(print_site):
    page = print_site / "content/model/index.md"
    page.write_text(page.read_text("utf-8").replace("{ .praatplaat .bureaukaart-voorkant }",
                                                    "{ .praatplat .bureaukaart-voorkant }"), "utf-8")
    catalogue = load(print_site)
    assert [str(e) for e in catalogue.errors] == [
        "content/model/index.md:15: veld '.praatplat': verwacht een van de posterlabels '.praatplaat', "
        "'.bureaukaart-voorkant', '.bureaukaart-achterkant' (bedoel je '.praatplaat'?); gevonden: '.praatplat'"]
