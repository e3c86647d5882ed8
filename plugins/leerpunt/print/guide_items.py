"""A guide's print items: its reflection cards, the A3 poster and the guide as an A4 document.

The guide is printed as what it is: the editors' summary ("Samenvatting door de redactie"),
pointing to the official leidraad (`bron`) when it has one. A recommendation shows an evidence
grade only when the source gives one; without a grade it shows the toolkit approaches it cites,
with their three figures.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..catalogue.dates import dutch_date
from ..catalogue.glossary import TermMatcher
from ..catalogue.model import Approach, Guide, Recommendation
from ..catalogue.vocabularies import niveau_labels, thema_labels
from .decks import Deck, reflection_cards
from .documents import PAPER, Builder, Meta, Owner, with_meta
from .jobs import Checks, ContentProblems
from .markdown_html import LinkResolver, Section, blocks, code_table, is_list, link_table, sections, to_html
from .stamp import fingerprint, stamp_text


def guide_items(builder: Builder, guide: Guide) -> None:
    s = builder.settings
    url = s.absolute(guide.src_uri)
    stamp = stamp_text(guide.gepubliceerd or s.fallback_date, fingerprint(guide), guide.voorbeeld)
    owner = Owner(guide.src_uri, "leidraad", guide.titel)
    name = f"leidraad-{guide.slug}"
    deck = Deck(name, "Reflectiekaart", guide.titel, reflection_cards(guide.reflectiekaarten, guide.source, url),
                stamp, url, guide.source)
    builder.deck(f"{name}-reflectiekaarten", deck, owner, "Reflectiekaarten")

    cited = tuple(dict.fromkeys(Cited.of(a) for a in (builder.catalogue.approach(i) for r in guide.aanbevelingen
                                                        for i in r.aanpakken) if a))
    sources = GuideSources(guide, url, stamp, s.site_url, link_table(guide.body, guide.src_uri, s.url_for),
                           code_table(guide.body, builder.catalogue, guide.src_uri), cited,
                           terms_used(builder.catalogue.glossary, guide.body))
    builder.add(f"{name}-poster", "poster-guide.html.j2",
                ("Poster: in één oogopslag", "A3, de aanbevelingen met hun onderbouwing", PAPER["poster"]), owner,
                poster_context, (sources,),
                Checks(pages=1, source=guide.source, what="de poster van de leidraad (A3)"))
    builder.add(name, "guide.html.j2",
                ("Leidraad als pdf (samenvatting door de redactie)",
                 "A4, met inhoudstafel, aanbevelingen, reflectievragen en bronnen", PAPER["guide"]), owner,
                guide_context, (sources,), inputs=guide.assets)


@dataclass(frozen=True)
class Cited:
    """What a guide prints of an approach a recommendation cites: its title and three figures (so an
    edit elsewhere in the approach does not make the guide's PDFs again)."""

    id: str
    titel: str
    impact: int | None
    kosten: int
    bewijssterkte: int
    geverifieerd: bool

    @classmethod
    def of(cls, a: Approach) -> Cited:
        return cls(a.id, a.titel, a.impact, a.kosten, a.bewijssterkte, a.geverifieerd)


@dataclass(frozen=True)
class GuideSources:
    """Everything a guide's poster and PDF are made from (the recipe's argument: its repr is its value)."""

    guide: Guide
    url: str
    stamp: str
    site_url: str
    links: tuple
    codes: tuple
    cited: tuple[Cited, ...]
    terms: tuple[tuple[str, str], ...] = ()  # the glossary terms the guide uses: (term, definition)

    def resolver(self) -> LinkResolver:
        g = self.guide
        return LinkResolver(g.src_uri, self.site_url, self.links, self.codes, posixpath.dirname(g.source), g.source)


def _recommendation(rec: Recommendation, cited: tuple[Cited, ...]) -> dict:
    """What paper shows about the evidence: the grade from the source, or else the approaches it cites."""
    approaches = [a for a in cited if a.id in rec.aanpakken]
    return {"level": rec.bewijs or "", "approaches": [] if rec.bewijs else approaches}


def _common(sources: GuideSources) -> dict:
    g = sources.guide
    return {"guide": g, "url": sources.url, "stamp": sources.stamp, "meta": guide_meta(g)}


def poster_context(meta: Meta, sources: GuideSources) -> dict:
    guide, resolver = sources.guide, sources.resolver()
    _, parts = sections(guide.body, guide.body_line)
    by_anchor = {r.anchor: (n, r) for n, r in enumerate(guide.aanbevelingen, 1)}
    recommendations = [{"number": by_anchor[p.anchor][0], "title": p.title, "lead": _lead(p, resolver),
                        **_recommendation(by_anchor[p.anchor][1], sources.cited)}
                       for p in parts if p.anchor in by_anchor]
    _raise(resolver)
    return with_meta(meta, **_common(sources), recommendations=recommendations,
                     graded=any(r["level"] for r in recommendations))


def guide_context(meta: Meta, sources: GuideSources) -> dict:
    guide, resolver = sources.guide, sources.resolver()
    intro, parts = sections(guide.body, guide.body_line)
    by_anchor = {r.anchor: (n, r) for n, r in enumerate(guide.aanbevelingen, 1)}
    rendered = []
    for part in parts:
        number, rec = by_anchor.get(part.anchor, (None, None))
        rendered.append({"title": part.title, "anchor": part.anchor, "number": number,
                         "html": to_html(part.text, resolver, part.text_line),
                         **(_recommendation(rec, sources.cited) if rec else {"level": "", "approaches": []})})
    intro_html = to_html(intro, resolver, guide.body_line)
    _raise(resolver)
    return with_meta(meta, **_common(sources), intro=intro_html, sections=rendered, terms=sources.terms,
                     sources=_sources(guide, resolver, sources.url), origins=resolver.images)


def terms_used(glossary, text: str) -> tuple[tuple[str, str], ...]:
    """The glossary terms a text uses (the same matcher as the web's tooltips), alphabetically."""
    used = {term.term: term.definitie for _, term in TermMatcher(glossary).occurrences(text)} if glossary else {}
    return tuple(sorted(used.items(), key=lambda item: item[0].casefold()))


def _raise(resolver: LinkResolver) -> None:
    if resolver.errors:
        raise ContentProblems(resolver.errors)


def guide_meta(guide: Guide) -> list[tuple[str, str]]:
    meta = [("Gepubliceerd", dutch_date(guide.gepubliceerd)),
            ("Voor", ", ".join(niveau_labels()[n] for n in guide.niveaus)),
            ("Thema's", ", ".join(thema_labels()[t] for t in guide.themas))]
    if guide.auteurs:
        meta.append(("Auteurs", ", ".join(guide.auteurs)))
    return meta


def _lead(section: Section, resolver: LinkResolver):
    """The first paragraph of a section: what a poster says under a recommendation."""
    first = next((b for b in blocks(section.text) if not is_list(b)), "")
    return to_html(first, resolver, section.text_line) if first else ""


def _sources(guide: Guide, resolver: LinkResolver, url: str) -> list[tuple[str, str]]:
    cited = list(resolver.cited)
    if guide.bron and all(link != guide.bron for _, link in cited):
        cited.insert(0, ("De officiële leidraad", guide.bron))
    return [("Deze samenvatting op de website", url)] + cited
