"""The PDFs of a small project, built with MkDocs: files, links, boxes, cards, QR codes, fonts, colour."""

import math
import re
from html import unescape

import pytest
from pypdf import PdfReader

from cards import BACK_QR, BACK_TEXT, QUESTION, back_text, extras, office_region, position, shop_region
from helpers import load
from leerpunt.print.decks import reflection_cards, toolkit_cards
from pdftools import A3, A4, A6, box_mm, fonts, normalise, page_sizes, picture, qr_codes, text_in

pytestmark = pytest.mark.build

SITE_URL = "https://leerpunt.example/"
EXPECTED = {
    "leidraad-goede-feedback-reflectiekaarten-kantoor.pdf": "leidraden/goede-feedback/index.html",
    "leidraad-goede-feedback-reflectiekaarten-drukkerij.pdf": "leidraden/goede-feedback/index.html",
    "leidraad-goede-feedback-reflectiekaarten-drukkerij-zonder-snijtekens.pdf": "leidraden/goede-feedback/index.html",
    "leidraad-goede-feedback-poster.pdf": "leidraden/goede-feedback/index.html",
    "leidraad-goede-feedback.pdf": "leidraden/goede-feedback/index.html",
    "toolkit-kern-kaarten-kantoor.pdf": "toolkits/kern/index.html",
    "toolkit-kern-kaarten-drukkerij.pdf": "toolkits/kern/index.html",
    "toolkit-kern-kaarten-drukkerij-zonder-snijtekens.pdf": "toolkits/kern/index.html",
    "toolkit-kern-wandplaat.pdf": "toolkits/kern/index.html",
    "toolkit-kern-wandplaat-a4.pdf": "toolkits/kern/index.html",
    "model-reflectiekaarten-kantoor.pdf": "model/index.html",
    "model-reflectiekaarten-drukkerij.pdf": "model/index.html",
    "model-reflectiekaarten-drukkerij-zonder-snijtekens.pdf": "model/index.html",
    "model-praatplaat.pdf": "model/index.html",
    "model-bureaukaart.pdf": "model/index.html",
}


@pytest.fixture(scope="module")
def built(small_build):
    root, site, output = small_build
    return root, site / "materialen", load(root)


def decks(catalogue):
    """(file stem, cards) of every deck, its cards as the print set numbers them."""
    guide, toolkit, model = catalogue.guides[0], catalogue.toolkits[0], catalogue.card_pages[0]
    urls = {a.src_uri: f"{SITE_URL}toolkits/kern/{a.slug}/" for a in toolkit.aanpakken}
    return [("leidraad-goede-feedback-reflectiekaarten", reflection_cards(guide.reflectiekaarten, guide.source, f"{SITE_URL}leidraden/goede-feedback/")),
            ("toolkit-kern-kaarten", toolkit_cards(toolkit.aanpakken, urls)),
            ("model-reflectiekaarten", reflection_cards(model.reflectiekaarten, model.source, f"{SITE_URL}model/"))]


def link_texts(html: str) -> dict[str, str]:
    """href → the text after the link up to the end of the list item (where size and pages are)."""
    found = {}
    for match in re.finditer(r'<a href="([^"]+\.pdf)">.*?</a>(.*?)</li>', html, re.S):
        found[match.group(1).rsplit("/", 1)[-1]] = normalise(unescape(re.sub(r"<[^>]+>", " ", match.group(2))))
    return found


def test_every_item_exists_and_is_linked_with_size_and_pages(small_build, built):
    _, site, _ = small_build
    _, folder, _ = built
    assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(EXPECTED)
    materials = link_texts((site / "materialen" / "index.html").read_text("utf-8"))
    assert sorted(materials) == sorted(EXPECTED)
    for name, page in EXPECTED.items():
        pdf = folder / name
        pages = len(PdfReader(pdf).pages)
        size = f"{max(1, round(pdf.stat().st_size / 1000))} kB"
        expected = f"pdf, {pages} {'pagina' if pages == 1 else 'pagina' + chr(39) + 's'}, {size}"
        assert materials[name].startswith(expected), (name, materials[name])
        on_page = link_texts((site / page).read_text("utf-8"))
        assert on_page[name].startswith(expected), (name, page)


def test_page_sizes_and_print_boxes(built):
    _, folder, _ = built
    for name in EXPECTED:
        pdf = folder / name
        sizes = set(page_sizes(pdf))
        if "kantoor" in name or name in ("leidraad-goede-feedback.pdf", "model-bureaukaart.pdf"):
            assert sizes == {A4}, name
        elif "drukkerij" in name:
            assert sizes == {A6}, name
        elif "wandplaat-a4" in name:
            assert sizes == {(A4[1], A4[0])}, name
        elif "wandplaat" in name:
            assert sizes == {(A3[1], A3[0])}, name
        else:
            assert sizes == {A3}, name
        for page in PdfReader(pdf).pages:
            trim = box_mm(page, "trimbox")
            if "zonder-snijtekens" in name:  # 3 mm bleed and no room for marks
                assert box_mm(page, "bleedbox") == (trim[0] - 3, trim[1] - 3, trim[2] + 6, trim[3] + 6), name
                assert box_mm(page, "mediabox") == box_mm(page, "bleedbox"), name
            elif "drukkerij" in name:  # 3 mm bleed, then 7 mm more for the crop marks
                assert box_mm(page, "bleedbox") == (trim[0] - 3, trim[1] - 3, trim[2] + 6, trim[3] + 6), name
                assert box_mm(page, "mediabox") == (trim[0] - 10, trim[1] - 10, trim[2] + 20, trim[3] + 20), name
            else:
                assert box_mm(page, "bleedbox") == trim == box_mm(page, "mediabox"), name


def test_print_shop_decks_alternate_front_and_back_with_the_source_text(built):
    _, folder, catalogue = built
    for stem, deck in decks(catalogue):
        pdf = folder / f"{stem}-drukkerij.pdf"
        assert len(PdfReader(pdf).pages) == 2 * (extras(deck) + len(deck)), stem
        for card in deck:
            front, back = 2 * position(card, deck) - 1, 2 * position(card, deck)
            assert text_in(pdf, front, shop_region(QUESTION)) == normalise(card.vraag), (stem, card.number)
            assert text_in(pdf, back, shop_region(BACK_TEXT)) == back_text(card, len(deck)), (stem, card.number)


def test_office_decks_put_four_cards_a_sheet_and_mirror_the_backs(built):
    _, folder, catalogue = built
    for stem, deck in decks(catalogue):
        pdf = folder / f"{stem}-kantoor.pdf"
        assert len(PdfReader(pdf).pages) == 2 * math.ceil((extras(deck) + len(deck)) / 4), stem
        for card in deck:
            sheet, cell = divmod(position(card, deck) - 1, 4)
            mirrored = (1, 0, 3, 2)[cell]  # long-edge duplex: the back lies under the mirrored cell
            assert text_in(pdf, 2 * sheet + 1, office_region(cell, QUESTION)) == normalise(card.vraag)
            assert text_in(pdf, 2 * sheet + 2, office_region(mirrored, BACK_TEXT)) == back_text(card, len(deck))


def test_qr_codes_lead_to_the_page_of_the_item(built):
    _, folder, catalogue = built
    for stem, deck in decks(catalogue):
        for card in deck:
            assert qr_codes(folder / f"{stem}-drukkerij.pdf", 2 * position(card, deck), shop_region(BACK_QR)) == [card.qr_url]
        office = folder / f"{stem}-kantoor.pdf"
        on_first_sheet = 4 - extras(deck)  # the cover, use and legend cards point to the deck's page
        assert set(qr_codes(office, 2)) >= {card.qr_url for card in deck[:on_first_sheet]}
    assert qr_codes(folder / "leidraad-goede-feedback.pdf", 1) == [f"{SITE_URL}leidraden/goede-feedback/"]
    assert qr_codes(folder / "leidraad-goede-feedback-poster.pdf", 1, dpi=200) == [f"{SITE_URL}leidraden/goede-feedback/"]
    assert qr_codes(folder / "toolkit-kern-wandplaat.pdf", 1, dpi=200) == [f"{SITE_URL}toolkits/kern/"]
    for name in ("model-praatplaat.pdf", "model-bureaukaart.pdf"):
        assert qr_codes(folder / name, 1, dpi=200) == [f"{SITE_URL}model/"], name


def test_every_item_carries_a_version_stamp(built):
    _, folder, _ = built
    for name in EXPECTED:
        pages = len(PdfReader(folder / name).pages)
        stamped = [text_in(folder / name, p) for p in range(1, pages + 1)]
        assert any(re.search(r"Versie (september|november) 2025 · [0-9a-f]{6}", text) for text in stamped), name


def test_fonts_are_embedded_and_text_is_extractable(built):
    _, folder, catalogue = built
    for name in EXPECTED:
        listed = fonts(folder / name)
        assert listed and all(f["emb"] == "yes" and f["uni"] == "yes" for f in listed), (name, listed)
    guide = folder / "leidraad-goede-feedback.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(guide).pages)
    for recommendation in catalogue.guides[0].aanbevelingen:
        assert recommendation.titel in normalise(text)


def test_office_cards_keep_colour_away_from_the_cuts(built):
    """Only white and the grey cut guides within 4 mm of a cut or the sheet edge."""
    _, folder, _ = built
    for name in ("leidraad-goede-feedback-reflectiekaarten-kantoor.pdf", "toolkit-kern-kaarten-kantoor.pdf"):
        for page in (1, 2):
            image = picture(folder / name, page, dpi=50)
            px = image.width / 210
            strips = [(0, 4), (101, 109), (206, 210)]
            coloured = [
                (x, y) for x in range(image.width) for y in range(image.height)
                if (any(a * px <= x < b * px for a, b in strips) or any(a * px <= y < b * px for a, b in ((0, 4), (144.5, 152.5), (293, 297))))
                and max(image.getpixel((x, y))) - min(image.getpixel((x, y))) > 40]
            assert coloured == [], (name, page, coloured[:5])


def test_print_shop_crop_marks_stay_visible(built):
    """Dark marks on the trim lines outside the bleed, on every page (front and back)."""
    _, folder, _ = built
    pdf = folder / "toolkit-kern-kaarten-drukkerij.pdf"
    for page in (1, 2):
        image = picture(pdf, page, dpi=200)
        px = 200 / 25.4
        for x_mm, y_mm in ((3.5, 10), (10, 3.5), (121.5, 158), (115, 164.5)):  # one point on each of four marks
            x, y = round(x_mm * px), round(y_mm * px)
            darkest = min(sum(image.getpixel((x + dx, y + dy))) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
            assert darkest < 300, (page, x_mm, y_mm)
