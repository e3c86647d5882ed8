"""A 1200×630 PNG for a shared link, drawn with Pillow in the fonts the print set uses.

`layout()` decides where every line goes (wrapped, type shrunk until the title fits, lines that
do not fit left off with an ellipsis) without drawing; `card_png()` draws that layout. Tests check
the layout against the canvas, so "the text fits" is measured, not assumed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from ..print.fonts import font_faces
from .social import SocialCard

WIDTH, HEIGHT, MARGIN = 1200, 630, 72
BAND = 14  # the coloured band along the top
PETROL, INK, MUTED, PAPER, ACCENT = "#1d5c68", "#12424b", "#51636a", "#ffffff", "#a4470f"
LABEL_SIZE, FOOTER_SIZE, LINE_SIZE = 30, 28, 34
TITLE_SIZES = (68, 60, 52, 46, 40)
MAX_TITLE_LINES = 3
ELLIPSIS = "…"


@dataclass(frozen=True)
class Line:
    """One line of text at its place: x, y of its top-left corner, its size and weight, its measured box."""

    text: str
    x: int
    y: int
    size: int
    bold: bool
    colour: str
    width: int
    height: int


@cache
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    path = next(p for weight, style, p in font_faces() if style == "normal" and (weight == 700) == bold)
    return ImageFont.truetype(str(path), size)


def text_box(text: str, size: int, bold: bool) -> tuple[int, int]:
    """Width and height of a line as Pillow draws it (from the top of the line)."""
    left, top, right, bottom = _font(size, bold).getbbox(text)
    return round(right), round(bottom)


def wrap(text: str, size: int, bold: bool, width: int) -> list[str]:
    """Words in lines no wider than width (a single word too wide is cut with an ellipsis)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if text_box(candidate, size, bold)[0] <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word if text_box(word, size, bold)[0] <= width else shorten(word, size, bold, width)
    return lines + ([current] if current else [])


def shorten(text: str, size: int, bold: bool, width: int) -> str:
    """The text cut at the end, with an ellipsis, to fit width."""
    while text and text_box(text + ELLIPSIS, size, bold)[0] > width:
        text = text[:-1].rstrip()
    return text + ELLIPSIS


def layout(card: SocialCard) -> list[Line]:
    """Every line of the card at its place; everything within the margins and above the footer."""
    inner = WIDTH - 2 * MARGIN
    placed: list[Line] = []

    def put(text: str, y: int, size: int, bold: bool, colour: str) -> int:
        width, height = text_box(text, size, bold)
        placed.append(Line(text, MARGIN, y, size, bold, colour, width, height))
        return y + round(size * 1.25)

    footer_y = HEIGHT - MARGIN - text_box("Ágjy", FOOTER_SIZE, True)[1]  # the tallest letters stay inside
    y = MARGIN + BAND
    if card.label:
        y = put(shorten_to(card.label, LABEL_SIZE, True, inner), y, LABEL_SIZE, True, ACCENT) + 12
    for size in TITLE_SIZES:
        title = wrap(card.title, size, True, inner)
        if len(title) <= MAX_TITLE_LINES:
            break
    else:
        title = title[:MAX_TITLE_LINES - 1] + [shorten(" ".join(title[MAX_TITLE_LINES - 1:]), size, True, inner)]
    for line in title:
        y = put(line, y, size, True, INK)
    y += 24
    bottom = footer_y - 24
    body = [part for text in card.lines for part in wrap(text, LINE_SIZE, False, inner)]
    step = round(LINE_SIZE * 1.25)
    room = max(0, (bottom - y) // step)
    if len(body) > room:
        body = body[:room]
        if body:
            body[-1] = shorten(body[-1], LINE_SIZE, False, inner - text_box(ELLIPSIS, LINE_SIZE, False)[0])
    for line in body:
        y = put(line, y, LINE_SIZE, False, MUTED)
    put(shorten_to(card.site_name, FOOTER_SIZE, True, inner), footer_y, FOOTER_SIZE, True, PETROL)
    return placed


def shorten_to(text: str, size: int, bold: bool, width: int) -> str:
    """The text as it is when it fits, else cut with an ellipsis."""
    return text if text_box(text, size, bold)[0] <= width else shorten(text, size, bold, width)


def card_png(card: SocialCard) -> bytes:
    """The card as PNG bytes (deterministic: the same card gives the same bytes)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, BAND), fill=PETROL)
    draw.rectangle((0, HEIGHT - BAND // 2, WIDTH, HEIGHT), fill=PETROL)
    for line in layout(card):
        draw.text((line.x, line.y), line.text, font=_font(line.size, line.bold), fill=line.colour)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def icon_png(size: int) -> bytes:
    """The site's square icon (apple-touch-icon): a white 'L' on petrol, as the SVG favicon."""
    image = Image.new("RGB", (size, size), PETROL)
    draw = ImageDraw.Draw(image)
    font = _font(round(size * 0.62), True)
    draw.text((size / 2, size / 2), "L", font=font, fill=PAPER, anchor="mm")
    draw.rectangle((round(size * 0.2), round(size * 0.8), round(size * 0.8), round(size * 0.84)), fill=ACCENT)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
