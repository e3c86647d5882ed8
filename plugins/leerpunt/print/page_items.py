"""The print items of a page with reflection cards (the model): its deck, the praatplaat and the bureaukaart."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue.consistency import POSTER_MARKS
from ..catalogue.errors import ContentError
from ..catalogue.model import CardPage
from ..model_drawing import draw, read_model
from ..model_drawing.data import PERSPECTIVES, PROCESS, SOURCES
from .decks import Deck, reflection_cards
from .documents import PAPER, Builder, Meta, Owner, with_meta
from .jobs import Checks, ContentProblems
from .markdown_html import LinkResolver, Section, blocks, code_table, is_list, link_table, sections, to_html
from .stamp import fingerprint, stamp_text

BUREAUKAART_HINT = ("Zet achter de kop van elke sectie die op de bureaukaart moet, '{ .bureaukaart-voorkant }' of "
                    "'{ .bureaukaart-achterkant }' (zie CONTRIBUTING.md, 'Posters van een pagina').")


@dataclass(frozen=True)
class PageSources:
    """Everything a page's posters are made from (the recipe's argument)."""

    page: CardPage
    url: str
    stamp: str
    site_url: str
    links: tuple
    codes: tuple

    def resolver(self) -> LinkResolver:
        return LinkResolver(self.page.src_uri, self.site_url, self.links, self.codes, source=self.page.source)


def page_name(page: CardPage) -> str:
    return page.src_uri.removesuffix(".md").removesuffix("/index").removesuffix("index").replace("/", "-") or "start"


def card_page_items(builder: Builder, page: CardPage) -> None:
    s = builder.settings
    url = s.absolute(page.src_uri)
    stamp = stamp_text(s.fallback_date, fingerprint(page), page.voorbeeld)
    owner = Owner(page.src_uri, "pagina", page.titel)
    name = page_name(page)
    deck = Deck(name, "Reflectiekaart", page.titel, reflection_cards(page.reflectiekaarten, page.source, url), stamp,
                url, page.source)
    builder.deck(f"{name}-reflectiekaarten", deck, owner, "Reflectiekaarten")
    _, parts = sections(page.body, page.body_line)
    marked = {mark: any(mark in p.classes for p in parts) for mark in POSTER_MARKS}
    sources = PageSources(page, url, stamp, s.site_url, link_table(page.body, page.src_uri, s.url_for),
                          code_table(page.body, builder.catalogue, page.src_uri))
    if marked["praatplaat"]:
        builder.add(f"{name}-praatplaat", "praatplaat.html.j2",
                    ("Praatplaat", "A3, het model om samen te bespreken", PAPER["poster"]), owner,
                    praatplaat_context, (sources,), Checks(pages=1, source=page.source, what="de praatplaat (A3)"))
    front, back = marked["bureaukaart-voorkant"], marked["bureaukaart-achterkant"]
    if front or back:
        if not (front and back):
            missing = "bureaukaart-achterkant" if front else "bureaukaart-voorkant"
            builder.errors.append(ContentError(page.source, page.body_line, "", f"ook een sectie met '.{missing}' "
                                               "(een bureaukaart heeft een voor- en een achterkant)",
                                               "alleen secties voor de andere kant", BUREAUKAART_HINT))
            return
        builder.add(f"{name}-bureaukaart", "bureaukaart.html.j2",
                    ("Bureaukaart", "A4, dubbelvouwen tot een staande kaart van A5", PAPER["bureaukaart"]), owner,
                    bureaukaart_context, (sources,),
                    Checks(pages=1, source=page.source, what="de bureaukaart (A4, twee helften van A5)"))


def _marked(sources: PageSources, resolver: LinkResolver) -> dict[str, list[dict]]:
    _, parts = sections(sources.page.body, sources.page.body_line)
    # The praatplaat leaves to its drawing the lists the drawing shows; the bureaukaart keeps them.
    return {mark: [_poster_section(p, resolver, mark == "praatplaat") for p in parts if mark in p.classes]
            for mark in POSTER_MARKS}


def _common(sources: PageSources) -> dict:
    return {"page": sources.page, "lead": sources.page.description, "url": sources.url, "stamp": sources.stamp}


def praatplaat_context(meta: Meta, sources: PageSources) -> dict:
    resolver = sources.resolver()
    marked = _marked(sources, resolver)
    _raise(resolver)
    return with_meta(meta, **_common(sources), sections=marked["praatplaat"], drawing=model_drawing(sources.page))


def bureaukaart_context(meta: Meta, sources: PageSources) -> dict:
    resolver = sources.resolver()
    marked = _marked(sources, resolver)
    _raise(resolver)
    return with_meta(meta, **_common(sources), front=marked["bureaukaart-voorkant"],
                     back=marked["bureaukaart-achterkant"],
                     drawing=model_drawing(sources.page, text_scale=1.45))


def _raise(resolver: LinkResolver) -> None:
    if resolver.errors:
        raise ContentProblems(resolver.errors)


def model_drawing(page: CardPage, text_scale: float = 1.0) -> str:
    """The drawn model for a page that describes it ('' for a page without any of its sections);
    a model page whose sections cannot be read is an error, never a poster without its picture."""
    _, parts = sections(page.body, page.body_line)
    if not any(p.title.casefold().startswith((SOURCES, PERSPECTIVES, PROCESS)) for p in parts):
        return ""
    model, errors = read_model(page.body, page.body_line, page.source, page.titel)
    if errors or model is None:
        raise ContentProblems(errors)
    return draw(model, mode="print", text_scale=text_scale)


def _poster_section(section: Section, resolver: LinkResolver, leave_drawn: bool = False) -> dict:
    """A section as a poster shows it: its first paragraph and its lists (a list the drawing already
    shows, the sources, perspectives or phases of the model, is left to the drawing)."""
    parts = blocks(section.text)
    lead = next((b for b in parts if not is_list(b)), "")
    drawn = leave_drawn and section.title.casefold().startswith((SOURCES, PERSPECTIVES, PROCESS))
    lists = [] if drawn else [b for b in parts if is_list(b)]
    return {"title": section.title, "lead": to_html(lead, resolver, section.text_line) if lead else "",
            "lists": [to_html(b, resolver, section.text_line) for b in lists], "drawn": drawn}
