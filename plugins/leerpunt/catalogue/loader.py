"""Load every source (toolkits, guides, knowledge agenda) into one catalogue.

Pure: paths in, a Catalogue out. Problems never raise; each becomes a ContentError, and a
source with errors becomes a BrokenSource, so its page still exists and shows what to fix.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import scales
from .checks import check_approach_references, check_cross_references
from .consistency import (
    RECOMMENDATION,
    heading_attribute_errors,
    history_errors,
    months_in_prose_errors,
    placeholder_errors,
    poster_mark_errors,
    unclosed_attribute_errors,
)
from .counts import fill_counts
from .dates import parse_date
from .errors import ContentError, describe_value
from .glossary import load_glossary
from .markdown_body import headings
from .materials import load_materials
from .model import (
    AgendaTheme,
    Approach,
    BrokenSource,
    Card,
    CardPage,
    Catalogue,
    Change,
    FigureSource,
    Guide,
    Kennisagenda,
    Recommendation,
    Toolkit,
    Update,
)
from .projects import load_projects
from .schemas import field_name, validate
from .theme_intros import load_theme_intros
from .yamlsource import Parsed, parse_yaml, read_source, split_front_matter

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
APPROACH_SECTIONS = ("Wat is het?", "Belangrijkste bevindingen", "Hoe effectief is het?",
                     "Achter het gemiddelde", "Aan de slag", "Wat kost het?")
GUIDE_ASSET_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".pdf"}
SLUG_EXPECTED = "een naam met kleine letters, cijfers en koppeltekens, zonder spaties of accenten (bv. 'peer-tutoring')"


@dataclass(frozen=True)
class Sources:
    """Where the sources live; paths in messages are shown relative to `root`. The collections
    added later (projects, glossary, materials, theme intros) default to their usual places."""

    root: Path
    docs_dir: Path
    toolkits_dir: Path
    leidraden_dir: Path
    kennisagenda_file: Path
    projecten: Path | None = None
    begrippen: Path | None = None
    materialen: Path | None = None
    themas: Path | None = None

    @classmethod
    def from_settings(cls, root: Path, docs_dir: str, toolkits_dir: str = "toolkits",
                      leidraden_dir: str = "leidraden", kennisagenda: str = "kennisagenda/kennisagenda.yml",
                      projecten_dir: str = "projecten", begrippen: str = "begrippen/begrippen.yml",
                      materialen: str = "materialen/materialen.yml", themas: str = "themas/themas.yml") -> Sources:
        """Sources from mkdocs.yml settings: folders relative to the project, data files to docs_dir."""
        root = root.resolve()
        docs = (root / docs_dir).resolve()
        return cls(root, docs, root / toolkits_dir, root / leidraden_dir, docs / kennisagenda, root / projecten_dir,
                   docs / begrippen, docs / materialen, docs / themas)

    @property
    def projecten_dir(self) -> Path:
        return self.projecten or self.root / "projecten"

    @property
    def begrippen_file(self) -> Path:
        return self.begrippen or self.docs_dir / "begrippen" / "begrippen.yml"

    @property
    def materialen_file(self) -> Path:
        return self.materialen or self.docs_dir / "materialen" / "materialen.yml"

    @property
    def themas_file(self) -> Path:
        return self.themas or self.docs_dir / "themas" / "themas.yml"

    def shown(self, path: Path) -> str:
        """A path as messages show it: relative to the project when it is inside it."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    @cached_property  # asked for every page of a build
    def agenda_page(self) -> str:
        """The knowledge agenda's page (the index.md next to its data file), as a docs_dir path."""
        try:
            return (self.kennisagenda_file.parent / "index.md").relative_to(self.docs_dir).as_posix()
        except ValueError:
            return ""


def load_catalogue(sources: Sources, today: dt.date | None = None) -> Catalogue:
    """Read and check all sources; the catalogue carries every error found."""
    today = today or dt.date.today()
    errors: list[ContentError] = []
    broken: list[BrokenSource] = []
    toolkits = _load_toolkits(sources, errors, broken)
    guides, guide_lines = _load_guides(sources, errors, broken)
    agenda, agenda_lines = _load_kennisagenda(sources, errors)
    card_pages = _load_card_pages(sources, errors)
    errors.extend(check_approach_references(guides, toolkits, broken))
    approach_ids = {a.id for t in toolkits for a in t.aanpakken}
    projects, problems = load_projects(sources.projecten_dir, sources.root, approach_ids,
                                       {t.id for t in agenda.themas} if agenda else set(), today)
    errors.extend(problems)
    # A site may go without these data files (a small site, the tests' fixtures): no file, no entries.
    glossary, problems = (load_glossary(sources.begrippen_file, sources.root)
                          if sources.begrippen_file.is_file() else ((), []))
    errors.extend(problems)
    materials, problems = (load_materials(sources.materialen_file, sources.root, {p.slug for p in projects})
                           if sources.materialen_file.is_file() else ((), []))
    errors.extend(problems)
    theme_intros, problems = (load_theme_intros(sources.themas_file, sources.root)
                              if sources.themas_file.is_file() else ((), []))
    errors.extend(problems)
    if agenda is not None:
        agenda, cross_errors = check_cross_references(
            agenda, agenda_lines, guides, guide_lines, sources, today,
            all_guides_loaded=not any(b.src_uri.startswith('leidraden/') for b in broken))
        errors.extend(cross_errors)
    catalogue = Catalogue(tuple(toolkits), tuple(guides), agenda, tuple(card_pages), tuple(broken),
                          tuple(sorted(set(errors))), projects, glossary, materials, theme_intros)
    return with_counts_filled(catalogue)


def with_counts_filled(catalogue: Catalogue) -> Catalogue:
    """The toolkits' texts with their count codes ('[[aantal:aanpakken]]') as numbers, so every
    output (pages, meta descriptions, open data, PDFs) reads the same figure."""
    toolkits = tuple(dataclasses.replace(t, samenvatting=fill_counts(t.samenvatting, catalogue),
                                         inleiding=fill_counts(t.inleiding, catalogue)) for t in catalogue.toolkits)
    return dataclasses.replace(catalogue, toolkits=toolkits)


def _visible_entries(folder: Path) -> list[Path]:
    # Dotfiles (.DS_Store, .gitkeep) are the editor's or the OS's, not content.
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def _check_slug(name: str, shown: str, errors: list[ContentError]) -> bool:
    if SLUG.match(name):
        return True
    errors.append(ContentError(shown, 0, "", SLUG_EXPECTED, f"'{name}'",
                               "Hernoem het bestand of de map; de naam wordt het webadres van de pagina."))
    return False


def _load_document(path: Path, shown: str, schema: str):
    """Front matter + body of a Markdown source, or the errors that stop it."""
    source = read_source(path, shown)
    if isinstance(source, ContentError):
        return None, [source]
    doc = split_front_matter(source)
    if isinstance(doc, ContentError):
        return None, [doc]
    return doc, validate(doc.meta, schema, shown)


# --- toolkits -------------------------------------------------------------------------------

def _load_toolkits(sources: Sources, errors: list, broken: list) -> list[Toolkit]:
    folder = sources.toolkits_dir
    if not folder.is_dir():
        errors.append(ContentError(sources.shown(folder), 0, "", "een map met toolkits", "geen map"))
        return []
    toolkits = []
    for entry in _visible_entries(folder):
        shown = sources.shown(entry)
        if not entry.is_dir():
            errors.append(ContentError(shown, 0, "", "alleen mappen, één per toolkit", "een los bestand"))
            continue
        if not _check_slug(entry.name, shown, errors):
            continue
        toolkit = _load_toolkit(sources, entry, errors, broken)
        if toolkit:
            toolkits.append(toolkit)
    return sorted(toolkits, key=lambda t: (t.volgorde, t.slug))


def _load_toolkit(sources: Sources, folder: Path, errors: list, broken: list) -> Toolkit | None:
    shown = sources.shown(folder / "toolkit.yml")
    parsed, problems = _load_manifest(sources, folder)
    approaches = []
    for entry in _visible_entries(folder):
        if entry.name == "toolkit.yml":
            continue
        entry_shown = sources.shown(entry)
        if entry.suffix != ".md" or not entry.is_file():
            errors.append(ContentError(entry_shown, 0, "",
                                       "alleen toolkit.yml en Markdown-bestanden (.md), één per aanpak",
                                       "een map" if entry.is_dir() else "een bestand van het type "
                                                                        f"'{entry.suffix or 'zonder extensie'}'"))
            continue
        if not _check_slug(entry.stem, entry_shown, errors):
            continue
        if entry.stem == "index":
            errors.append(ContentError(entry_shown, 0, "", "een andere bestandsnaam dan 'index.md', want op dat adres "
                                       "staat het overzicht van de toolkit", "'index.md'",
                                       "Hernoem het bestand naar de naam van de aanpak, bv. 'peer-tutoring.md'."))
            continue
        approach = _load_approach(folder.name, entry, entry_shown, errors, broken)
        if approach:
            approaches.append(approach)
    if problems or parsed is None:
        # Without a valid toolkit.yml there is no toolkit, but its pages still exist and say what to fix.
        errors.extend(problems)
        source = problems[0].file
        broken.append(BrokenSource(f"toolkits/{folder.name}/index.md", folder.name, source, tuple(problems)))
        broken.extend(BrokenSource(a.src_uri, a.titel, source, tuple(problems)) for a in approaches)
        return None
    data = parsed.data
    return Toolkit(folder.name, data["titel"], data["volgorde"], data["samenvatting"].strip(),
                   tuple(data["niveaus"]), data["bron"], data.get("inleiding", "").strip(),
                   tuple(sorted(approaches, key=lambda a: a.titel.casefold())), shown)


def _load_manifest(sources: Sources, folder: Path) -> tuple[Parsed | None, list[ContentError]]:
    """A toolkit's toolkit.yml, checked, or the errors that stop it."""
    manifest = folder / "toolkit.yml"
    shown = sources.shown(manifest)
    if not manifest.is_file():
        return None, [ContentError(sources.shown(folder), 0, "toolkit.yml",
                                   "een bestand toolkit.yml in elke toolkitmap", "geen toolkit.yml")]
    source = read_source(manifest, shown)
    parsed = source if isinstance(source, ContentError) else parse_yaml(source.text, shown)
    if isinstance(parsed, ContentError):
        return None, [parsed]
    return parsed, validate(parsed, "toolkit", shown)


def _load_approach(toolkit: str, path: Path, shown: str, errors: list, broken: list) -> Approach | None:
    doc, problems = _load_document(path, shown, "aanpak")
    if doc is not None and not problems:
        problems = _check_approach(doc.meta, doc.body, doc.body_line, shown)
    if problems:
        errors.extend(problems)
        broken.append(BrokenSource(f"toolkits/{toolkit}/{path.stem}.md", _fallback_title(doc, path), shown,
                                   tuple(problems)))
        return None
    meta = doc.meta.data
    card = meta["kaart"]
    return Approach(
        toolkit=toolkit, slug=path.stem, titel=meta["titel"], impact=meta["impact"], kosten=meta["kosten"],
        bewijssterkte=meta["bewijssterkte"], samenvatting=meta["samenvatting"].strip(),
        niveaus=tuple(meta["niveaus"]), themas=tuple(meta["themas"]), bron=meta["bron"],
        geverifieerd=meta["geverifieerd"], verificatie=meta.get("verificatie", "").strip(),
        bijgewerkt=meta.get("bijgewerkt", ""), historiek=tuple(_updates(meta.get("historiek", []))),
        kaart=Card(card["vraag"].strip(), card["antwoord"].strip(), doc.meta.line_of(("kaart",))),
        voorbeeld=meta.get("voorbeeld", False), body=doc.body, source=shown, body_line=doc.body_line,
        verwant=tuple(meta.get("verwant", [])), verwant_line=doc.meta.line_of(("verwant",)),
        leerpunt=meta.get("leerpunt", ""),
        cijfers=FigureSource(**meta["cijfers"]) if meta.get("cijfers") else None)


def _fallback_title(doc, path: Path) -> str:
    data = doc.meta.data if doc is not None else None
    if isinstance(data, dict) and isinstance(data.get("titel"), str) and data["titel"].strip():
        return data["titel"]
    return path.stem if path.name != "index.md" else path.parent.name


def _updates(entries: list) -> list[Update]:
    return sorted(
        (Update(e["datum"], e["toelichting"].strip(), e.get("studies_toegevoegd"),
                tuple(Change(c["veld"], c["van"], c["naar"]) for c in e.get("wijzigingen", [])))
         for e in entries),
        key=lambda u: u.datum, reverse=True)


def _check_approach(meta: Parsed, body: str, body_line: int, shown: str) -> list[ContentError]:
    data = meta.data
    problems = []
    if (data["impact"] is None) != (data["bewijssterkte"] == 0):
        problems.append(ContentError(
            shown, meta.line_of(("impact",)), "impact",
            "een lege impact precies wanneer de bewijssterkte 0 is (te weinig studies om het effect te bepalen)",
            f"impact {describe_value(data['impact'])} met bewijssterkte {data['bewijssterkte']}"))
    problems += _check_date(meta, ("bijgewerkt",), shown)
    for index in range(len(data.get("historiek", []))):
        problems += _check_date(meta, ("historiek", index, "datum"), shown)
    problems += _check_history_matches_figures(meta, shown)
    if data.get("cijfers"):
        problems += _check_date(meta, ("cijfers", "geraadpleegd"), shown)
    elif data["geverifieerd"]:
        problems.append(ContentError(shown, meta.line_of(("geverifieerd",)), "cijfers",
                                     "bij bevestigde cijfers ('geverifieerd: true') de bron van de cijfers: "
                                     "'cijfers:' met bron, titel en geraadpleegd", "geen veld 'cijfers'",
                                     "Lezers zien 'Cijfers: <titel>, geraadpleegd <datum>' met een link naar de bron."))
    problems += history_errors(meta, shown)
    problems += placeholder_errors(meta, body, body_line, shown)
    problems += months_in_prose_errors(meta, body, body_line, shown)
    problems += _check_sections(body, body_line, shown)
    return problems


def _check_date(meta: Parsed, path: tuple, shown: str) -> list[ContentError]:
    value = meta.data
    for part in path:
        value = value.get(part) if isinstance(value, dict) else value[part]
        if value is None:
            return []
    if parse_date(value) is not None:
        return []
    return [ContentError(shown, meta.line_of(path), field_name(path), "een bestaande datum (JJJJ-MM-DD of JJJJ-MM)",
                         describe_value(value))]


def _check_history_matches_figures(meta: Parsed, shown: str) -> list[ContentError]:
    """The newest recorded change of a figure must end at the figure the page shows."""
    data = meta.data
    entries = sorted(enumerate(data.get("historiek", [])), key=lambda item: item[1]["datum"], reverse=True)
    checked, problems = set(), []
    for index, entry in entries:
        for change_index, change in enumerate(entry.get("wijzigingen", [])):
            field = change["veld"]
            if field in checked:
                continue
            checked.add(field)
            if change["naar"] != data[field]:
                problems.append(ContentError(
                    shown, meta.line_of(("historiek", index, "wijzigingen", change_index, "naar")),
                    f"historiek[{index + 1}].wijzigingen[{change_index + 1}].naar",
                    f"de huidige waarde van '{field}' ({describe_value(data[field])}) bij de laatste wijziging",
                    describe_value(change["naar"])))
    return problems


def _check_sections(body: str, body_line: int, shown: str) -> list[ContentError]:
    found = headings(body, body_line)
    problems = [ContentError(shown, h.line, "", "koppen vanaf niveau 2 (##); de titel komt uit het veld 'titel'",
                             f"een kop van niveau 1: '# {h.title}'") for h in found if h.level == 1]
    problems += unclosed_attribute_errors(found, shown)
    titles = [h.title for h in found if h.level == 2]
    position = 0
    for section in APPROACH_SECTIONS:
        if section in titles[position:]:
            position = titles.index(section, position) + 1
        else:
            problems.append(ContentError(shown, body_line, "", f"een sectie '## {section}' (in de volgorde "
                                         + ", ".join(APPROACH_SECTIONS) + ")",
                                         "geen sectie met die titel" if section not in titles
                                         else "de sectie staat op de verkeerde plaats"))
    return problems


# --- guides ---------------------------------------------------------------------------------

def _load_guides(sources: Sources, errors: list, broken: list) -> tuple[list[Guide], dict]:
    folder = sources.leidraden_dir
    guides: list[Guide] = []
    lines: dict[str, int] = {}
    if not folder.is_dir():
        errors.append(ContentError(sources.shown(folder), 0, "", "een map met leidraden", "geen map"))
        return guides, lines
    for entry in _visible_entries(folder):
        shown = sources.shown(entry)
        if not entry.is_dir():
            errors.append(ContentError(shown, 0, "", "alleen mappen, één per leidraad (met een index.md)",
                                       "een los bestand"))
            continue
        if not _check_slug(entry.name, shown, errors):
            continue
        index = entry / "index.md"
        if not index.is_file():
            errors.append(ContentError(shown, 0, "index.md", "een index.md in elke leidraadmap", "geen index.md"))
            continue
        guide, line_of_agenda = _load_guide(sources, entry, errors, broken)
        if guide:
            guides.append(guide)
            lines[guide.slug] = line_of_agenda
    return sorted(guides, key=lambda g: (g.gepubliceerd, g.slug), reverse=True), lines


def _load_guide(sources: Sources, folder: Path, errors: list, broken: list):
    shown = sources.shown(folder / "index.md")
    doc, problems = _load_document(folder / "index.md", shown, "leidraad")
    assets, asset_problems = _guide_assets(sources, folder)
    recommendations: list[Recommendation] = []
    if doc is not None and not problems:
        problems += _check_date(doc.meta, ("gepubliceerd",), shown)
        problems += placeholder_errors(doc.meta, doc.body, doc.body_line, shown)
        recommendations, heading_problems = _recommendations(doc.body, doc.body_line, shown)
        problems += heading_problems
    problems += asset_problems
    if problems:
        errors.extend(problems)
        broken.append(BrokenSource(f"leidraden/{folder.name}/index.md", _fallback_title(doc, folder / "index.md"),
                                   shown, tuple(problems)))
        return None, 0
    meta = doc.meta.data
    cards = _cards(doc.meta)
    guide = Guide(
        slug=folder.name, titel=meta["titel"], samenvatting=meta["samenvatting"].strip(),
        niveaus=tuple(meta["niveaus"]), themas=tuple(meta["themas"]), gepubliceerd=meta["gepubliceerd"],
        auteurs=tuple(meta.get("auteurs", [])), kennisagenda=meta.get("kennisagenda", ""), bron=meta.get("bron", ""),
        reflectiekaarten=cards, aanbevelingen=tuple(recommendations), voorbeeld=meta.get("voorbeeld", False),
        body=doc.body, source=shown, body_line=doc.body_line, assets=tuple(assets))
    return guide, doc.meta.line_of(("kennisagenda",))


def _cards(meta: Parsed) -> tuple[Card, ...]:
    return tuple(Card(c["vraag"].strip(), c.get("toelichting", "").strip(), meta.line_of(("reflectiekaarten", i)))
                 for i, c in enumerate(meta.data["reflectiekaarten"]))


def _guide_assets(sources: Sources, folder: Path) -> tuple[list[str], list[ContentError]]:
    assets, problems = [], []
    for path in sorted(folder.rglob("*")):
        if path.is_dir() or path.name == "index.md" and path.parent == folder or any(
                part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        shown = sources.shown(path)
        if path.suffix.lower() in GUIDE_ASSET_SUFFIXES:
            assets.append(path.relative_to(sources.leidraden_dir.parent).as_posix())
        else:
            problems.append(ContentError(shown, 0, "", "naast index.md alleen afbeeldingen of pdf's ("
                                         + ", ".join(sorted(GUIDE_ASSET_SUFFIXES)) + ")",
                                         f"een bestand van het type '{path.suffix or 'zonder extensie'}'"))
    return assets, problems


def _recommendations(body: str, body_line: int, shown: str) -> tuple[list[Recommendation], list[ContentError]]:
    levels = [str(level.value) for level in scales.aanbeveling_levels()]
    found: list[Recommendation] = []
    problems: list[ContentError] = []
    anchors: dict[str, int] = {}  # anchor → the line of its heading
    all_headings = headings(body, body_line)
    problems += unclosed_attribute_errors(all_headings, shown)
    for heading in all_headings:
        if heading.level == 1:
            problems.append(ContentError(shown, heading.line, "",
                                         "koppen vanaf niveau 2 (##); de titel komt uit het veld 'titel'",
                                         f"een kop van niveau 1: '# {heading.title}'"))
        if heading.anchor in anchors:
            problems.append(ContentError(shown, heading.line, "",
                                         f"een uniek anker per kop (#{heading.anchor} staat al op regel "
                                         f"{anchors[heading.anchor]})",
                                         f"'#{heading.anchor}' een tweede keer"))
        anchors.setdefault(heading.anchor, heading.line)
        problems += heading_attribute_errors(heading, shown)
        if RECOMMENDATION not in heading.attrs.get("class", ()):
            continue
        level = heading.attrs.get("data-bewijs", "")
        if heading.level != 2:
            problems.append(ContentError(shown, heading.line, f".{RECOMMENDATION}",
                                         "een aanbeveling als kop van niveau 2 (##)",
                                         f"een kop van niveau {heading.level}"))
        elif level and level not in levels:
            problems.append(ContentError(shown, heading.line, "data-bewijs", "een van: " + ", ".join(levels),
                                         f"'{level}'"))
        else:
            found.append(Recommendation(heading.anchor, heading.title, heading.line,
                                        tuple(heading.attrs.get("data-aanpakken", "").split()), level,
                                        heading.attrs.get("data-bewijsbron", "")))
    if not found and not problems:
        problems.append(ContentError(shown, body_line, "", "minstens één aanbeveling: een kop zoals '## Geef "
                                     "taakgerichte feedback { .aanbeveling "
                                     "data-aanpakken=\"leren-en-lesgeven/feedback\" }'",
                                     "geen aanbevelingen"))
    return found, problems


# --- knowledge agenda -----------------------------------------------------------------------

def _load_kennisagenda(sources: Sources, errors: list) -> tuple[Kennisagenda | None, dict]:
    path = sources.kennisagenda_file
    shown = sources.shown(path)
    if not path.is_file():
        errors.append(ContentError(shown, 0, "", "het gegevensbestand van de kennisagenda", "geen bestand"))
        return None, {}
    source = read_source(path, shown)
    parsed = source if isinstance(source, ContentError) else parse_yaml(source.text, shown)
    if isinstance(parsed, ContentError):
        errors.append(parsed)
        return None, {}
    problems = validate(parsed, "kennisagenda", shown)
    if problems:
        errors.extend(problems)
        return None, {}
    data = parsed.data
    themes = tuple(AgendaTheme(t["id"], t["titel"], t["schooljaar"], t["status"], t.get("verwacht"),
                               t.get("pagina", ""), t.get("toelichting", "").strip(), t["geverifieerd"], (),
                               t.get("notitie", "").strip())
                   for t in data["themas"])
    lines = {("themas", i, key): parsed.line_of(("themas", i, key))
             for i in range(len(themes)) for key in ("id", "status", "pagina")}
    return Kennisagenda(data["titel"], data["periode"], data["bron"].strip(), themes, shown), lines


# --- free pages with reflection cards ---------------------------------------------------------

def is_card_page(path: Path) -> bool:
    """A free page that carries reflection cards: its front matter is checked against the page schema here."""
    return b"reflectiekaarten:" in path.read_bytes()


def _load_card_pages(sources: Sources, errors: list) -> list[CardPage]:
    """Pages in docs_dir whose front matter carries reflection cards (e.g. the model)."""
    pages = []
    for path in sorted(sources.docs_dir.rglob("*.md")) if sources.docs_dir.is_dir() else []:
        if not is_card_page(path):
            continue
        shown = sources.shown(path)
        doc, problems = _load_document(path, shown, "pagina")
        if doc is not None and not problems:
            found = headings(doc.body, doc.body_line)
            problems = unclosed_attribute_errors(found, shown) + poster_mark_errors(found, shown)
        if problems:
            errors.extend(problems)
            continue
        src_uri = path.relative_to(sources.docs_dir).as_posix()
        meta = doc.meta.data
        pages.append(CardPage(src_uri, meta.get("title") or path.stem, _cards(doc.meta), shown,
                              str(meta.get("description", "") or "").strip(), meta.get("voorbeeld") is True,
                              doc.body, doc.body_line, str(meta.get("verificatie", "") or "").strip()))
    return pages
