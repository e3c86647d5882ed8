"""Text widths in the embedded font, so a layout can be chosen before WeasyPrint lays it out.

The advance widths come from the DejaVu files the PDFs embed (fontTools reads them), without
kerning; a small safety margin keeps every estimate on the wide side, so a layout that fits
here fits on paper (and the overflow check after rendering stays as the net).
"""

from __future__ import annotations

from functools import cache, lru_cache

from .fonts import font_files

SAFETY = 1.03
PT_PER_MM = 72 / 25.4


@cache
def _advances(bold: bool) -> tuple[dict[int, int], int, int]:
    from fontTools.ttLib import TTFont

    path = dict(font_files())[700 if bold else 400]
    font = TTFont(str(path), lazy=True)
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    widths = {code: metrics[name][0] for code, name in cmap.items()}
    return widths, font["head"].unitsPerEm, metrics[".notdef"][0]


@lru_cache(maxsize=65536)
def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """The width of `text` in points at `size_pt`."""
    widths, per_em, missing = _advances(bold)
    units = sum(widths.get(ord(char), missing) for char in text)
    return units * size_pt / per_em * SAFETY


TOO_WIDE = 99  # lines: a word wider than the box never fits (paper would cut it or break it oddly)


def wrapped_lines(text: str, width_pt: float, size_pt: float, bold: bool = False) -> int:
    """How many lines `text` takes in a box `width_pt` wide, breaking at spaces and after hyphens
    (greedy, as WeasyPrint does); TOO_WIDE when one word is wider than the box."""
    lines, current = 0, ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size_pt, bold) <= width_pt:
            current = candidate
            continue
        if current:
            lines += 1
        pieces = [p + "-" for p in word.split("-")[:-1]] + [word.split("-")[-1]]  # 'een-op-een': may break after '-'
        if any(text_width(p, size_pt, bold) > width_pt for p in pieces if p):
            return TOO_WIDE
        current = ""
        for piece in pieces:
            if current and text_width(current + piece, size_pt, bold) > width_pt:
                lines += 1
                current = piece
            else:
                current += piece
    return lines + (1 if current else 0)
