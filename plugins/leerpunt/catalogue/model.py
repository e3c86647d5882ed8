"""The typed, immutable catalogue that one loader builds once per build."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .errors import ContentError
from .glossary import Term
from .materials import Material
from .projects import Project
from .related import RelatedIndex
from .theme_intros import ThemeIntro


@dataclass(frozen=True)
class Card:
    """A printed card: a question on the front, an answer or explanation on the back."""

    vraag: str
    antwoord: str = ""
    line: int = 0


@dataclass(frozen=True)
class Change:
    veld: str
    van: int | None
    naar: int | None


@dataclass(frozen=True)
class Update:
    """One entry of an approach's history ('Update 2025: wat is er veranderd?')."""

    datum: str
    toelichting: str
    studies_toegevoegd: int | None
    wijzigingen: tuple[Change, ...]


@dataclass(frozen=True)
class FigureSource:
    """Where an approach's three figures come from, and when they were checked there."""

    bron: str
    titel: str
    geraadpleegd: str


@dataclass(frozen=True)
class Approach:
    """A toolkit approach (aanpak) with its three figures."""

    toolkit: str
    slug: str
    titel: str
    impact: int | None
    kosten: int
    bewijssterkte: int
    samenvatting: str
    niveaus: tuple[str, ...]
    themas: tuple[str, ...]
    bron: str
    geverifieerd: bool
    verificatie: str
    bijgewerkt: str
    historiek: tuple[Update, ...]
    kaart: Card
    voorbeeld: bool
    body: str
    source: str
    body_line: int
    verwant: tuple[str, ...] = ()        # ids of approaches the editor names as related (shown first)
    verwant_line: int = 0
    leerpunt: str = ""                   # Leerpunt's own page of this approach, when there is one
    cijfers: FigureSource | None = None  # where the figures come from (required once confirmed)

    @property
    def src_uri(self) -> str:
        return f"toolkits/{self.toolkit}/{self.slug}.md"

    @property
    def id(self) -> str:
        """Stable id across the site, exports and references: '<toolkit>/<slug>'."""
        return f"{self.toolkit}/{self.slug}"


@dataclass(frozen=True)
class Toolkit:
    slug: str
    titel: str
    volgorde: int
    samenvatting: str
    niveaus: tuple[str, ...]
    bron: str
    inleiding: str
    aanpakken: tuple[Approach, ...]
    source: str

    @property
    def src_uri(self) -> str:
        return f"toolkits/{self.slug}/index.md"


@dataclass(frozen=True)
class Recommendation:
    """A guide's recommendation: a level-2 heading marked `.aanbeveling`. Its evidence is the toolkit
    approaches it cites; it has an evidence grade only when its source gives one (with that source)."""

    anchor: str
    titel: str
    line: int
    aanpakken: tuple[str, ...] = ()  # ids '<toolkit>/<slug>' of approaches that support it
    bewijs: str = ""                 # the source's grade (sterk, matig, beperkt), or '' when it gives none
    bewijsbron: str = ""             # the address of the source that gives the grade


@dataclass(frozen=True)
class Guide:
    """A guide (leidraad) with its recommendations and reflection cards."""

    slug: str
    titel: str
    samenvatting: str
    niveaus: tuple[str, ...]
    themas: tuple[str, ...]
    gepubliceerd: str
    auteurs: tuple[str, ...]
    kennisagenda: str
    bron: str
    reflectiekaarten: tuple[Card, ...]
    aanbevelingen: tuple[Recommendation, ...]
    voorbeeld: bool
    body: str
    source: str
    body_line: int
    assets: tuple[str, ...]

    @property
    def src_uri(self) -> str:
        return f"leidraden/{self.slug}/index.md"


@dataclass(frozen=True)
class AgendaTheme:
    """A knowledge-agenda theme; `leidraden` are the guides that answer it (from the guides)."""

    id: str
    titel: str
    schooljaar: str
    status: str
    verwacht: int | None
    pagina: str
    toelichting: str
    geverifieerd: bool
    leidraden: tuple[str, ...]
    notitie: str = ""  # for editors only: provenance, doubts (never shown)


@dataclass(frozen=True)
class Kennisagenda:
    titel: str
    periode: str
    bron: str
    themas: tuple[AgendaTheme, ...]
    source: str


@dataclass(frozen=True)
class CardPage:
    """A free page in docs_dir (such as the model) that carries reflection cards, with its parsed
    body: print makes its decks and posters from it without reading the file again."""

    src_uri: str
    titel: str
    reflectiekaarten: tuple[Card, ...]
    source: str
    description: str = ""
    voorbeeld: bool = False
    body: str = ""
    body_line: int = 1
    verificatie: str = ""  # for editors only (never shown)


@dataclass(frozen=True)
class BrokenSource:
    """A source that could not be read; it still gets a page that shows its errors."""

    src_uri: str
    titel: str
    source: str
    errors: tuple[ContentError, ...]


@dataclass(frozen=True)
class Catalogue:
    toolkits: tuple[Toolkit, ...]
    guides: tuple[Guide, ...]
    kennisagenda: Kennisagenda | None
    card_pages: tuple[CardPage, ...]
    broken: tuple[BrokenSource, ...]
    errors: tuple[ContentError, ...]
    projects: tuple[Project, ...] = ()
    glossary: tuple[Term, ...] = ()
    materials: tuple[Material, ...] = ()
    theme_intros: tuple[ThemeIntro, ...] = ()

    # Lookups by id and by source path are tables built on first use (the catalogue never
    # changes): a site with thousands of approaches asks them once per page.
    @cached_property
    def approaches(self) -> tuple[Approach, ...]:
        return tuple(a for toolkit in self.toolkits for a in toolkit.aanpakken)

    @cached_property
    def _approaches_by_id(self) -> dict[str, Approach]:
        return {a.id: a for a in self.approaches}

    @cached_property
    def _by_src_uri(self) -> dict[str, Approach | Guide | CardPage]:
        items: tuple[Approach | Guide | CardPage, ...] = (*self.card_pages, *self.guides, *self.approaches)
        return {item.src_uri: item for item in items}

    def toolkit(self, slug: str) -> Toolkit | None:
        return next((t for t in self.toolkits if t.slug == slug), None)

    def guide(self, slug: str) -> Guide | None:
        return next((g for g in self.guides if g.slug == slug), None)

    def approach(self, approach_id: str) -> Approach | None:
        return self._approaches_by_id.get(approach_id)

    def approach_at(self, src_uri: str) -> Approach | None:
        """The approach whose page is built from src_uri."""
        found = self._by_src_uri.get(src_uri)
        return found if isinstance(found, Approach) else None

    def guide_at(self, src_uri: str) -> Guide | None:
        found = self._by_src_uri.get(src_uri)
        return found if isinstance(found, Guide) else None

    @cached_property
    def _related_index(self) -> RelatedIndex[Approach]:
        return RelatedIndex(self.approaches)

    def related(self, approach: Approach, most: int = 4, least: int = 2) -> tuple[Approach, ...]:
        """'Verwante aanpakken': the editor's choice first, then the approaches that share the most
        themes, then same-toolkit approaches for the same levels, so that every page offers at
        least `least` next steps (the ranking in full: catalogue/related.py)."""
        chosen = tuple(a for a in (self.approach(ref) for ref in approach.verwant) if a and a.id != approach.id)
        return self._related_index.related(approach, chosen, most, least)

    def citations(self, approach: Approach) -> tuple[tuple[Guide, Recommendation], ...]:
        """The guide recommendations that name this approach as support."""
        return tuple((g, r) for g in self.guides for r in g.aanbevelingen if approach.id in r.aanpakken)

    def project(self, slug: str) -> Project | None:
        return next((p for p in self.projects if p.slug == slug), None)

    def projects_on_approach(self, approach: Approach) -> tuple[Project, ...]:
        return tuple(p for p in self.projects if approach.id in p.aanpakken)

    def projects_on_theme(self, thema: str) -> tuple[Project, ...]:
        return tuple(p for p in self.projects if thema in p.themas)

    def projects_on_agenda_theme(self, theme_id: str) -> tuple[Project, ...]:
        return tuple(p for p in self.projects if theme_id in p.kennisagenda)

    def theme_intro(self, thema: str) -> str:
        return next((t.intro for t in self.theme_intros if t.id == thema), "")

    def card_page(self, src_uri: str) -> CardPage | None:
        found = self._by_src_uri.get(src_uri)
        return found if isinstance(found, CardPage) else None
