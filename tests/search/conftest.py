"""Fixtures of the search tests: the shipped index, a small site of our own, and Chromium in its own thread."""

import shutil

import pytest

from helpers import FIXTURES, mkdocs_build
from bench.search_twin import LoadedIndex
from search.support import ChromiumThread, index_data, serve


@pytest.fixture(scope="session")
def shipped_index(shipped_build) -> LoadedIndex:
    """The shipped site's search index, decoded in Python."""
    return LoadedIndex.from_data(index_data(shipped_build[0]))


# A small site of our own: the valid fixture plus pages for compounds, escaping and exclusion.
EXTRA_PAGES = {
    "samenstellingen/lezen.md": "---\ntitle: Lezen met een plan\n---\n# Lezen met een plan\n\n"
                                "Elke leesstrategie krijgt een eigen les.\n",
    "samenstellingen/rekenen.md": "---\ntitle: Hoofdrekenen\n---\n# Hoofdrekenen\n\n"
                                  "Rekenstrategieën maken hoofdrekenen lichter.\n",
    "samenstellingen/kiezen.md": "---\ntitle: Kiezen\n---\n# Kiezen\n\nWelke strategie kies je?\n",
    "injectie.md": "---\ntitle: '<img src=x onerror=\"window.pwned=1\">Gevaarlijke titel'\n---\n"
                   "Tekst met `<script>window.pwned=2</script>` en `<b>vet</b>` als code, over gevaarlijk gedrag.\n\n"
                   "## Een kop met `<img src=y onerror=\"window.pwned=3\">` erin\n\nMeer gevaarlijke tekst.\n",
    # the model page carries reflection cards on the shipped site, which makes it the 'model' type
    "model/index.md": "---\ntitle: Model\nreflectiekaarten:\n  - vraag: Welke bron ontbrak bij onze laatste beslissing?"
                      "\n---\n# Model\n\nTriangulatie van drie bronnen.\n",
    "verborgen.md": "---\ntitle: Verborgen\nsearch:\n  exclude: true\n---\n# Verborgen\n\nGeheimzinnig woord.\n",
}


def make_search_site(root):
    """The valid fixture with leerpunt-search and the extra pages, at root."""
    shutil.copytree(FIXTURES / "valid", root)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  - leerpunt-collections\n",
                                                        "  - leerpunt-collections\n  - leerpunt-search\n"), "utf-8")
    for path, text in EXTRA_PAGES.items():
        target = root / "content" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    return root


@pytest.fixture(scope="session")
def search_site(tmp_path_factory):
    """The small search site, built once in strict mode: (site folder, build output)."""
    root = make_search_site(tmp_path_factory.mktemp("search") / "src")
    site = root.parent / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site, result.stdout + result.stderr


@pytest.fixture(scope="session")
def search_site_url(search_site):
    """The small search site served on loopback."""
    with serve(search_site[0]) as url:
        yield url


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium in a thread of its own (see ChromiumThread); run(scenario) gives it a fresh page."""
    driver = ChromiumThread()
    yield driver
    driver.close()
