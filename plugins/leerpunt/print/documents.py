"""The print set: every PDF the catalogue produces, as recipes ready to render, with its download.

Per guide: its reflection cards, a one-page summary poster and the guide as an A4 document. Per
toolkit: its cards and wall charts (A3 and A4). Per page with reflection cards (the model): its
cards, and for the model page also the A3 praatplaat and the bureaukaart (A4 folded to a
standing A5 card). Every deck comes for the office and for a print shop, with and without marks.

Planning is cheap: it decides what each PDF shows and collects, by value, everything its HTML
depends on (the recipe's arguments). Templates, Markdown and QR codes run only for a PDF the
cache does not have (runner.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..catalogue.errors import ContentError
from ..catalogue.model import Catalogue
from .decks import Deck, office_sheets
from .jobs import Checks, Recipe

SHOP_BLEED_MM = 3.0
NO_CHECKS = Checks()  # an item only asked to render


@dataclass(frozen=True)
class Settings:
    """What the print set needs from the site: addresses, where sources live, the fallback date."""

    site_url: str
    url_for: Callable[[str], str | None]  # a page's source path → its URL in the site
    root: Path  # the project folder; sources' paths in the catalogue are relative to it
    fallback_date: str = ""
    folder: str = "materialen"

    def absolute(self, src_uri: str) -> str:
        return self.site_url.rstrip("/") + "/" + (self.url_for(src_uri) or "").lstrip("/")


@dataclass(frozen=True)
class Download:
    """How the site presents one PDF: title, format, paper, the page it belongs to and its group."""

    path: str  # in the site, e.g. 'materialen/leidraad-x-poster.pdf'
    title: str
    format: str
    page: str  # src_uri of the page that links it
    group: str  # 'leidraad', 'toolkit' or 'pagina'
    group_title: str
    paper: str = ""  # which paper suits it, for the 'Materialen' page


@dataclass(frozen=True)
class PrintItem:
    recipe: Recipe
    download: Download


@dataclass(frozen=True)
class Meta:
    """The PDF's title, description and keywords (its document properties)."""

    title: str
    description: str
    keywords: str


@dataclass(frozen=True)
class Owner:
    page: str
    group: str
    title: str


# Paper advice per kind of item (shown on 'Materialen').
PAPER = {
    "office": "stevig papier van 160 à 200 g/m² (of gewoon 80 g/m² om te proberen)",
    "shop": "karton van 300 à 350 g/m², mat",
    "poster": "120 à 170 g/m², mat (op 80 g/m² scheurt een poster aan de wand sneller)",
    "guide": "gewoon papier van 80 à 90 g/m², dubbelzijdig",
    "bureaukaart": "karton van 250 à 300 g/m², zodat de kaart rechtop blijft staan",
}
DECK_VARIANTS = (
    ("office", "kantoor", "kantoorversie",
     "A4, vier kaarten per blad; dubbelzijdig afdrukken, omslaan langs de lange zijde"),
    ("shop", "drukkerij", "drukkerijversie",
     "A6 met 3 mm afloop en snijtekens; voor- en achterkant afwisselend"),
    ("shop-plain", "drukkerij-zonder-snijtekens", "drukkerijversie zonder snijtekens",
     "A6 met 3 mm afloop, zonder snijtekens (voor drukkerijen die zelf opmaken)"),
)


@dataclass
class Builder:
    settings: Settings
    catalogue: Catalogue
    items: list[PrintItem] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)

    def add(self, name: str, template: str, download: tuple[str, str, str], owner: Owner,
            context: Callable[..., dict], args: tuple, checks: Checks = NO_CHECKS,
            inputs: tuple[str, ...] = ()) -> None:
        """One PDF: `context(meta, *args)` gives the template its context; `download` is (title, format, paper)."""
        path = f"{self.settings.folder}/{name}.pdf"
        title, format_, paper = download
        meta = Meta(f"{title}: {owner.title}", format_, f"Leerpunt, {owner.title}")
        self.items.append(PrintItem(Recipe(path, template, context, (meta, *args), checks, inputs),
                                    Download(path, title, format_, owner.page, owner.group, owner.title, paper)))

    def deck(self, name: str, deck: Deck, owner: Owner, noun: str) -> None:
        for variant, suffix, label, format_ in DECK_VARIANTS:
            self.add(f"{name}-{suffix}", "deck.html.j2", (f"{noun} ({label})", format_,
                                                           PAPER["office" if variant == "office" else "shop"]),
                     owner, deck_context, (deck, variant),
                     Checks(bleed_mm=SHOP_BLEED_MM if variant != "office" else 0.0))


def with_meta(meta: Meta, /, **context) -> dict:
    return {"title": meta.title, "description": meta.description, "keywords": meta.keywords, **context}


def deck_context(meta: Meta, deck: Deck, variant: str) -> dict:
    return with_meta(meta, deck=deck, variant=variant, sheets=office_sheets(deck.all_cards))


def print_set(catalogue: Catalogue, settings: Settings) -> tuple[list[PrintItem], list[ContentError]]:
    """Every item of the print set, in the order the 'Materialen' page lists them."""
    from .guide_items import guide_items
    from .page_items import card_page_items
    from .toolkit_items import toolkit_items

    builder = Builder(settings, catalogue)
    for guide in catalogue.guides:
        guide_items(builder, guide)
    for toolkit in catalogue.toolkits:
        toolkit_items(builder, toolkit)
    for page in catalogue.card_pages:
        card_page_items(builder, page)
    return builder.items, builder.errors
