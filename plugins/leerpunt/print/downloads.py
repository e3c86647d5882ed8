"""Markdown that links the PDFs: a section on each page that owns some, and the 'Materialen' page."""

from __future__ import annotations

from collections.abc import Iterable

from ..catalogue.errors import ContentError
from ..pages.common import front_matter, link, md_escape
from ..pages.paths import MATERIALS_PAGE
from .cache import Entry
from .documents import Download

CARD_SET_PAGE = "materialen/kaartenset.md"  # card_set.py builds it
GROUPS = (("leidraad", "Leidraden"), ("toolkit", "Toolkits"), ("pagina", "Model en andere pagina's"))
PRINT_TIPS = ("**Zo druk je af.** Kantoorversies: A4, dubbelzijdig, *omslaan langs de lange zijde*, op werkelijke "
              "grootte (100 %, niet 'aanpassen aan pagina'); knip daarna langs de stippellijnen. "
              "Drukkerijversies: één kaart per pagina (A6) met 3 mm afloop en snijtekens, voor- en achterkant "
              "om en om; geef ze zo aan een drukkerij. Een drukkerij die zelf opmaakt, krijgt de versie zonder "
              "snijtekens (met afloop). Bij elk item staat welk papier past.\n\n"
              "**Wandplaten** kiezen zelf hun kolommen en lettergrootte, nooit kleiner dan leesbaar aan een wand: "
              "op A3 titels van minstens 12 pt en cijfers van minstens 9 pt, op A4 titels van minstens 9,5 pt en "
              "cijfers van minstens 8 pt. Past een toolkit niet op één blad, dan loopt de wandplaat door op een "
              "tweede blad.")


def size_text(size: int) -> str:
    """'85 kB', '1,2 MB': sizes as a Flemish reader writes them."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def _item(download: Download, entry: Entry, from_uri: str, paper: bool = False) -> str:
    pages = "1 pagina" if entry.pages == 1 else f"{entry.pages} pagina's"
    advice = f" · papier: {md_escape(download.paper)}" if paper and download.paper else ""
    return (f"- [{md_escape(download.title)}]({link(from_uri, download.path)}) "
            f"<small>pdf, {pages}, {size_text(entry.size)} · {md_escape(download.format)}{advice}</small>")


def page_section(downloads: Iterable[Download], entries: dict[str, Entry], from_uri: str) -> str:
    """'Afdrukken' on a page: its PDFs with size and page count, and a link to all materials."""
    items = [_item(d, entries[d.path], from_uri) for d in downloads if d.path in entries]
    if not items:
        return ""
    return ("## Afdrukken { #afdrukken }\n\n" + "\n".join(items) + "\n\n"
            f"Alle kaarten, posters en pdf's staan op de pagina [Materialen]({link(from_uri, MATERIALS_PAGE)}).\n\n")


def approach_section(approach_id: str, toolkit_downloads: Iterable[Download], entries: dict[str, Entry],
                     from_uri: str) -> str:
    """'Afdrukken' on an approach page: its own card (printed from the browser through the card set
    page, which has exactly this card chosen) and its toolkit's decks."""
    card = f"[Dit toolkitkaartje afdrukken]({link(from_uri, CARD_SET_PAGE)}?kaarten=a:{approach_id})"
    decks = [_item(d, entries[d.path], from_uri) for d in toolkit_downloads
             if d.path in entries and "kaarten" in d.path]
    return ("## Afdrukken { #afdrukken }\n\n"
            f"{card}: voor- en achterkant op A4, vanuit je browser.\n\n" + "\n".join(decks) + "\n\n"
            f"Alle kaarten, posters en pdf's staan op de pagina [Materialen]({link(from_uri, MATERIALS_PAGE)}).\n\n")


def materials_page(downloads: list[Download], entries: dict[str, Entry], errors: Iterable[ContentError],
                   unavailable: bool = False) -> str:
    """Every download, grouped by guide, toolkit and model (page), each group linking its web page."""
    parts = [front_matter(title="Materialen",
                          description="Reflectiekaarten, toolkitkaarten, posters en leidraden om af te drukken."),
             "Alles om af te drukken, gemaakt uit dezelfde tekst als de website: reflectiekaarten en toolkitkaarten, "
             "posters en elke leidraad als pdf. Elk item draagt een QR-code naar zijn webpagina en een versie, zodat "
             "je een oude kaart in de leraarskamer herkent.\n\n", PRINT_TIPS + "\n\n",
             f"Liever een eigen set? [Stel je eigen kaartenset samen]({link(MATERIALS_PAGE, CARD_SET_PAGE)}) uit "
             "alle reflectie- en toolkitkaarten, of neem de kaarten van een thema, en druk ze af vanuit je "
             "browser.\n\n"]
    if unavailable:
        parts.append('!!! warning "Pdf\'s niet bijgewerkt"\n\n    Op deze computer kan WeasyPrint niet laden; de '
                     'pdf\'s '
                     'hieronder komen uit de cache, de andere ontbreken.\n\n')
    problems = sorted(set(errors))
    if problems:
        listed = "\n".join(f"    - `{md_escape(str(error))}`" for error in problems)
        parts.append(f'!!! failure "Niet alle materialen konden gemaakt worden"\n\n{listed}\n\n')
    for group, heading in GROUPS:
        mine = [d for d in downloads if d.group == group and d.path in entries]
        if not mine:
            continue
        parts.append(f"## {heading}\n\n")
        owners = list(dict.fromkeys((d.page, d.group_title) for d in mine))
        for page, title in owners:
            parts.append(f"### [{md_escape(title)}]({link(MATERIALS_PAGE, page)})\n\n")
            parts.append("\n".join(_item(d, entries[d.path], MATERIALS_PAGE, paper=True)
                                   for d in mine if d.page == page) + "\n\n")
    return "".join(parts)
