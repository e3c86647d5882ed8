"""Builds the shipped site in strict mode and checks what a teacher would look for on it."""

import re
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import REPO, sources_for
from leerpunt.catalogue import load_catalogue, scales
from leerpunt.formatting import signed_months
from leerpunt.project import load_settings
from leerpunt.texts import text as text_value


pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def built(shipped_build):
    return shipped_build


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(sources_for(REPO))


def text_of(path: Path) -> str:
    """The page's visible text, roughly: tags removed, entities decoded, spaces collapsed."""
    html = path.read_text("utf-8")
    html = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(?:p|div|li|ul|ol|br|h[1-6]|td|th|tr|table|section|nav|header|footer|main|dt|dd|dl)\b[^>]*>", " ", html)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", html)))  # inline tags (links, em) join their words


def test_build_is_clean_in_strict_mode(built):
    _, output = built
    assert "WARNING" not in output and "ERROR" not in output, output
    assert "Traceback" not in output


GUIDES_2025 = ("differentiatie-samen-naar-de-meet", "feedback-die-het-leren-verbetert",
               "onderwijs-vanuit-hoge-verwachtingen", "wetenschappen-in-het-secundair")


def test_shipped_content_has_the_39_approaches_and_the_4_guides_of_2025(catalogue):
    """Editors may add more; these must stay (the annual report's 39 approaches and 2025 guides)."""
    assert catalogue.errors == ()
    counts = {t.slug: len(t.aanpakken) for t in catalogue.toolkits}
    assert counts["leren-en-lesgeven"] >= 30 and counts["leren-en-ontwikkelen-bij-kleuters"] >= 9
    assert set(GUIDES_2025) <= {g.slug for g in catalogue.guides}


def test_the_guides_of_2025_have_at_least_4_recommendations_and_6_to_10_cards(catalogue):
    """No upper bound on recommendations: a guide has as many as its source report (science: EEF's seven)."""
    for slug in GUIDES_2025:
        guide = catalogue.guide(slug)
        assert len(guide.aanbevelingen) >= 4 and 6 <= len(guide.reflectiekaarten) <= 10, slug


def test_every_approach_page_shows_its_figures(built, catalogue):
    site, _ = built
    for approach in catalogue.approaches:
        page = site / "toolkits" / approach.toolkit / approach.slug / "index.html"
        text, html = text_of(page), page.read_text("utf-8")
        assert approach.titel in text, page
        assert scales.headline(approach.impact, approach.kosten, approach.bewijssterkte) in text, page
        assert f"{scales.scale_title('impact')} {signed_months(approach.impact)}" in text, page
        assert f"({approach.kosten} van 5)" in text and f"({approach.bewijssterkte} van 5)" in text, page
        # The page's own figures (related approaches further down carry their own status).
        own_figures = re.search(r'<div class="lp-figures">.*?</p>', html, re.S).group(0)
        assert ('class="lp-unconfirmed"' in own_figures) is (not approach.geverifieerd), page
        assert ("Voorbeeldtekst" in text) is approach.voorbeeld, page
        for section in ("Wat is het?", "Belangrijkste bevindingen", "Hoe effectief is het?",
                        "Achter het gemiddelde", "Aan de slag", "Wat kost het?"):
            assert section in text, (page, section)


def test_update_box_is_generated_from_history(built, catalogue):
    site, _ = built
    updated = [a for a in catalogue.approaches if a.historiek]
    assert updated, "the shipped site records at least one update"
    for approach in updated:
        text = text_of(site / "toolkits" / approach.toolkit / approach.slug / "index.html")
        latest = approach.historiek[0]
        assert f"Update {latest.datum[:4]}: wat is er veranderd?" in text
        for change in latest.wijzigingen:
            assert f"{scales.scale_title(change.veld)}: {shown(change.veld, change.van)} → {shown(change.veld, change.naar)}" in text


def shown(field, value):
    if field != "impact":
        return f"{value} van 5"
    return "niet te bepalen" if value is None else f"{value:+d} maanden".replace("+0 ", "0 ")


def test_toolkit_overviews_list_every_approach_with_figures(built, catalogue):
    site, _ = built
    for toolkit in catalogue.toolkits:
        html = (site / "toolkits" / toolkit.slug / "index.html").read_text("utf-8")
        for approach in toolkit.aanpakken:
            assert f'href="{approach.slug}/"' in html
        assert html.count("lp-badge--impact") == len(toolkit.aanpakken)


def test_every_guide_page_shows_recommendations_with_levels_and_cards(built, catalogue):
    site, _ = built
    for guide in catalogue.guides:
        page = site / "leidraden" / guide.slug / "index.html"
        html = page.read_text("utf-8")
        text = text_of(page)
        assert "In één oogopslag" in text
        for recommendation in guide.aanbevelingen:
            assert f'id="{recommendation.anchor}"' in html
            assert f'href="#{recommendation.anchor}"' in html
        graded = [r for r in guide.aanbevelingen if r.bewijs]  # a grade only with the source that gives it
        assert html.count('class="lp-level ') == 2 * len(graded)
        for recommendation in graded:
            assert f'href="{recommendation.bewijsbron}"' in html
        for ref in {ref for r in guide.aanbevelingen for ref in r.aanpakken}:
            assert f'/{ref}/"' in html  # the approaches that carry the evidence are linked
        for card in guide.reflectiekaarten:
            assert card.vraag in text
        assert ("Voorbeeldtekst" in text) is guide.voorbeeld, page
        assert 'class="lp-editorial"' in html and text_value("samenvatting_redactie") in text, page
        editorial = re.search(r'<p class="lp-editorial">.*?</p>', html, re.S).group(0)
        assert f'href="{guide.bron or "https://leerpunt.be/"}"' in editorial, page  # always a way to the official text


def test_kennisagenda_shows_statuses_linked_to_content(built, catalogue):
    site, _ = built
    page = site / "kennisagenda" / "index.html"
    html, text = page.read_text("utf-8"), text_of(page)
    for theme in catalogue.kennisagenda.themas:
        assert theme.titel in text
        for slug in theme.leidraden:
            assert f'href="../leidraden/{slug}/"' in html
    published = [t for t in catalogue.kennisagenda.themas if t.status == "gepubliceerd"]
    assert published and all(t.leidraden or t.pagina for t in published)
    assert "Gepubliceerd" in text and "In ontwikkeling" in text and "Op te starten" in text


def test_home_reaches_toolkits_guides_model_and_agenda_in_one_click(built):
    site, _ = built
    html = (site / "index.html").read_text("utf-8")
    content = html.split('<article', 1)[1]
    for target in ("toolkits/", "leidraden/", "model/", "kennisagenda/"):
        assert f'href="{target}"' in content, target


def test_no_request_to_a_third_party_host(built):
    """Stylesheets, scripts, images and frames all come from the site itself (the canonical
    link names the site's own address and is not a request)."""
    site, _ = built
    pattern = re.compile(r"""<(?:link|script|img|iframe|source)\b[^>]*\b(?:src|href)=["'](?:https?:)?//([^/"']+)""")
    own = urlsplit(load_settings(REPO / "mkdocs.yml")["site_url"]).hostname  # as the build read it (!ENV)
    for page in site.rglob("*.html"):
        hosts = set(pattern.findall(page.read_text("utf-8"))) - {own}
        assert not hosts, (page, hosts)
    css = " ".join(p.read_text("utf-8") for p in site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css


def test_no_public_output_shows_editors_notes_or_placeholders(built, catalogue):
    """Pages, search index, open data, feed and the text of every PDF (issue: what a teacher reads)."""
    from pypdf import PdfReader

    from leerpunt.publication import editors_notes, leaks_in, output_leaks

    site, _ = built
    notes = editors_notes(catalogue)
    assert notes  # the shipped content does keep notes for its editors
    assert output_leaks(site, notes) == []
    pdfs = sorted(site.rglob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        assert leaks_in(text, notes) == [], pdf.name
