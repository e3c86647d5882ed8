"""A cheap first test before a case-insensitive regular expression: can a text hold one of its keywords?

Looking for a few words with `in` takes one pass in C; a pattern tries every position. The keywords are
lower-case ASCII; re.IGNORECASE also takes ſ for s, the Kelvin sign for k and İ and ı for i, which
lower() does not fold: a text with any of those always gets the pattern. Text or UTF-8 bytes alike
(bytes.lower() folds ASCII letters only, which is all the keywords have).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import AnyStr

LOOKALIKES = ("\u017f", "\u212a", "\u0130", "\u0131")
LOOKALIKE_BYTES = tuple(char.encode() for char in LOOKALIKES)
# In UTF-8 three of them start with a byte Dutch text hardly has (Ž, ő and ł do): looking for one byte
# runs at memchr's speed, for two several times slower (0.32 -> 0.07 s for the 88 MB of a site of
# 2,000 pages).
RARE_LEAD_BYTES = tuple({char[:1] for char in LOOKALIKE_BYTES} - {"\u212a".encode()[:1]})
KELVIN_BYTES = "\u212a".encode()


def lowered(text: AnyStr) -> AnyStr | None:
    """`text` lower-cased for keyword searches, or None when it holds a character that
    re.IGNORECASE folds onto an ASCII letter and lower() does not (then only the pattern can tell)."""
    if isinstance(text, str):
        if any(char in text for char in LOOKALIKES):
            return None
    elif KELVIN_BYTES in text or (any(lead in text for lead in RARE_LEAD_BYTES)
                                  and any(char in text for char in LOOKALIKE_BYTES)):
        return None
    return text.lower()


def may_contain(text: AnyStr, keywords: Iterable[AnyStr]) -> bool:
    """False only when no case-insensitive match of any keyword can be in `text`."""
    folded = lowered(text)
    return folded is None or any(keyword in folded for keyword in keywords)
