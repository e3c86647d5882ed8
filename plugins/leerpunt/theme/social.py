"""What a shared link shows: one card per approach and guide (title and its figures or recommendations),
one default card for every other page. Words come from the catalogue and the scales, never typed here."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from .. import formatting
from ..catalogue.model import Approach, Catalogue, Guide
from ..texts import text

IMAGE_DIR = "assets/leerpunt/social"
DEFAULT_IMAGE = f"{IMAGE_DIR}/leerpunt.png"


@dataclass(frozen=True)
class SocialCard:
    """The text of one card image: a small label above, the title, and a few lines below."""

    label: str
    title: str
    lines: tuple[str, ...]
    site_name: str


def approach_card(approach: Approach, toolkit_title: str, site_name: str) -> SocialCard:
    """Title and the three figures, worded as the tiles on the page word them."""
    lines: tuple[str, ...] = (f"{formatting.scale_name('impact')}: {formatting.months_text(approach.impact)}",
             f"{formatting.scale_name('kosten')}: {formatting.level_text('kosten', approach.kosten)}",
             f"{formatting.scale_name('bewijssterkte')}: "
             f"{formatting.level_text('bewijssterkte', approach.bewijssterkte)}")
    if not approach.geverifieerd:
        lines += (text("cijfers_nog_te_bevestigen"),)
    return SocialCard(toolkit_title, approach.titel, lines, site_name)


def guide_card(guide: Guide, site_name: str, shown: int = 3) -> SocialCard:
    """Title, the number of recommendations and the first few of them."""
    count = len(guide.aanbevelingen)
    lines: tuple[str, ...] = (text("aantal_aanbevelingen", aantal=count) if count != 1 else text("een_aanbeveling"),)
    lines += tuple(f"{n}. {r.titel}" for n, r in enumerate(guide.aanbevelingen[:shown], 1))
    if count > shown:
        lines += (text("en_nog", aantal=count - shown),)
    return SocialCard(text("leidraad"), guide.titel, lines, site_name)


def default_card(site_name: str, site_description: str) -> SocialCard:
    return SocialCard("", site_name, (site_description,), site_name)


def image_path(src_uri: str) -> str:
    """Where the card of the page built from src_uri is written in the site."""
    stem = posixpath.splitext(src_uri)[0].removesuffix("/index")
    return f"{IMAGE_DIR}/{stem}.png"


def page_cards(catalogue: Catalogue, site_name: str) -> dict[str, SocialCard]:
    """The card of every approach and guide page, by the page's source path."""
    titles = {t.slug: t.titel for t in catalogue.toolkits}
    cards = {a.src_uri: approach_card(a, titles.get(a.toolkit, ""), site_name) for a in catalogue.approaches}
    cards |= {g.src_uri: guide_card(g, site_name) for g in catalogue.guides}
    return cards
