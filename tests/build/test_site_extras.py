"""What the shipped build adds around the pages: legend, news page and feed, open data, compare data."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from jsonschema import Draft202012Validator

from helpers import REPO, load
from leerpunt.catalogue import scales

pytestmark = pytest.mark.build
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(shipped_build):
    return shipped_build[0]


def test_open_data_files_validate_against_their_published_schemas(site):
    for data, schema in (("toolkit.json", "toolkit.schema.json"), ("leidraden.json", "leidraden.schema.json")):
        document = json.loads((site / "data" / data).read_text("utf-8"))
        validator = Draft202012Validator(json.loads((site / "data" / schema).read_text("utf-8")))
        assert list(validator.iter_errors(document)) == [], data
    rows = list(csv.DictReader(io.StringIO((site / "data" / "toolkit.csv").read_text("utf-8"))))
    catalogue = load(REPO)
    assert sorted(r["id"] for r in rows) == sorted(a.id for a in catalogue.approaches)
    feedback = next(r for r in rows if r["id"] == "leren-en-lesgeven/feedback")
    assert (feedback["impact"], feedback["kosten"], feedback["bewijssterkte"]) == ("6", "1", "4")
    assert feedback["kopzin"] == scales.headline(6, 1, 4)


def test_atom_feed_lists_updates_and_new_guides_newest_first(site):
    feed = ET.fromstring((site / "feed.xml").read_text("utf-8"))
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert "Nieuwe leidraad: Feedback die het leren verbetert" in titles
    assert any(t.startswith("Update: Metacognitie") for t in titles)
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert all(e.find(f"{ATOM}link").get("href").startswith("https://") for e in entries)
    assert len({e.find(f"{ATOM}id").text for e in entries}) == len(entries)


def test_news_page_links_the_changes(site):
    html = (site / "nieuw" / "index.html").read_text("utf-8")
    assert "Impact (maanden): +7 maanden → +8 maanden." in html
    assert 'href="../toolkits/leren-en-lesgeven/metacognitie-zelfregulatie-leren-leren/"' in html
    assert 'href="../feed.xml"' in html


def test_legend_shows_every_level_of_every_scale(site):
    html = (site / "toolkits" / "hoe-lees-je-de-toolkit" / "index.html").read_text("utf-8")
    for level in scales.kosten_levels() + scales.bewijssterkte_levels() + scales.aanbeveling_levels():
        assert level.description in html
    assert scales.impact_level(None).label in html


def test_approach_pages_list_the_guides_that_cite_them(site):
    html = (site / "toolkits" / "leren-en-lesgeven" / "feedback" / "index.html").read_text("utf-8")
    assert 'href="../../../leidraden/feedback-die-het-leren-verbetert/#taak-en-aanpak"' in html
    guide = (site / "leidraden" / "feedback-die-het-leren-verbetert" / "index.html").read_text("utf-8")
    title = load(REPO).approach("leren-en-lesgeven/feedback").titel
    assert f'Onderbouwd met: <a href="../../toolkits/leren-en-lesgeven/feedback/">{title}</a>' in guide


def test_compare_data_covers_every_approach_one_small_file_per_toolkit(site):
    html = (site / "toolkits" / "vergelijk" / "index.html").read_text("utf-8")
    island = re.search(r'<script type="application/json" id="lp-compare-data">(.*?)</script>', html, re.S).group(1)
    files = json.loads(island)["bestanden"]
    catalogue = load(REPO)
    assert sorted(files) == sorted(t.slug for t in catalogue.toolkits)
    for toolkit in catalogue.toolkits:
        data = json.loads((site / "toolkits" / "vergelijk" / files[toolkit.slug]).read_text("utf-8"))
        assert sorted(data) == sorted(a.id for a in toolkit.aanpakken)
    assert len(html) < 40_000  # the page does not carry the approaches itself


def test_each_toolkit_has_a_chart_page_linking_every_approach(site):
    for toolkit in load(REPO).toolkits:
        html = (site / "toolkits" / toolkit.slug / "grafiek" / "index.html").read_text("utf-8")
        start = html.index('<svg xmlns="http://www.w3.org/2000/svg" class="lp-chart"')
        svg = html[start:html.index("</svg>", start)]
        assert sorted(re.findall(r'<a href="../([a-z0-9-]+)/"', svg)) == sorted(a.slug for a in toolkit.aanpakken)
        table = html[html.index('id="tabel"'):]
        assert all(f'href="../{a.slug}/"' in table for a in toolkit.aanpakken)
        overview = (site / "toolkits" / toolkit.slug / "index.html").read_text("utf-8")
        assert 'href="grafiek/"' in overview


def test_generated_pages_show_where_they_are_and_their_tab(site):
    html = (site / "toolkits" / "leren-en-lesgeven" / "huiswerk" / "index.html").read_text("utf-8")
    crumbs = re.search(r'<nav class="lp-breadcrumbs" aria-label="Kruimelpad"[^>]*>(.*?)</nav>', html, re.S).group(1)
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', crumbs) == [("../../", "Toolkits"), ("../", "Leren en lesgeven")]
    assert '<li aria-current="page">Huiswerk</li>' in crumbs
    active = re.search(r'md-tabs__item--active">\s*<a href="([^"]+)"', html).group(1)
    assert active == "../../"  # the Toolkits tab
    assert html.count("<h1") == 1


def test_every_approach_page_offers_related_approaches(site):
    catalogue = load(REPO)
    for approach in catalogue.approaches:
        html = (site / "toolkits" / approach.toolkit / approach.slug / "index.html").read_text("utf-8")
        section = html.split('id="verwante-aanpakken"', 1)[1].split("</ul>", 1)[0]
        for related in catalogue.related(approach):
            assert f'/{related.slug}/"' in section, (approach.id, related.id)
