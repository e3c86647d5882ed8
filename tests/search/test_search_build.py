"""The plugin in a real strict build: files, header, results page, facets from the catalogue, errors."""

import json
import re

import pytest

from helpers import load, mkdocs_build
from search.conftest import make_search_site
from search.support import index_data

from leerpunt.search import assets
from leerpunt.search.page import LIMITS

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def data(search_site):
    return index_data(search_site[0])


def guide_in_catalogue(search_site, slug="goede-feedback"):
    """The fixture's guide as the catalogue reads it (the search site's sources sit next to its output)."""
    site, _ = search_site
    return next(g for g in load(site.parent / "src").guides if g.slug == slug)


def page_of(data, url):
    return next(number for number, page in enumerate(data["pages"]) if page[0] == url)


def test_build_is_clean_and_material_search_is_gone(search_site):
    site, output = search_site
    assert "WARNING" not in output and "ERROR" not in output, output
    assert not (site / "search" / "search_index.json").exists()
    assert list((site / "search" / "tekst").glob("*.json"))


def test_every_page_has_our_search_in_materials_header(search_site):
    site, _ = search_site
    for path in [site / "index.html", site / "toolkits" / "kern" / "feedback" / "index.html", site / "404.html"]:
        html = path.read_text("utf-8")
        header = re.search(r'<header class="md-header.*?</header>', html, re.S).group(0)
        assert "data-lp-search" in header and 'for="__search"' in header, path
        assert 'data-md-component="search' not in html and 'name="search"' not in html, path


def test_the_early_start_comes_right_after_the_stylesheets(search_site):
    """The search of a ?q= address starts as soon as the stylesheets are in (a script after them waits
    for them), so its downloads do not delay the first paint, and before the page's scripts."""
    html = (search_site[0] / "index.html").read_text("utf-8")
    head = html[: html.index("</head>")]
    assert head.rindex('rel="stylesheet"') < head.index("leerpuntSearchEarly")
    assert "<script fetchpriority=\"low\" src=" in html[html.index("</head>"):]
    worker = re.search(r'data-worker="([^"]+)"', html).group(1).replace("&amp;", "&")
    index = re.search(r'data-index="([^"]+)"', html).group(1)
    # the same files as the header's search, and the number of results it shows
    assert f'("{worker}", "{index}",\n    false,\n    {LIMITS["header"]})' in head
    assert 'rel="preload"' not in head  # most visits do not search: no index for them


def test_the_results_page_asks_for_the_index_after_the_stylesheets_only(search_site):
    """No preload: the preload scanner would ask for the index beside the stylesheets the first paint waits for."""
    html = (search_site[0] / "zoeken" / "index.html").read_text("utf-8")
    head = html[: html.index("</head>")]
    index = re.search(r'data-index="([^"]+)"', html).group(1)
    assert 'rel="preload"' not in head
    assert head.rindex('rel="stylesheet"') < head.index("leerpuntSearchEarly")
    assert f'"{index}",\n    true,\n    {LIMITS["page"]})' in head  # the worker gets the address's filters here


def test_one_stylesheet_of_ours_carries_the_search(search_site):
    """Every page blocks on Material's main stylesheet and ours only: the search's stylesheet travels in ours."""
    site, _ = search_site
    html = (site / "index.html").read_text("utf-8")
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)">', html)
    assert len(links) == 2 and "assets/stylesheets/main." in links[0] and "assets/leerpunt/leerpunt.css?v=" in links[1]
    ours = (site / links[1].split("?")[0]).read_text("utf-8")
    assert ours.endswith((assets.ASSETS / "search.css").read_text("utf-8"))
    assert not (site / "assets" / "leerpunt" / "search" / "search.css").exists()


def test_results_page_exists_and_is_not_indexed(search_site, data):
    site, _ = search_site
    html = (site / "zoeken" / "index.html").read_text("utf-8")
    assert "data-lp-search-page" in html and "<noscript>" in html
    urls = [page[0] for page in data["pages"]]
    assert "zoeken/" not in urls and "verborgen/" not in urls
    assert "injectie/" in urls and "" in urls


def test_facets_come_from_the_catalogue(search_site, data):
    kinds = {page[0]: page[2] for page in data["pages"]}
    assert kinds["toolkits/kern/feedback/"] == "aanpak"
    assert kinds["leidraden/goede-feedback/"] == "leidraad"
    assert kinds["kennisagenda/"] == "kennisagenda"
    assert kinds["model/"] == "model"
    assert kinds[""] == kinds["toolkits/"] == kinds["injectie/"] == "pagina"
    feedback = data["pages"][page_of(data, "toolkits/kern/feedback/")]
    assert feedback[3:6] == [["lager", "secundair"], ["feedback-en-evaluatie"], ["impact:6", "kosten:1", "bewijs:4"]]
    guide = page_of(data, "leidraden/goede-feedback/")
    recommendations = [doc for doc in data["docs"] if doc[0] == guide and len(doc) == 4]
    # every recommendation is a result of its own; a level only where its source gives one
    catalogue_levels = [(r.anchor, r.bewijs or "") for r in guide_in_catalogue(search_site).aanbevelingen]
    assert [(doc[1], doc[3]) for doc in recommendations] == catalogue_levels
    assert set(data["badges"]) >= {"impact:6", "kosten:1", "bewijs:4"} | {f"aanbeveling:{level}"
                                                                         for _, level in catalogue_levels if level}
    assert data["labels"]["type"]["aanbeveling"] == "Aanbevelingen"
    assert data["labels"]["niveau"]["lager"] == "Lager onderwijs"


def test_snippet_text_keeps_markup_as_plain_text(search_site, data):
    site, _ = search_site
    page = page_of(data, "injectie/")
    chunk = json.loads((site / "search" / "tekst" / f"{data['texts'][data['pages'][page][6]]}.json").read_text("utf-8"))
    assert "<script>window.pwned=2</script>" in chunk["pages"][page - chunk["first"]][1]
    assert data["pages"][page_of(data, "injectie/")][1] == '<img src=x onerror="window.pwned=1">Gevaarlijke titel'


def test_scripts_carry_the_licences_of_lunr_and_lunr_languages(search_site):
    site, _ = search_site
    worker = (site / "assets" / "leerpunt" / "search" / "search-worker.js").read_text("utf-8")
    assert "@license MIT" in worker and "http://www.mozilla.org/MPL/" in worker
    assert (site / "assets" / "leerpunt" / "search" / "vendor" / "LICENSE-lunr.txt").is_file()
    assert (site / "assets" / "leerpunt" / "search" / "vendor" / "LICENSE-lunr-languages.txt").is_file()


def test_a_mistake_in_the_synonyms_fails_the_strict_build(tmp_path):
    root = make_search_site(tmp_path / "src")
    (root / "synoniemen.yml").write_text("- [huiswerk, huistaak]\n- [huiswerk, de]\n", "utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  - leerpunt-search\n",
                                                        "  - leerpunt-search:\n      synonyms: synoniemen.yml\n"))
    result = mkdocs_build(root, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert ("synoniemen.yml:2: veld 'groep 2': verwacht elk woord in één groep; gevonden: 'huiswerk' staat ook in "
            "groep 1") in output
    assert "Traceback" not in output
