"""Text measuring and fitting for chart labels, without a font file.

The chart is laid out at build time, long before a browser picks a font. The site uses the
system font stack (Helvetica, Arial, San Francisco, Roboto: all close to Helvetica's widths),
so labels are measured with Helvetica's standard advance widths plus a safety margin for the
slightly wider fonts some systems fall back to.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import pyphen

# Helvetica advance widths (thousandths of an em) for the printable ASCII characters 32-126.
_ASCII_WIDTHS = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_OTHER_WIDTHS = {"€": 556, "…": 1000, "–": 556, "—": 1000, "’": 222, "‘": 222, "“": 333, "”": 333,
                 "−": 584}
# San Francisco and DejaVu run a little wider than Helvetica; measure on the safe side.
_SAFETY = 1.06
ELLIPSIS = "…"


@cache
def _dutch() -> pyphen.Pyphen:
    """Dutch hyphenation, loaded when a label first needs breaking inside a word (the dictionary takes 0.1 s)."""
    return pyphen.Pyphen(lang="nl_NL")


@cache
def _char_width(char: str) -> int:
    if char in _OTHER_WIDTHS:
        return _OTHER_WIDTHS[char]
    base = unicodedata.normalize("NFKD", char)[:1] or char  # 'ë' measures as 'e'
    code = ord(base)
    return _ASCII_WIDTHS[code - 32] if 32 <= code <= 126 else 1000


def text_width(text: str, size: float) -> float:
    """The width of `text` at font size `size`, in the same units as `size`."""
    return _units(text) * size / 1000 * _SAFETY


@lru_cache(maxsize=65536)
def _units(text: str) -> int:
    # Layout measures the same candidate lines many times while it searches for room.
    return sum(map(_char_width, text))


def short_title(title: str) -> str:
    """The title without its explanation: a trailing '(…)' or what follows a colon."""
    short = re.sub(r"\s*\([^()]*\)\s*$", "", title)
    short = short.split(": ", 1)[0]
    return short.strip() or title


def two_lines(text: str, size: float, max_width: float | None = None) -> tuple[str, ...]:
    """Break `text` over two lines where the longer line is shortest.

    Without `max_width` only spaces are break points. With it, a word may break too (a long
    compound such as 'Gedragsinterventies' may not fit a column on its own): after a hyphen it
    already has, or else at a Dutch syllable; a space is preferred whenever it fits.
    """
    def widest(candidate) -> float:
        return max(text_width(candidate[0], size), text_width(candidate[1], size))

    candidates = [(" ".join(words[:i]), " ".join(words[i:]), _SPACE)
                  for words in [text.split(" ")] for i in range(1, len(words))]
    if max_width is not None and not any(widest(candidate) <= max_width for candidate in candidates):
        candidates += _word_splits(text)  # only then: a break at a space that fits always ranks first
    if not candidates:
        return (text,)

    def rank(candidate):
        fits = max_width is None or widest(candidate) <= max_width
        return (not fits, candidate[2], widest(candidate), -len(candidate[0]))

    first, second, _ = min(candidates, key=rank)
    return (first, second)


_SPACE, _HYPHEN, _SYLLABLE = range(3)  # kinds of break, most natural first


def _word_splits(text: str) -> list[tuple[str, str, int]]:
    """Breaks inside words: after a hyphen already there, or at a Dutch syllable (adding one)."""
    splits = []
    words = text.split(" ")
    for index, word in enumerate(words):
        heads = [(head, head, _HYPHEN) for head in _after_hyphens(word)]
        heads += [(head, head + "-", _SYLLABLE) for head, _ in _dutch().iterate(word) if not head.endswith("-")]
        for head, shown, kind in heads:
            splits.append((" ".join([*words[:index], shown]), " ".join([word[len(head):], *words[index + 1:]]), kind))
    return splits


def _after_hyphens(word: str) -> list[str]:
    return [word[:i + 1] for i, char in enumerate(word[:-1]) if char == "-" and i > 0]


def wrapped(text: str, size: float, max_width: float, max_lines: int = 3) -> tuple[str, ...] | None:
    """Fill lines of `max_width`, a word too long for a line broken at a Dutch syllable (the
    longest head that fits); None when that takes more than `max_lines` lines."""
    lines: list[str] = []
    words = text.split(" ")
    line = ""
    while words:
        candidate = f"{line} {words[0]}" if line else words[0]
        if text_width(candidate, size) <= max_width:
            line = candidate
            words.pop(0)
        elif line:
            lines.append(line)
            line = ""
        else:
            word = words[0]
            head = next((h for h, _ in _dutch().iterate(word) if text_width(h + "-", size) <= max_width), None)
            if head is None:
                return None
            lines.append(head + "-")
            words[0] = word[len(head):]
    lines.append(line)
    return tuple(lines) if len(lines) <= max_lines else None


def fit_lines(text: str, size: float, max_width: float, max_lines: int = 2) -> tuple[str, ...]:
    """Fill at most `max_lines` lines of `max_width`; cut the last one with an ellipsis if needed.

    A word too long for a line on its own is cut there, and that line becomes the last."""
    lines: list[str] = []
    words = text.split(" ")
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size) <= max_width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
        if text_width(line, size) > max_width:
            break
    if words or text_width(lines[-1], size) > max_width:
        lines[-1] = _cut(" ".join([lines[-1], *words]), size, max_width)
    return tuple(lines)


def _cut(text: str, size: float, max_width: float) -> str:
    while text and text_width(text + ELLIPSIS, size) > max_width:
        text = text[:-1]
    return text.rstrip(" ,:;-") + ELLIPSIS
