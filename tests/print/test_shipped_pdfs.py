"""The shipped print set, from the session's one build of the real site (rendered at most once)."""

import math
import re

import pytest
from pypdf import PdfReader

from cards import BACK_QR, BACK_TEXT, QUESTION, back_text, extras, position, shop_region
from helpers import REPO, load
from leerpunt.print.decks import reflection_cards, toolkit_cards
from pdftools import normalise, qr_codes, text_in
from test_small_pdfs import link_texts

pytestmark = pytest.mark.build

SITE_URL = "https://leerpunt.example/"


@pytest.fixture(scope="module")
def shipped(shipped_build):
    site, output = shipped_build
    return site, load(REPO)


def shipped_decks(catalogue):
    for guide in catalogue.guides:
        url = f"{SITE_URL}leidraden/{guide.slug}/"
        yield f"leidraad-{guide.slug}-reflectiekaarten", guide.src_uri, reflection_cards(guide.reflectiekaarten, guide.source, url)
    for toolkit in catalogue.toolkits:
        urls = {a.src_uri: f"{SITE_URL}toolkits/{a.toolkit}/{a.slug}/" for a in toolkit.aanpakken}
        yield f"toolkit-{toolkit.slug}-kaarten", toolkit.src_uri, toolkit_cards(toolkit.aanpakken, urls)
    for page in catalogue.card_pages:
        yield "model-reflectiekaarten", page.src_uri, reflection_cards(page.reflectiekaarten, page.source, f"{SITE_URL}model/")


def expected_files(catalogue) -> dict[str, str]:
    """Every PDF the issue asks for → the page (html) that must link it."""
    files = {}
    for guide in catalogue.guides:
        page = f"leidraden/{guide.slug}/index.html"
        for suffix in ("-reflectiekaarten-kantoor", "-reflectiekaarten-drukkerij",
                       "-reflectiekaarten-drukkerij-zonder-snijtekens", "-poster", ""):
            files[f"leidraad-{guide.slug}{suffix}.pdf"] = page
    for toolkit in catalogue.toolkits:
        page = f"toolkits/{toolkit.slug}/index.html"
        for suffix in ("-kaarten-kantoor", "-kaarten-drukkerij", "-kaarten-drukkerij-zonder-snijtekens", "-wandplaat",
                       "-wandplaat-a4"):
            files[f"toolkit-{toolkit.slug}{suffix}.pdf"] = page
    for suffix in ("-reflectiekaarten-kantoor", "-reflectiekaarten-drukkerij", "-reflectiekaarten-drukkerij-zonder-snijtekens",
                   "-praatplaat", "-bureaukaart"):
        files[f"model{suffix}.pdf"] = "model/index.html"
    return files


def test_the_whole_print_set_is_built_and_linked(shipped):
    site, catalogue = shipped
    files = expected_files(catalogue)
    assert sorted(p.name for p in (site / "materialen").glob("*.pdf")) == sorted(files)
    materials = (site / "materialen" / "index.html").read_text("utf-8")
    listed = link_texts(materials)
    for name, page in files.items():
        pages = len(PdfReader(site / "materialen" / name).pages)
        assert re.match(rf"pdf, {pages} pagina", listed[name]), name
        assert name in link_texts((site / page).read_text("utf-8")), (name, page)
    order = [materials.index(f">{title}<") for title in ("Leidraden", "Toolkits", "Model en andere pagina's")]
    assert order == sorted(order)


def test_every_shipped_card_is_printed_with_its_source_text_and_qr_code(shipped):
    site, catalogue = shipped
    for stem, _, deck in shipped_decks(catalogue):
        shop = site / "materialen" / f"{stem}-drukkerij.pdf"
        office = site / "materialen" / f"{stem}-kantoor.pdf"
        assert len(PdfReader(shop).pages) == 2 * (extras(deck) + len(deck)), stem
        assert len(PdfReader(office).pages) == 2 * math.ceil((extras(deck) + len(deck)) / 4), stem
        for card in deck:
            at = position(card, deck)
            assert text_in(shop, 2 * at - 1, shop_region(QUESTION)) == normalise(card.vraag), (stem, card.number)
            assert text_in(shop, 2 * at, shop_region(BACK_TEXT)) == back_text(card, len(deck)), (stem, card.number)
        first = deck[0]
        assert qr_codes(shop, 2 * position(first, deck), shop_region(BACK_QR)) == [first.qr_url], stem


def test_posters_and_guides_point_to_their_page(shipped):
    site, catalogue = shipped
    folder = site / "materialen"
    for guide in catalogue.guides:
        url = f"{SITE_URL}leidraden/{guide.slug}/"
        assert qr_codes(folder / f"leidraad-{guide.slug}.pdf", 1) == [url]
        assert qr_codes(folder / f"leidraad-{guide.slug}-poster.pdf", 1, dpi=200) == [url]
        text = normalise(" ".join(p.extract_text() for p in PdfReader(folder / f"leidraad-{guide.slug}.pdf").pages))
        for part in [r.titel for r in guide.aanbevelingen] + ["Inhoud", "Reflectievragen", "Bronnen"]:
            assert part in text, (guide.slug, part)
    for toolkit in catalogue.toolkits:
        for suffix in ("", "-a4"):
            wall = folder / f"toolkit-{toolkit.slug}-wandplaat{suffix}.pdf"
            assert qr_codes(wall, 1, dpi=200) == [f"{SITE_URL}toolkits/{toolkit.slug}/"]
            # Compared without spaces and hyphens: pdftotext joins a title broken after a hyphen ('Eén-op-' / 'één…').
            text = re.sub(r"[\s-]", "", "".join(text_in(wall, page) for page in range(1, len(PdfReader(wall).pages) + 1)))
            assert all(re.sub(r"[\s-]", "", normalise(a.titel)) in text for a in toolkit.aanpakken), toolkit.slug
