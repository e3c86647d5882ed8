"""The print set: every PDF the catalogue produces, as HTML ready to render, with its download.

Per guide: its reflection cards (office and print shop), a one-page summary poster and the guide
as an A4 document. Per toolkit: its cards (both variants) and an A3 wall chart. Per page with
reflection cards (the model): its cards, and for the model page also the A3 praatplaat and the
bureaukaart (A4 folded to a standing A5 card).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..catalogue.dates import dutch_date
from ..catalogue.consistency import POSTER_MARKS
from ..catalogue.errors import ContentError
from ..catalogue.model import CardPage, Catalogue, Guide, Toolkit
from ..catalogue.vocabularies import niveau_labels, thema_labels
from .decks import Deck, office_sheets, reflection_cards, toolkit_cards
from .markdown_html import LinkResolver, Section, blocks, is_list, sections, to_html
from .jobs import Job
from .stamp import fingerprint, newest, stamp_text, toolkit_dates
from .templating import render_template

SHOP_BLEED_MM = 3.0
BUREAUKAART_HINT = ("Zet achter de kop van elke sectie die op de bureaukaart moet, '{ .bureaukaart-voorkant }' of "
                    "'{ .bureaukaart-achterkant }' (zie CONTRIBUTING.md, 'Posters van een pagina').")


@dataclass(frozen=True)
class Settings:
    """What the print set needs from the site: addresses, where sources live, the fallback date."""

    site_url: str
    url_for: Callable[[str], "str | None"]  # a page's source path → its URL in the site
    root: Path  # the project folder; sources' paths in the catalogue are relative to it
    fallback_date: str = ""
    folder: str = "materialen"

    def absolute(self, src_uri: str) -> str:
        return self.site_url.rstrip("/") + "/" + (self.url_for(src_uri) or "").lstrip("/")


@dataclass(frozen=True)
class Download:
    """How the site presents one PDF: title, format, the page it belongs to and its group."""

    path: str  # in the site, e.g. 'materialen/leidraad-x-poster.pdf'
    title: str
    format: str
    page: str  # src_uri of the page that links it
    group: str  # 'leidraad', 'toolkit' or 'pagina'
    group_title: str


@dataclass(frozen=True)
class PrintItem:
    job: Job
    download: Download


@dataclass
class _Builder:
    settings: Settings
    catalogue: Catalogue
    items: list[PrintItem] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)

    def add(self, name: str, template: str, download: tuple[str, str], owner: tuple[str, str, str],
            context: dict, **job) -> None:
        path = f"{self.settings.folder}/{name}.pdf"
        title, format_ = download
        page, group, group_title = owner
        html = render_template(template, title=f"{title}: {group_title}", description=format_,
                               keywords=f"Leerpunt, {group_title}", **context)
        self.items.append(PrintItem(Job(path, html, **job), Download(path, title, format_, page, group, group_title)))

    def deck(self, name: str, deck: Deck, owner: tuple[str, str, str], noun: str) -> None:
        for variant, label, format_ in (
                ("office", "kantoorversie", "A4, vier kaarten per blad; dubbelzijdig afdrukken, omslaan langs de lange zijde"),
                ("shop", "drukkerijversie", "A6 met 3 mm afloop en snijtekens; voor- en achterkant afwisselend")):
            self.add(f"{name}-{'kantoor' if variant == 'office' else 'drukkerij'}", "deck.html.j2",
                     (f"{noun} ({label})", format_), owner,
                     {"deck": deck, "variant": variant, "sheets": office_sheets(deck.cards)},
                     bleed_mm=SHOP_BLEED_MM if variant == "shop" else 0.0)


def print_set(catalogue: Catalogue, settings: Settings) -> tuple[list[PrintItem], list[ContentError]]:
    """Every item of the print set, in the order the 'Materialen' page lists them."""
    builder = _Builder(settings, catalogue)
    for guide in catalogue.guides:
        _guide_items(builder, guide)
    for toolkit in catalogue.toolkits:
        _toolkit_items(builder, toolkit)
    for page in catalogue.card_pages:
        _card_page_items(builder, page)
    return builder.items, builder.errors


# --- guides -----------------------------------------------------------------------------------

def _guide_items(builder: _Builder, guide: Guide) -> None:
    s = builder.settings
    url = s.absolute(guide.src_uri)
    stamp = stamp_text(guide.gepubliceerd or s.fallback_date, fingerprint(guide), guide.voorbeeld)
    owner = (guide.src_uri, "leidraad", guide.titel)
    name = f"leidraad-{guide.slug}"
    deck = Deck(name, "Reflectiekaart", guide.titel, reflection_cards(guide.reflectiekaarten, guide.source, url), stamp)
    builder.deck(f"{name}-reflectiekaarten", deck, owner, "Reflectiekaarten")

    folder = (s.root / guide.source).parent
    resolver = LinkResolver(guide.src_uri, s.site_url, s.url_for, folder, builder.catalogue)
    intro, parts = sections(guide.body, guide.body_line)
    by_anchor = {r.anchor: r for r in guide.aanbevelingen}
    numbered = {r.anchor: n for n, r in enumerate(guide.aanbevelingen, 1)}
    rendered = [{"title": part.title, "anchor": part.anchor, "html": to_html(part.text, resolver),
                 "level": by_anchor[part.anchor].bewijs if part.anchor in by_anchor else None,
                 "number": numbered.get(part.anchor)} for part in parts]
    common = {"guide": guide, "url": url, "stamp": stamp, "meta": _guide_meta(guide)}
    recommendations = [{"number": numbered[part.anchor], "title": part.title, "level": by_anchor[part.anchor].bewijs,
                        "lead": _lead(part, resolver)} for part in parts if part.anchor in by_anchor]
    builder.add(f"{name}-poster", "poster-guide.html.j2",
                ("Poster: in één oogopslag", "A3, de aanbevelingen met hun bewijsniveau"), owner,
                {**common, "recommendations": recommendations},
                one_page=True, source=guide.source, what="de poster van de leidraad (A3)")
    builder.add(name, "guide.html.j2",
                ("Leidraad als pdf", "A4, met inhoudstafel, aanbevelingen, reflectievragen en bronnen"), owner,
                {**common, "intro": to_html(intro, resolver), "sections": rendered,
                 "sources": _sources(guide, resolver, url)},
                inputs=tuple(str(s.root / asset) for asset in guide.assets))


def _guide_meta(guide: Guide) -> list[tuple[str, str]]:
    meta = [("Gepubliceerd", dutch_date(guide.gepubliceerd)),
            ("Voor", ", ".join(niveau_labels()[n] for n in guide.niveaus)),
            ("Thema's", ", ".join(thema_labels()[t] for t in guide.themas))]
    if guide.auteurs:
        meta.append(("Auteurs", ", ".join(guide.auteurs)))
    return meta


def _lead(section: Section, resolver: LinkResolver):
    """The first paragraph of a section: what a poster says under a recommendation."""
    first = next((b for b in blocks(section.text) if not is_list(b)), "")
    return to_html(first, resolver) if first else ""


def _sources(guide: Guide, resolver: LinkResolver, url: str) -> list[tuple[str, str]]:
    cited = list(resolver.cited)
    if guide.bron and all(link != guide.bron for _, link in cited):
        cited.insert(0, ("Bron van deze leidraad", guide.bron))
    return [("Deze leidraad op de website", url)] + cited


# --- toolkits ---------------------------------------------------------------------------------

def _toolkit_items(builder: _Builder, toolkit: Toolkit) -> None:
    s = builder.settings
    stamp = stamp_text(newest(toolkit_dates(toolkit)) or s.fallback_date, fingerprint(toolkit),
                       any(a.voorbeeld for a in toolkit.aanpakken))
    owner = (toolkit.src_uri, "toolkit", toolkit.titel)
    name = f"toolkit-{toolkit.slug}"
    urls = {a.src_uri: s.absolute(a.src_uri) for a in toolkit.aanpakken}
    deck = Deck(name, "Toolkitkaart", toolkit.titel, toolkit_cards(toolkit.aanpakken, urls), stamp)
    builder.deck(f"{name}-kaarten", deck, owner, "Toolkitkaarten")
    ranked = sorted(toolkit.aanpakken, key=lambda a: (a.impact is None, -(a.impact or 0), a.titel.casefold()))
    builder.add(f"{name}-wandplaat", "wallchart.html.j2",
                ("Wandplaat", "A3 liggend, alle aanpakken met hun drie cijfers"), owner,
                {"toolkit": toolkit, "approaches": ranked, "url": s.absolute(toolkit.src_uri), "stamp": stamp},
                one_page=True, source=toolkit.source, what="de wandplaat van de toolkit (A3)")


# --- pages with reflection cards (the model) ----------------------------------------------------

def _card_page_items(builder: _Builder, page: CardPage) -> None:
    s = builder.settings
    url = s.absolute(page.src_uri)
    stamp = stamp_text(s.fallback_date, fingerprint(page), page.voorbeeld)
    owner = (page.src_uri, "pagina", page.titel)
    name = page.src_uri.removesuffix(".md").removesuffix("/index").removesuffix("index").replace("/", "-") or "start"
    deck = Deck(name, "Reflectiekaart", page.titel, reflection_cards(page.reflectiekaarten, page.source, url), stamp)
    builder.deck(f"{name}-reflectiekaarten", deck, owner, "Reflectiekaarten")
    resolver = LinkResolver(page.src_uri, s.site_url, s.url_for, catalogue=builder.catalogue)
    _, parts = sections(page.body, page.body_line)
    marked = {mark: [_poster_section(p, resolver) for p in parts if mark in p.classes] for mark in POSTER_MARKS}
    common = {"page": page, "lead": page.description, "url": url, "stamp": stamp}
    if marked["praatplaat"]:
        builder.add(f"{name}-praatplaat", "praatplaat.html.j2",
                    ("Praatplaat", "A3, het model om samen te bespreken"), owner,
                    {**common, "sections": marked["praatplaat"]},
                    one_page=True, source=page.source, what="de praatplaat (A3)")
    front, back = marked["bureaukaart-voorkant"], marked["bureaukaart-achterkant"]
    if front or back:
        if not (front and back):
            missing = "bureaukaart-achterkant" if front else "bureaukaart-voorkant"
            builder.errors.append(ContentError(page.source, page.body_line, "", f"ook een sectie met '.{missing}' "
                                               "(een bureaukaart heeft een voor- en een achterkant)",
                                               "alleen secties voor de andere kant", BUREAUKAART_HINT))
            return
        builder.add(f"{name}-bureaukaart", "bureaukaart.html.j2",
                    ("Bureaukaart", "A4, dubbelvouwen tot een staande kaart van A5"), owner,
                    {**common, "front": front, "back": back},
                    one_page=True, source=page.source, what="de bureaukaart (A4, twee helften van A5)")


def _poster_section(section: Section, resolver: LinkResolver) -> dict:
    """A section as a poster shows it: its first paragraph and its lists."""
    parts = blocks(section.text)
    lead = next((b for b in parts if not is_list(b)), "")
    lists = [b for b in parts if is_list(b)]
    return {"title": section.title, "lead": to_html(lead, resolver) if lead else "",
            "lists": [to_html(b, resolver) for b in lists]}
