"""A toolkit's print items: its card deck and its wall charts (A3 and A4, one or more sheets)."""

from __future__ import annotations

from ..catalogue.model import Toolkit
from .decks import Deck, toolkit_cards
from .documents import PAPER, Builder, Meta, Owner, with_meta
from .jobs import Checks
from .stamp import fingerprint, newest, stamp_text, toolkit_dates
from .wallchart import PAPERS, Paper, layout


def toolkit_items(builder: Builder, toolkit: Toolkit) -> None:
    s = builder.settings
    stamp = stamp_text(newest(toolkit_dates(toolkit)) or s.fallback_date, fingerprint(toolkit),
                       any(a.voorbeeld for a in toolkit.aanpakken))
    owner = Owner(toolkit.src_uri, "toolkit", toolkit.titel)
    name = f"toolkit-{toolkit.slug}"
    url = s.absolute(toolkit.src_uri)
    urls = {a.src_uri: s.absolute(a.src_uri) for a in toolkit.aanpakken}
    deck = Deck(name, "Toolkitkaart", toolkit.titel, toolkit_cards(toolkit.aanpakken, urls), stamp, url,
                toolkit.source)
    builder.deck(f"{name}-kaarten", deck, owner, "Toolkitkaarten")
    ranked = tuple(sorted(toolkit.aanpakken, key=lambda a: (a.impact is None, -(a.impact or 0), a.titel.casefold())))
    for paper in PAPERS:
        chosen = layout(paper, ranked)
        sheets = len(chosen.sheets)
        suffix = "" if paper.name == "A3" else f"-{paper.name.lower()}"
        format_ = (f"{paper.name} liggend, alle aanpakken met hun drie cijfers"
                   + (f", op {sheets} bladen" if sheets > 1 else ""))
        builder.add(f"{name}-wandplaat{suffix}", "wallchart.html.j2",
                    (f"Wandplaat {paper.name}", format_, PAPER["poster"] if paper.name == "A3" else PAPER["office"]),
                    owner, wallchart_context, (toolkit.titel, toolkit.source, paper, ranked, url, stamp),
                    Checks(pages=sheets, source=toolkit.source,
                           what=f"de wandplaat van de toolkit ({paper.name}, {sheets} "
                                f"{'blad' if sheets == 1 else 'bladen'})"))


def wallchart_context(meta: Meta, title: str, source: str, paper: Paper, ranked: tuple, url: str, stamp: str) -> dict:
    return with_meta(meta, toolkit_title=title, source=source, layout=layout(paper, ranked), count=len(ranked),
                     url=url, stamp=stamp)
