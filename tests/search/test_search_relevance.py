"""The relevance set on the shipped site, in Python (the browser runs the same set in test_search_browser.py).

Not every query has to find its pages in the top 3; the rate of those that do must not drop below
the rate `scripts/bench relevance` recorded in bench/relevance.json, and no query may find nothing.
"""

from collections import Counter

import pytest

from bench.relevance import evaluate, recorded
from bench.search_twin import ranked_pages
from search.support import relevance_set

pytestmark = pytest.mark.build
QUERIES = relevance_set()


def test_the_set_is_big_enough_and_covers_every_kind_of_word_form():
    assert len(QUERIES) >= 100
    assert len({entry["zoek"] for entry in QUERIES}) == len(QUERIES)
    kinds = Counter(entry["soort"] for entry in QUERIES)
    for kind in ("meervoud", "woordvorm", "verkleinwoord", "samenstelling", "accent", "synoniem", "werkwoord",
                 "vlaams", "spelling"):
        assert kinds[kind] >= 4, kind


def test_expected_pages_are_pages_of_the_site(shipped_index):
    pages = {page[0] for page in shipped_index.data["pages"]}
    assert [(entry["zoek"], url) for entry in QUERIES for url in entry["verwacht"] if url not in pages] == []


@pytest.fixture(scope="module")
def ranked(shipped_index):
    return {entry["zoek"]: ranked_pages(shipped_index, entry["zoek"]) for entry in QUERIES}


def test_no_query_of_the_set_finds_nothing(ranked):
    assert [query for query, pages in ranked.items() if not pages] == []


def test_top_three_rate_does_not_drop_below_the_recorded_one(ranked):
    figures = evaluate(QUERIES, ranked)
    assert figures["rate"] >= recorded()["python"]["rate"], figures["misses"]
