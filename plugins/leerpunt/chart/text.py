"""Text measuring and fitting for chart labels, without a font file.

The chart is laid out at build time, long before a browser picks a font. The site uses the
system font stack (-apple-system, Helvetica, Arial, sans-serif): a Mac draws San Francisco or
Helvetica, Windows Arial, but many Linux machines have neither and draw DejaVu Sans, up to a
quarter wider (bold) than Helvetica. A layout measured with Helvetica then runs text into its
neighbours and past the edge of the drawing. So every character is measured as the wider of
Helvetica (= Arial) and DejaVu Sans, in the weight it is drawn in, plus a small margin for the
few fonts as wide as DejaVu with a wider space (Verdana); narrower fonts only leave some air.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import pyphen

# Advance widths (thousandths of an em) of the printable ASCII characters 32-126: Helvetica and
# Helvetica-Bold from Adobe's core font metrics (Arial has the same widths), DejaVu Sans and
# DejaVu Sans Bold (2.37) from their hmtx tables, rounded to thousandths.
_HELVETICA = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_HELVETICA_BOLD = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
)
_DEJAVU = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
)
_DEJAVU_BOLD = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
)
# The wider of the two fonts, character by character: (regular, bold).
_ASCII_WIDTHS = (tuple(map(max, _HELVETICA, _DEJAVU)), tuple(map(max, _HELVETICA_BOLD, _DEJAVU_BOLD)))
# Outside ASCII, the same for the characters the chart's texts use (accented letters measure as
# their base letter); anything else counts as a full em.
_OTHER_WIDTHS = ({"€": 636, "…": 1000, "–": 556, "—": 1000, "’": 318, "‘": 318, "“": 518, "”": 518, "−": 838},
                 {"€": 696, "…": 1000, "–": 556, "—": 1000, "’": 380, "‘": 380, "“": 657, "”": 657, "−": 838})
# Verdana is about as wide as DejaVu Sans but spaces words further apart; and a little air.
_SAFETY = 1.03
ELLIPSIS = "…"


@cache
def _dutch() -> pyphen.Pyphen:
    """Dutch hyphenation, loaded when a label first needs breaking inside a word (the dictionary takes 0.1 s)."""
    return pyphen.Pyphen(lang="nl_NL")


@cache
def _char_width(char: str, bold: bool) -> int:
    others = _OTHER_WIDTHS[bold]
    if char in others:
        return others[char]
    base = unicodedata.normalize("NFKD", char)[:1] or char  # 'ë' measures as 'e'
    code = ord(base)
    return _ASCII_WIDTHS[bold][code - 32] if 32 <= code <= 126 else 1000


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` at font size `size`, in the same units as `size`, in the widest font
    a reader's browser plausibly draws it with (see the module's docstring)."""
    return _units(text, bold) * size / 1000 * _SAFETY


@lru_cache(maxsize=65536)
def _units(text: str, bold: bool = False) -> int:
    # Layout measures the same candidate lines many times while it searches for room.
    return sum(_char_width(char, bold) for char in text)


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
            head = _syllable_head(word, size, max_width)
            if head is None:
                return None
            lines.append(head + "-")
            words[0] = word[len(head):]
    lines.append(line)
    return tuple(lines) if len(lines) <= max_lines else None


def fit_lines(text: str, size: float, max_width: float, max_lines: int = 2) -> tuple[str, ...]:
    """Fill at most `max_lines` lines of `max_width`; cut the last one with an ellipsis if needed.

    A word too long for a line on its own breaks at a Dutch syllable while a line is left for
    the rest (better 'Buitenschool-' above 'se kinderop…' than 'Buitenscho…' alone); where not even a
    syllable fits, or on the last line, it is cut there and that line becomes the last."""
    lines: list[str] = []
    words = text.split(" ")
    while words and len(lines) < max_lines:
        line = words.pop(0)
        head = (_syllable_head(line, size, max_width)
                if text_width(line, size) > max_width and len(lines) + 1 < max_lines else None)
        if head is not None:
            lines.append(head + "-")
            words.insert(0, line[len(head):])
            continue
        while words and text_width(f"{line} {words[0]}", size) <= max_width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
        if text_width(line, size) > max_width:
            break
    if words or text_width(lines[-1], size) > max_width:
        lines[-1] = _cut(" ".join([lines[-1], *words]), size, max_width)
    return tuple(lines)


def _syllable_head(word: str, size: float, max_width: float) -> str | None:
    """The longest start of `word` up to a Dutch syllable break that fits with its hyphen."""
    return next((head for head, _ in _dutch().iterate(word) if text_width(head + "-", size) <= max_width), None)


def _cut(text: str, size: float, max_width: float) -> str:
    while text and text_width(text + ELLIPSIS, size) > max_width:
        text = text[:-1]
    return text.rstrip(" ,:;-") + ELLIPSIS
