"""What the home page shows besides its own text: entries by role, the newest guide, the latest
updates, the themes and the popular pages. Everything comes from the catalogue, the news and the
home page's front matter (`rollen`, `populair`), whose page paths are checked here."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue.dates import dutch_date, parse_date
from ..catalogue.errors import ContentError
from ..catalogue.model import Catalogue
from ..catalogue.vocabularies import thema_labels
from ..news import news_items
from ..pages.themes import theme_uri, themes_in_use

HINT = ("Zet in de front matter van de startpagina bijvoorbeeld:\n"
        "rollen:\n  - rol: Leerkracht\n    tekst: …\n    paginas: [toolkits/index.md, leidraden/index.md]\n"
        "populair:\n  tekst: …\n  paginas: [toolkits/leren-en-lesgeven/feedback.md]")


@dataclass(frozen=True)
class Entry:
    """A link to a page of the site: its source path (the template finds its title and address) and a line under it."""

    src_uri: str
    title: str = ""
    text: str = ""
    date: str = ""


@dataclass(frozen=True)
class Role:
    name: str
    text: str
    pages: tuple[str, ...]


@dataclass(frozen=True)
class Theme:
    name: str
    src_uri: str
    approaches: int
    guides: int


@dataclass(frozen=True)
class Home:
    roles: tuple[Role, ...]
    newest_guide: Entry | None
    updates: tuple[Entry, ...]
    themes: tuple[Theme, ...]
    popular_text: str
    popular: tuple[str, ...]


def line_of(text: str, value: str) -> int:
    """The first line of the page's source that holds value (the front matter's own line numbers are not kept)."""
    return next((n for n, line in enumerate(text.split("\n"), 1) if value and value in line), 1)


def _pages(value, field: str, source: str, known: set[str], errors: list[ContentError], text: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(ContentError(source, line_of(text, field.split(".")[0].split("[")[0] + ":"), field,
                                   "een lijst met paden van pagina's", repr(value), HINT))
        return ()
    for path in value:
        if path not in known:
            errors.append(ContentError(source, line_of(text, path), field,
                                       "het pad van een pagina van de site (zoals toolkits/index.md)", path, HINT))
    return tuple(p for p in value if p in known)


def home_data(meta: dict, catalogue: Catalogue, known_pages: set[str], source: str, text: str = "",
              updates: int = 4) -> tuple[Home, list[ContentError]]:
    """The home page's sections from its front matter and the catalogue, with what is wrong in the front matter
    (`text`, the page's source, gives the errors their lines)."""
    errors: list[ContentError] = []
    roles = []
    for index, role in enumerate(meta.get("rollen") or []):
        field = f"rollen[{index}]"
        if not isinstance(role, dict) or not isinstance(role.get("rol"), str):
            errors.append(ContentError(source, line_of(text, "rollen:"), field,
                                       "een rol met 'rol', 'tekst' en 'paginas'", repr(role), HINT))
            continue
        roles.append(Role(role["rol"], str(role.get("tekst") or ""),
                          _pages(role.get("paginas"), f"{field}.paginas", source, known_pages, errors, text)))
    popular = meta.get("populair") or {}
    popular_pages = _pages(popular.get("paginas", []), "populair.paginas", source, known_pages, errors, text) \
        if isinstance(popular, dict) else ()
    guides = sorted(catalogue.guides, key=lambda g: (parse_date(g.gepubliceerd), g.titel), reverse=True)
    newest = Entry(guides[0].src_uri, guides[0].titel, guides[0].samenvatting, dutch_date(guides[0].gepubliceerd)) \
        if guides else None
    latest = tuple(Entry(item.src_uri, item.titel, item.tekst, dutch_date(item.datum))
                   for item in news_items(catalogue) if item.kind == "update")[:updates]
    labels = thema_labels()
    themes = tuple(Theme(labels[t], theme_uri(t), sum(t in a.themas for a in catalogue.approaches),
                         sum(t in g.themas for g in catalogue.guides)) for t in themes_in_use(catalogue))
    return Home(tuple(roles), newest, latest, themes, str(popular.get("tekst") or "") if isinstance(popular, dict)
                else "", popular_pages), errors
