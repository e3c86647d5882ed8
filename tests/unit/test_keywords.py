"""The keyword test before a case-insensitive pattern never says no where the pattern finds something."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from leerpunt.keywords import may_contain

KEYWORDS = ("maand", "toolkits", "aanpakken")
PIECES = ["maa", "nd", "MAAND", "Maanden", "tool", "\u212a", "kits", "toolſ", "ı", "İ", "aanpa", "kken", "AANPAKKEN",
          " ", "\n", "é", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10))
def test_no_text_that_the_pattern_matches_is_turned_away(parts):
    text = "".join(parts)
    found = any(re.search(re.escape(keyword), text, re.IGNORECASE) for keyword in KEYWORDS)
    if found:
        assert may_contain(text, KEYWORDS)
        assert may_contain(text.encode(), tuple(k.encode() for k in KEYWORDS))


def test_texts_without_the_words_are_turned_away():
    assert not may_contain("Een programma van een schooljaar.", KEYWORDS)
    assert not may_contain("Één jaar, geen maan.".encode(), (b"maand",))
    assert may_contain("Zes MAANDEN extra", KEYWORDS)
    assert may_contain("Too\u212aits", KEYWORDS)  # the Kelvin sign is a k to re.IGNORECASE
