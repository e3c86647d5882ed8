"""A build that starts from the previous build's cache (.cache/leerpunt-build) writes the same site as
one without it, and sees every edit made since: the cache saves work, it never answers for a source."""

import shutil

import pytest

from helpers import mkdocs_build
from leerpunt.buildcache import FOLDER
from search.conftest import make_search_site


def _site(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _built(root, site):
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return _site(site)


@pytest.mark.build
@pytest.mark.parametrize("second_process", [0, 1])
def test_a_build_from_the_cache_writes_the_same_site(tmp_path, monkeypatch, second_process):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    root = make_search_site(tmp_path / "src")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "  - leerpunt-search\n", f"  - leerpunt-search:\n      second_process_from: {second_process}\n"), "utf-8")
    cold = _built(root, tmp_path / "cold")
    cache = root / FOLDER
    stored = sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*") if p.is_file())
    assert {"check-html.json", "allowlist-passed.json", "published-files-passed.json", "page-html.json",
            "search-sections.json", "charts.json"} <= set(stored)
    assert any(name.startswith("search-index/") for name in stored) and any(n.startswith("jinja/") for n in stored)
    assert _built(root, tmp_path / "warm") == cold
    for path in cache.glob("*.json"):
        path.write_text("{kapot", "utf-8")  # a damaged cache is no cache
    assert _built(root, tmp_path / "damaged") == cold
    shutil.rmtree(cache)


@pytest.mark.build
def test_an_edit_after_a_cached_build_is_checked_and_found(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    root = make_search_site(tmp_path / "src")
    page = root / "content" / "samenstellingen" / "kiezen.md"
    before = _built(root, tmp_path / "first")
    page.write_text(page.read_text("utf-8") + "\nEen [kapotte link](bestaat-niet.md).\n", "utf-8")
    result = mkdocs_build(root, tmp_path / "broken")
    assert result.returncode != 0
    assert "content/samenstellingen/kiezen.md:" in result.stderr and "bestaat-niet.md" in result.stderr
    page.write_text(page.read_text("utf-8").replace("Een [kapotte link](bestaat-niet.md).", "Zeldzaamwoord."), "utf-8")
    after = _built(root, tmp_path / "edited")
    index = [name for name in after if name.startswith("search/index.")]
    assert index and index[0] not in before  # a new version of the index
    assert any(b"Zeldzaamwoord" in content for name, content in after.items() if name.startswith("search/"))
