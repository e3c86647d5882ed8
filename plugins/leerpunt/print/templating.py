"""The Jinja2 environment of the print templates and the small helpers they call."""

from __future__ import annotations

import re
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .. import formatting
from ..badges.icons import icon as material_icon
from ..catalogue import scales
from ..texts import text
from .fonts import font_face_css
from .qr import qr_svg
from .typography import breakable_url, dutch_quotes

ON, OFF = "#1d5c68", "#c3d1d4"
# Crop marks for a 105 × 148 mm card drawn on a 125 × 168 mm sheet (3 mm bleed + 7 mm for the
# marks): each mark continues a trim line from 1 mm to 6.5 mm outside it, clear of the bleed.
TRIM = (10, 10, 115, 158)


def icon(name: str, on: bool = True, colour: str | None = None) -> Markup:
    """A Material icon (the site's own set), coloured for paper."""
    fill = colour or (ON if on else OFF)
    return Markup(material_icon(name).replace("<svg ", f'<svg class="icon" fill="{fill}" ', 1))


def icons(name: str, filled: int, total: int = 5) -> Markup:
    """A scale as a row of icons: `filled` in colour, the rest pale (the label says it in words)."""
    return Markup("".join(icon(name, i < filled) for i in range(total)))


def crop_marks() -> Markup:
    left, top, right, bottom = TRIM
    width, height = right + left, bottom + top
    lines = []
    for x in (left, right):
        lines += [f"M{x} 1V{top - 3.5}", f"M{x} {bottom + 3.5}V{height - 1}"]
    for y in (top, bottom):
        lines += [f"M1 {y}H{left - 3.5}", f"M{right + 3.5} {y}H{width - 1}"]
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
                  f'<path d="{" ".join(lines)}" stroke="#000" stroke-width="0.1" fill="none"/></svg>')


def short_url(url: str) -> str:
    return url.split("://", 1)[-1]


def url_text(url: str) -> Markup:
    """A web address as paper shows it: without 'https://', breaking only after a '/'."""
    return breakable_url(short_url(url))


def css_string(text: str) -> Markup:
    """Text for inside a double-quoted CSS string in a <style> element."""
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return Markup(text)


def _voorbeeld_notice() -> dict:
    """The site's own 'Voorbeeldtekst' notice (one wording for web and paper)."""
    return {"title": text("voorbeeldtekst"), "text": text("voorbeeldtekst_uitleg")}


def emphasis(words: str) -> Markup:
    """An interface text with '**bold**' parts, escaped, with Dutch quotes."""
    escaped = str(escape(dutch_quotes(words)))
    return Markup(re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped))


def excerpt(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("leerpunt.print", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(scales=scales, fmt=formatting, icon=icon, icons=icons, crop_marks=crop_marks,
                       qr=lambda url: Markup(qr_svg(url)), font_faces=lambda: Markup(font_face_css()),
                       voorbeeld_notice=_voorbeeld_notice(), t=text)
    env.filters.update(short_url=short_url, url_text=url_text, excerpt=excerpt, css_string=css_string, nl=dutch_quotes,
                       emphasis=emphasis)
    return env


def render_template(name: str, **context) -> str:
    return environment().get_template(name).render(**context)
