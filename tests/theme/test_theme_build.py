"""The shipped site's sharing tags, card images, home page, 404 and drawn model, checked in the built HTML
against the catalogue (never against today's counts)."""

import io
import re
from html import unescape
from pathlib import Path

import pytest
from PIL import Image

from helpers import REPO, sources_for
from leerpunt.catalogue import load_catalogue
from leerpunt.catalogue.dates import parse_date
from leerpunt.model_drawing import read_model
from leerpunt.pages.themes import themes_in_use
from leerpunt.project import load_settings
from leerpunt.catalogue.vocabularies import thema_labels
from leerpunt.siteurls import url_of
from leerpunt.theme.home import home_data
from leerpunt.theme.social import image_path

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def site(shipped_build) -> Path:
    return shipped_build[0]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(sources_for(REPO))


@pytest.fixture(scope="module")
def site_url() -> str:
    return load_settings(REPO / "mkdocs.yml")["site_url"].rstrip("/")


def meta(html: str, name: str) -> str | None:
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', html)
    return unescape(found.group(1)) if found else None


def page_file(site: Path, src_uri: str) -> Path:
    return site / url_of(src_uri).lstrip("/") / "index.html"


def test_every_page_has_title_description_and_address_for_sharing(site, site_url):
    # Not the redirects (they only send the browser on) nor the 404 (an address that does not exist has nothing to share).
    pages = [p for p in site.rglob("*.html")
             if 'http-equiv="refresh"' not in p.read_text("utf-8")[:2000] and p.name != "404.html"]
    assert len(pages) > 50
    for path in pages:
        html = path.read_text("utf-8")
        for name in ("og:title", "og:description", "og:url", "og:image", "twitter:card", "twitter:image"):
            assert meta(html, name), (path, name)
        if path.name == "index.html":
            address = "/" + str(path.parent.relative_to(site)).replace(".", "").strip("/")
            assert meta(html, "og:url") == site_url + (address.rstrip("/") + "/"), path


def test_every_approach_and_guide_shares_its_own_1200_by_630_card(site, site_url, catalogue):
    sources = [a.src_uri for a in catalogue.approaches] + [g.src_uri for g in catalogue.guides]
    images = set()
    for src_uri in sources:
        image = meta(page_file(site, src_uri).read_text("utf-8"), "og:image")
        assert image == f"{site_url}/{image_path(src_uri)}", src_uri
        png = site / image_path(src_uri)
        assert Image.open(io.BytesIO(png.read_bytes())).size == (1200, 630), png
        images.add(image)
    assert len(images) == len(sources)


def test_other_pages_share_the_default_card_which_exists(site, site_url):
    image = meta((site / "over/index.html").read_text("utf-8"), "og:image")
    assert image.startswith(site_url + "/")
    assert Image.open(site / image.removeprefix(site_url + "/")).size == (1200, 630)


@pytest.mark.parametrize("page", ["index.html", "404.html"])
def test_head_links_own_icons_and_the_feed(site, page):
    html = (site / page).read_text("utf-8")
    icon = re.search(r'<link rel="icon" href="([^"]+)"', html).group(1)
    touch = re.search(r'<link rel="apple-touch-icon" href="([^"]+)"', html).group(1)
    feed = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)"', html).group(1)
    assert "assets/images/favicon.png" not in icon  # Material's own
    for target in (icon, touch, feed):
        assert (site / target.lstrip("/")).is_file(), target
    assert (site / feed.lstrip("/")).read_text("utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n<feed')


def test_footer_has_about_privacy_feed_licence_and_only_configured_contact(site):
    contact = load_settings(REPO / "mkdocs.yml")["extra"]["contact"]
    footer = (site / "index.html").read_text("utf-8").split('class="md-copyright', 1)[1]
    for target in ('href="over/"', 'href="privacy/"', 'href="feed.xml"', "creativecommons.org/licenses/by/4.0"):
        assert target in footer, target
    assert f'href="mailto:{contact["email"]}"' in footer
    assert set(re.findall(r"mailto:([^\"]+)", footer)) == {contact["email"]}


def test_home_page_shows_search_roles_newest_guide_updates_and_themes(site, catalogue):
    html = (site / "index.html").read_text("utf-8")
    home = html.split("<article", 1)[1]
    assert re.search(r'<form class="lp-search-form" action="zoeken/" method="get"', home)
    assert 'name="q"' in home
    for role in ("Leerkracht", "Directie", "Pedagogisch begeleider"):
        assert f"<h3>{role}</h3>" in home
    newest = max(catalogue.guides, key=lambda g: parse_date(g.gepubliceerd))
    assert f'href="{url_of(newest.src_uri).lstrip("/")}">{newest.titel}</a>' in home
    updated = {a.titel for a in catalogue.approaches if a.historiek}
    assert any(f"Update: {title}" in unescape(home) for title in updated)
    labels = thema_labels()
    for thema in themes_in_use(catalogue):
        assert f'href="themas/{thema}/"' in home and labels[thema] in unescape(home), thema
    assert "Start</a>" not in html  # a link text Lighthouse's SEO audit calls undescriptive


def test_home_page_front_matter_errors_name_the_field(catalogue):
    source = ("---\ntitle: Start\nrollen:\n  - rol: Leerkracht\n    paginas:\n      - bestaat/niet.md\n"
              "populair:\n  paginas: geen lijst\n---\n")
    home, errors = home_data({"rollen": [{"rol": "Leerkracht", "paginas": ["bestaat/niet.md"]}],
                              "populair": {"paginas": "geen lijst"}}, catalogue, {"toolkits/index.md"}, "content/index.md",
                             source)
    assert [(e.line, e.field, e.found) for e in errors] == [(6, "rollen[0].paginas", "bestaat/niet.md"),
                                                             (7, "populair.paginas", "'geen lijst'")]
    assert home.roles[0].pages == ()


def test_404_is_dutch_with_search_and_main_entrances(site):
    html = (site / "404.html").read_text("utf-8")
    content = html.split("<article", 1)[1]
    assert "<h1>Pagina niet gevonden</h1>" in content and 'lang="nl"' in html
    assert 'name="q"' in content
    for target in ("toolkits/", "leidraden/", "model/"):
        assert re.search(rf'href="[^"]*/{target}"', content), target


def test_model_page_draws_every_part_linked_to_its_explanation(site, catalogue):
    page = next(p for p in catalogue.card_pages if p.src_uri == "model/index.md")
    model, errors = read_model(page.body, page.body_line, page.source, page.titel)
    assert errors == []
    html = (site / "model/index.html").read_text("utf-8")
    svg = re.search(r'<svg class="lp-model lp-model--web".*?</svg>', html, re.S).group(0)
    links = re.findall(r'<a href="#([^"]+)" aria-label="([^"]+)"', svg)
    assert len(links) == len(model.phases) + 2  # every phase, the ring of perspectives, the triangle of sources
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    assert {anchor for anchor, _ in links} <= ids
    for phase in model.phases:
        assert any(phase.name in unescape(label) for _, label in links), phase.name
    assert 'class="lp-model-text"' in html  # the model in words
