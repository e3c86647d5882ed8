"""HTML for the three figures of an approach and the level of a recommendation.

Every badge carries its meaning as text (never colour or icons alone); icons are Material's
bundled SVGs, read from the installed theme so nothing is fetched from a third party.

A scale (five euro signs, five caps) is one empty element drawn by the stylesheet: the icon
is a CSS mask repeated five times, as Material draws its admonition icons, so a list of a
thousand approaches does not carry ten thousand copies of the same SVG path.
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib import resources
from urllib.parse import quote

from ..catalogue import scales


@cache
def icon(name: str) -> str:
    """A Material Design icon as inline SVG, hidden from screen readers (the text says it)."""
    return _plain_icon(name).replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def _months(impact: int | None) -> str:
    if impact is None:
        return "–"
    return f"+{impact}" if impact > 0 else str(impact)


def months_words(impact: int | None) -> str:
    """"+6 maanden", "-1 maand", or "niet te bepalen"."""
    if impact is None:
        return "niet te bepalen"
    return f"{_months(impact)} {'maand' if abs(impact) == 1 else 'maanden'}"


# The scales drawn with icons, and the Material icon of each.
SCALE_ICONS = {"kosten": "currency-eur", "bewijs": "school"}


def _scale_icons(scale: str, filled: int) -> str:
    """Five icons, `filled` of them solid: drawn by the stylesheet (see scale_icon_css)."""
    return f'<span class="lp-scale lp-scale--{scale}" data-waarde="{filled}" aria-hidden="true"></span>'


def scale_icon_css() -> str:
    """CSS custom properties with the scales' icons as data URIs, for the masks in leerpunt.css."""
    properties = "".join(
        f'--lp-icon-{scale}:url("data:image/svg+xml;charset=utf-8,{quote(_plain_icon(name))}");'
        for scale, name in SCALE_ICONS.items())
    return f":root{{{properties}}}\n"


@cache
def _plain_icon(name: str) -> str:
    return resources.files("material").joinpath("templates", ".icons", "material", f"{name}.svg").read_text("utf-8")


def figure_tiles(impact: int | None, kosten: int, bewijssterkte: int, id_prefix: str = "lp") -> str:
    """The headline sentence and three tiles for the top of an approach page. Each tile can take
    keyboard focus; its definition shows on hover and focus (inline on touch screens) and is its
    accessible description."""
    effect = scales.impact_level(impact)
    cost = scales.kosten_level(kosten)
    evidence = scales.bewijssterkte_level(bewijssterkte)
    tiles = [
        ("impact", scales.scale_title("impact"), f'<span class="lp-tile__value">{_months(impact)}</span>'
         f'<span class="lp-tile__unit">{"maanden" if impact is not None else ""}</span>', effect.label,
         f"{scales.scale_description('impact')} {effect.description}"),
        ("kosten", scales.scale_title("kosten"), f'<span class="lp-tile__icons">{_scale_icons("kosten", kosten)}</span>',
         f"{cost.label} ({kosten} van 5)", scales.scale_description("kosten")),
        ("bewijs", scales.scale_title("bewijssterkte"),
         f'<span class="lp-tile__icons">{_scale_icons("bewijs", bewijssterkte)}</span>',
         f"{evidence.label} ({bewijssterkte} van 5)", scales.scale_description("bewijssterkte")),
    ]
    items = "".join(
        f'<div class="lp-tile lp-tile--{key}" tabindex="0" aria-describedby="{id_prefix}-{key}-uitleg">'
        f'<dt class="lp-tile__label">{escape(title)}</dt>'
        f'<dd class="lp-tile__figure">{figure}</dd><dd class="lp-tile__text">{escape(text)}</dd>'
        f'<dd class="lp-tile__definition" id="{id_prefix}-{key}-uitleg">{escape(definition)}</dd></div>'
        for key, title, figure, text, definition in tiles)
    sentence = scales.headline(impact, kosten, bewijssterkte)
    return (f'<div class="lp-figures"><p class="lp-headline">{escape(sentence)}</p>'
            f'<dl class="lp-tiles">{items}</dl></div>')


def impact_badge(impact: int | None) -> str:
    effect = scales.impact_level(impact)
    return (f'<span class="lp-badge lp-badge--impact" title="{escape(effect.label)}">'
            f'<span class="lp-badge__value" aria-hidden="true">{_months(impact)}</span>'
            f'<span class="lp-sr">Impact: {escape(months_words(impact))}, {escape(effect.label.lower())}.</span></span>')


def kosten_badge(kosten: int) -> str:
    cost = scales.kosten_level(kosten)
    return (f'<span class="lp-badge lp-badge--kosten" title="Kosten: {escape(cost.label)}">{_scale_icons("kosten", kosten)}'
            f'<span class="lp-sr">Kosten: {escape(cost.label)} ({kosten} van 5).</span></span>')


def bewijs_badge(bewijssterkte: int) -> str:
    evidence = scales.bewijssterkte_level(bewijssterkte)
    return (f'<span class="lp-badge lp-badge--bewijs" title="Bewijssterkte: {escape(evidence.label)}">'
            f'{_scale_icons("bewijs", bewijssterkte)}'
            f'<span class="lp-sr">Bewijssterkte: {escape(evidence.label)} ({bewijssterkte} van 5).</span></span>')


def compact_badges(impact: int | None, kosten: int, bewijssterkte: int) -> str:
    """One line of small badges for lists, with the full meaning for screen readers."""
    return f'<span class="lp-badges">{impact_badge(impact)}{kosten_badge(kosten)}{bewijs_badge(bewijssterkte)}</span>'


def recommendation_badge(level: str) -> str:
    """The evidence level of a guide's recommendation as a labelled badge."""
    info = scales.aanbeveling_level(level)
    return (f'<span class="lp-level lp-level--{escape(level)}" title="{escape(info.description)}">'
            f'{icon("school")}{escape(info.label)}</span>')
