"""The index made in a second process is the index made in the build's own process, byte for byte."""

import pytest

from helpers import mkdocs_build
from leerpunt.cores import available_cores
from leerpunt.search.background import BackgroundIndex, WorkerFailed
from leerpunt.search.documents import DEFAULT_EXCLUDED_CLASSES, sections_of
from leerpunt.search.facets import PageFacets
from leerpunt.search.index import SearchPage, build_index
from leerpunt.search.synonyms import load_synonyms, packaged_file
from search.conftest import make_search_site
from search.test_search_index import PAGES


def test_the_worker_writes_what_build_index_builds(tmp_path):
    synonyms = load_synonyms(packaged_file(), "synoniemen.yml")
    worker = BackgroundIndex(DEFAULT_EXCLUDED_CLASSES)
    for url, (title, html) in reversed(PAGES.items()):  # arrival order does not matter: pages are sorted
        worker.add(url, url, title, PageFacets(summary=title), html)
    worker.build(synonyms, {}, {"type": {}}, "versie1", tmp_path)
    expected = build_index([SearchPage(url, title, PageFacets(summary=title), sections_of(html))
                            for url, (title, html) in sorted(PAGES.items())], synonyms, {}, {"type": {}}, "versie1")
    assert worker.result() == "search/index.versie1.json"
    written = {path.relative_to(tmp_path).as_posix(): path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    assert written == expected.files and "search/index.versie1.json" in written


def test_an_error_in_the_worker_comes_back_with_its_traceback(tmp_path):
    worker = BackgroundIndex(DEFAULT_EXCLUDED_CLASSES)
    worker.add("a.md", "a/", "A", PageFacets(badges=("niet-in-de-tabel",)), "<p>tekst</p>")
    worker.build(load_synonyms(packaged_file(), "synoniemen.yml"), {}, {}, "v", tmp_path)
    with pytest.raises(WorkerFailed, match="KeyError: 'niet-in-de-tabel'"):
        worker.result()


def test_a_build_that_stops_early_stops_the_worker():
    worker = BackgroundIndex(DEFAULT_EXCLUDED_CLASSES)
    for number in range(200):  # more than a pipe holds: the queue's thread writes them
        worker.add(f"p{number}.md", f"p{number}/", "Titel", PageFacets(), "<p>tekst</p>" * 200)
    worker.close()
    assert not worker._process.is_alive() and worker._process.exitcode == 0


@pytest.mark.build
def test_a_build_with_the_second_process_writes_the_same_site(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    root = make_search_site(tmp_path / "src")
    config = root / "mkdocs.yml"
    base = config.read_text("utf-8")
    sites = {}
    for threshold in (0, 1):  # 0: never a second process; 1: always (when there is a second core)
        config.write_text(base.replace("  - leerpunt-search\n",
                                       f"  - leerpunt-search:\n      second_process_from: {threshold}\n"), "utf-8")
        site = tmp_path / f"site{threshold}"
        result = mkdocs_build(root, site)
        assert result.returncode == 0, result.stderr
        assert ("tweede proces" in result.stderr) == (threshold == 1 and available_cores() > 1), result.stderr
        sites[threshold] = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert sorted(sites[0]) == sorted(sites[1]) and any(name.startswith("search/index.") for name in sites[0])
    assert [name for name in sites[0] if sites[0][name] != sites[1][name]] == []


def test_the_worker_is_forked_only_when_no_other_thread_runs():
    import sys
    import threading

    from leerpunt.search.background import _start_method

    # Other tests may leave threads running in this process (a browser driver, a server).
    alone = threading.active_count() == 1
    assert _start_method() == ("fork" if alone and sys.platform == "linux" else "spawn")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _start_method() == "spawn"
    finally:
        stop.set()
        other.join()
