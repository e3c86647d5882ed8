"""A cheap first test before a case-insensitive regular expression: can a text hold one of its keywords?

Looking for a few words with `in` takes one pass in C; a pattern tries every position. The keywords are
lower-case ASCII; re.IGNORECASE also takes ſ for s, the Kelvin sign for k and İ and ı for i, which
lower() does not fold: a text with any of those always gets the pattern.
"""

from __future__ import annotations

from collections.abc import Iterable

LOOKALIKES = ("\u017f", "\u212a", "\u0130", "\u0131")
LOOKALIKE_BYTES = tuple(char.encode() for char in LOOKALIKES)


def may_contain(text: str, keywords: Iterable[str]) -> bool:
    """False only when no case-insensitive match of any keyword can be in `text`."""
    if any(char in text for char in LOOKALIKES):
        return True
    lowered = text.lower()
    return any(keyword in lowered for keyword in keywords)


def may_contain_bytes(content: bytes, keywords: Iterable[bytes]) -> bool:
    """may_contain() of UTF-8 text, without decoding it (bytes.lower() folds ASCII letters only)."""
    if any(char in content for char in LOOKALIKE_BYTES):
        return True
    lowered = content.lower()
    return any(keyword in lowered for keyword in keywords)
