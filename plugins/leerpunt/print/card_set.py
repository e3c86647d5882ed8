"""'Stel je eigen kaartenset samen': a web page where a teacher ticks cards from every deck (or
takes a theme's set) and prints them from the browser as a 4-up A4 duplex sheet.

No server and no PDF library in the browser: the page carries both faces of every card as HTML,
a small script (web/kaartenset.js) lays the chosen ones out on A4 sheets (fronts in reading
order, backs mirrored for long-edge duplex) and the print stylesheet's @page rules do the rest.
The selection lives in the address (`?kaarten=…` or `?thema=…`), so a set can be shared.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..catalogue.model import Approach, Catalogue
from ..catalogue.vocabularies import thema_labels
from ..pages.common import front_matter
from ..pages.finished import finished
from .cache import environment_fingerprint
from .documents import Settings
from .page_items import page_name
from .templating import render_template

ASSETS = ("assets/leerpunt-print/kaartenset.css", "assets/leerpunt-print/kaartenset.js")


@dataclass(frozen=True)
class SetCard:
    """One card the page offers, with a stable id for the address."""

    id: str
    number: int
    vraag: str
    antwoord: str
    url: str
    approach: Approach | None
    themas: tuple[str, ...]


@dataclass(frozen=True)
class SetDeck:
    id: str
    kind: str  # 'Reflectiekaart' or 'Toolkitkaart'
    title: str
    cards: tuple[SetCard, ...]


def set_decks(catalogue: Catalogue, settings: Settings) -> list[SetDeck]:
    """Every deck of the print set, in the 'Materialen' order: guides, toolkits, pages."""
    decks = []
    for guide in catalogue.guides:
        url = settings.absolute(guide.src_uri)
        decks.append(SetDeck(f"l-{guide.slug}", "Reflectiekaart", guide.titel, tuple(
            SetCard(f"l:{guide.slug}:{n}", n, c.vraag, c.antwoord, url, None, guide.themas)
            for n, c in enumerate(guide.reflectiekaarten, 1))))
    for toolkit in catalogue.toolkits:
        decks.append(SetDeck(f"t-{toolkit.slug}", "Toolkitkaart", toolkit.titel, tuple(
            SetCard(f"a:{a.id}", n, a.kaart.vraag, a.kaart.antwoord, settings.absolute(a.src_uri), a, a.themas)
            for n, a in enumerate(toolkit.aanpakken, 1))))
    for page in catalogue.card_pages:
        url = settings.absolute(page.src_uri)
        decks.append(SetDeck(f"p-{page_name(page)}", "Reflectiekaart", page.titel, tuple(
            SetCard(f"p:{page_name(page)}:{n}", n, c.vraag, c.antwoord, url, None, ())
            for n, c in enumerate(page.reflectiekaarten, 1))))
    return [deck for deck in decks if deck.cards]


def card_set_page(catalogue: Catalogue, settings: Settings, cache: Path | None = None) -> str:
    """The page's Markdown: a short introduction and the finished HTML of the form and the cards.

    Its QR codes cost more than the rest of a warm build's print step, so with a cache folder the
    page is kept there, named by a hash of everything it shows (as the PDFs are)."""
    decks = set_decks(catalogue, settings)
    used = {t for deck in decks for card in deck.cards for t in card.themas}
    themes = [(key, label) for key, label in thema_labels().items() if key in used]
    key = hashlib.sha256((environment_fingerprint() + repr((decks, themes, ASSETS))).encode()).hexdigest()
    kept = cache / f"kaartenset-{key}.md" if cache else None
    if kept and kept.is_file():
        return kept.read_text("utf-8")
    page = _page(decks, themes)
    if kept:
        kept.parent.mkdir(parents=True, exist_ok=True)
        for old in kept.parent.glob("kaartenset-*.md"):
            old.unlink(missing_ok=True)
        kept.write_text(page, "utf-8")
    return page


def _page(decks: list[SetDeck], themes: list[tuple[str, str]]) -> str:
    html = render_template("web/kaartenset.html.j2", decks=decks, themes=themes, assets=ASSETS,
                           title="", description="", keywords="")
    return (front_matter(title="Stel je eigen kaartenset samen",
                         description="Kies reflectie- en toolkitkaarten uit alle sets en druk ze af als je eigen set.")
            + "Kies de kaarten die je team nodig heeft, uit elke set van de site, of neem de kaarten van een thema. "
              "Je browser drukt ze af op A4, vier kaarten per blad, met de achterkanten op hun plaats voor "
              "dubbelzijdig afdrukken. Het adres van deze pagina onthoudt je keuze: stuur het door om de set te "
              "delen.\n\n" + finished(html) + "\n")


def asset_text(name: str) -> str:
    """The page's stylesheet or script, from this package."""
    from importlib import resources
    return resources.files("leerpunt.print").joinpath("web", name.rsplit("/", 1)[-1]).read_text("utf-8")
