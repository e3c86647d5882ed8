"""What paper says: decks open with cover, use and legend cards; the guide is the editors' summary;
recommendations without a grade show the approaches they cite; Dutch quotes, a real italic, and
web addresses that break only after '/'."""

import dataclasses
import re
import subprocess

import pytest
from pypdf import PdfReader

from helpers import load
from leerpunt.catalogue import scales
from leerpunt.print.jobs import Checks, Job
from leerpunt.print.render import render
from leerpunt.print.templating import render_template, url_text
from leerpunt.print.typography import dutch_quotes
from leerpunt.texts import text
from pdftools import fonts, normalise, text_in
from test_safe_print import guide_pdf

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def built(small_build):
    root, site, _ = small_build
    return site / "materialen", load(root)


def test_every_deck_opens_with_cover_and_use_cards_and_toolkit_decks_with_a_legend(built):
    folder, catalogue = built
    guide, toolkit = catalogue.guides[0], catalogue.toolkits[0]
    for stem, title, count, legend in (
            ("leidraad-goede-feedback-reflectiekaarten", guide.titel, len(guide.reflectiekaarten), False),
            ("toolkit-kern-kaarten", toolkit.titel, len(toolkit.aanpakken), True)):
        pdf = folder / f"{stem}-drukkerij.pdf"
        cover = text_in(pdf, 1)
        assert title in cover and text("kaartenset").upper() in cover.upper()
        assert text("kaarten_aantal", aantal=count) in cover
        assert re.search(r"Versie \w+ \d{4} · [0-9a-f]{6}", text_in(pdf, 2))  # the version on the cover's back
        use = text_in(pdf, 3) + " " + text_in(pdf, 4)
        assert text("zo_gebruik_je") in use and "Wie." in use and "Hoe lang." in use and "Een kaart kiezen." in use
        third = text_in(pdf, 5)
        assert (text("legende") in third) is legend
        if legend:
            assert all(level.label in text_in(pdf, 6) for level in scales.kosten_levels())
        first_question = 2 * (3 if legend else 2) + 1
        assert f"1/{count}" in text_in(pdf, first_question)


def test_the_guide_pdf_is_titled_as_the_editors_summary(built):
    folder, catalogue = built
    cover = text_in(folder / "leidraad-goede-feedback.pdf", 1)
    assert "Samenvatting door de redactie" in cover


def _guide_html(catalogue, guide, cited):
    from leerpunt.print.documents import Meta
    from leerpunt.print.guide_items import Cited, GuideSources, guide_context, poster_context

    sources = GuideSources(guide, "https://leerpunt.example/leidraden/x/", "Versie november 2025 · abc123",
                           "https://leerpunt.example/", (), (), tuple(Cited.of(a) for a in cited))
    meta = Meta("t", "d", "k")
    return (render_template("guide.html.j2", **{k: v for k, v in guide_context(meta, sources).items() if k != "origins"}),
            render_template("poster-guide.html.j2", **poster_context(meta, sources)))


def test_a_recommendation_without_a_grade_shows_the_approaches_it_cites(built, tmp_path):
    _, catalogue = built
    guide = catalogue.guides[0]
    feedback = catalogue.approach("kern/feedback")
    ungraded = tuple(dataclasses.replace(r, bewijs="") for r in guide.aanbevelingen)
    official = dataclasses.replace(guide, aanbevelingen=ungraded, bron="https://example.org/officiele-leidraad/feedback")
    document, poster = _guide_html(catalogue, official, (feedback,))
    for html, pages in ((document, 0), (poster, 1)):
        result = render(Job("materialen/x.pdf", html, Checks(pages=pages)))
        assert result.errors == ()
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(result.pdf)
        printed = normalise(" ".join(p.extract_text() for p in PdfReader(pdf).pages))
        assert "steunt op deze aanpakken uit de toolkit" in printed.casefold()
        assert feedback.titel in printed and scales.kosten_level(feedback.kosten).headline in printed
        assert not any(level.label in printed for level in scales.aanbeveling_levels())  # no grade is invented
        assert "De officiële leidraad:" in printed and "example.org/officiele-leidraad/feedback" in printed.replace(" ", "")


def test_quotes_are_dutch_and_italics_use_a_real_italic_face(print_site, tmp_path):
    outcome, _ = guide_pdf(print_site, tmp_path, 'Een "goede" vraag is zo\'n *schuine* zaak.')
    [entry] = outcome.entries.values()
    printed = " ".join(p.extract_text() for p in PdfReader(entry.path).pages)
    assert "Een \u201cgoede\u201d vraag is zo\u2019n schuine zaak." in re.sub(r"\s+", " ", printed)
    assert any(font["name"].endswith("-Italic") for font in fonts(entry.path))  # the embedded oblique face
    assert dutch_quotes('Zie "dit" en \'dat\', zo\'n collega\'s.') == "Zie \u201cdit\u201d en \u2018dat\u2019, zo\u2019n collega\u2019s."


def test_web_addresses_break_only_after_a_slash(tmp_path):
    url = "https://leerpunt.example/toolkits/leren-en-lesgeven/metacognitie-zelfregulatie-leren-leren/"
    html = render_template("base.html.j2", title="t", description="d", keywords="k") .replace(
        "<body class=\"\">", f'<body><div class="url" style="width: 40mm; font-size: 9pt">{url_text(url)}</div>')
    result = render(Job("materialen/u.pdf", html))
    pdf = tmp_path / "u.pdf"
    pdf.write_bytes(result.pdf)
    lines = [line.strip() for line in subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                                     text=True, check=True).stdout.splitlines() if line.strip()]
    assert len(lines) > 1 and "".join(lines) == url.split("://", 1)[1]
    assert all(line.endswith("/") for line in lines[:-1]), lines
