"""The typed, immutable catalogue that one loader builds once per build."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ContentError


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
    """A guide's recommendation: a level-2 heading that carries its evidence level."""

    anchor: str
    titel: str
    bewijs: str
    line: int
    aanpakken: tuple[str, ...] = ()  # ids '<toolkit>/<slug>' of approaches that support it


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


@dataclass(frozen=True)
class Kennisagenda:
    titel: str
    periode: str
    bron: str
    themas: tuple[AgendaTheme, ...]
    source: str


@dataclass(frozen=True)
class CardPage:
    """A free page in docs_dir (such as the model) that carries reflection cards."""

    src_uri: str
    titel: str
    reflectiekaarten: tuple[Card, ...]
    source: str


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

    @property
    def approaches(self) -> tuple[Approach, ...]:
        return tuple(a for toolkit in self.toolkits for a in toolkit.aanpakken)

    def toolkit(self, slug: str) -> Toolkit | None:
        return next((t for t in self.toolkits if t.slug == slug), None)

    def guide(self, slug: str) -> Guide | None:
        return next((g for g in self.guides if g.slug == slug), None)

    def approach(self, approach_id: str) -> Approach | None:
        return next((a for a in self.approaches if a.id == approach_id), None)

    def citations(self, approach: Approach) -> tuple[tuple[Guide, Recommendation], ...]:
        """The guide recommendations that name this approach as support."""
        return tuple((g, r) for g in self.guides for r in g.aanbevelingen if approach.id in r.aanpakken)

    def card_page(self, src_uri: str) -> CardPage | None:
        return next((p for p in self.card_pages if p.src_uri == src_uri), None)
