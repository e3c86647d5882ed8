"""Evidence badges and figure tiles as HTML, rendered from templates/leerpunt/badges.html and tiles.html.

Badges depend only on their value (and the site's templates), so each is rendered once per
value: a list of a thousand approaches costs a handful of renders.
"""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from markupsafe import Markup

from ..web import DEFAULT, Web

BADGES, TILES = "leerpunt/badges.html", "leerpunt/tiles.html"


@cache
def impact_badge(impact: int | None, web: Web = DEFAULT) -> str:
    return str(web.macro(BADGES, "impact_badge")(impact))


@cache
def kosten_badge(kosten: int, web: Web = DEFAULT) -> str:
    return str(web.macro(BADGES, "kosten_badge")(kosten))


@cache
def bewijs_badge(bewijssterkte: int, web: Web = DEFAULT) -> str:
    return str(web.macro(BADGES, "bewijs_badge")(bewijssterkte))


@cache
def compact_badges(impact: int | None, kosten: int, bewijssterkte: int, web: Web = DEFAULT,
                   unconfirmed: bool = False) -> str:
    """One line of small badges for lists, with the full meaning for screen readers (and the status
    of figures that are not confirmed yet)."""
    return str(web.macro(BADGES, "compact_badges")(impact, kosten, bewijssterkte, unconfirmed))


def approach_badges(approach, web: Web = DEFAULT) -> str:
    """An approach's compact badges, with its confirmation status."""
    return compact_badges(approach.impact, approach.kosten, approach.bewijssterkte, web, not approach.geverifieerd)


@cache
def recommendation_badge(level: str, web: Web = DEFAULT) -> str:
    """The evidence level of a guide's recommendation as a labelled badge."""
    return str(web.macro(BADGES, "recommendation_badge")(level))


def figure_tiles(impact: int | None, kosten: int, bewijssterkte: int, id_prefix: str = "lp", web: Web = DEFAULT,
                 unconfirmed: bool = False) -> str:
    """The headline sentence and three tiles for the top of an approach page."""
    return str(web.macro(TILES, "figure_tiles")(impact, kosten, bewijssterkte, id_prefix, unconfirmed))


def badge_set(web: Web = DEFAULT) -> SimpleNamespace:
    """The badge functions for templates (`badges.impact(6)`), rendered once per value."""
    return SimpleNamespace(
        impact=lambda value: Markup(impact_badge(value, web)), kosten=lambda value: Markup(kosten_badge(value, web)),
        bewijs=lambda value: Markup(bewijs_badge(value, web)),
        compact=lambda impact, kosten, bewijs, unconfirmed=False: Markup(
            compact_badges(impact, kosten, bewijs, web, unconfirmed)),
        unconfirmed=lambda: Markup(str(web.macro(BADGES, "unconfirmed")())),
        recommendation=lambda level: Markup(recommendation_badge(level, web)))
