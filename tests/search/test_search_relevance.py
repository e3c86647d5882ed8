"""The relevance set on the shipped site, in Python (the browser runs the same set in test_search_browser.py)."""

from collections import Counter

import pytest

from leerpunt.search.query import ranked_pages
from search.support import relevance_set

pytestmark = pytest.mark.build
QUERIES = relevance_set()


def test_the_set_is_big_enough_and_covers_every_kind_of_word_form():
    assert len(QUERIES) >= 40
    assert len({entry["zoek"] for entry in QUERIES}) == len(QUERIES)
    kinds = Counter(entry["soort"] for entry in QUERIES)
    for kind in ("meervoud", "woordvorm", "verkleinwoord", "samenstelling", "accent", "synoniem"):
        assert kinds[kind] >= 4, kind


@pytest.mark.parametrize("entry", QUERIES, ids=[entry["zoek"] for entry in QUERIES])
def test_expected_pages_are_in_the_top_three(shipped_index, entry):
    top = ranked_pages(shipped_index, entry["zoek"])[:3]
    for expected in entry["verwacht"]:
        assert expected in top, (entry["zoek"], top)
