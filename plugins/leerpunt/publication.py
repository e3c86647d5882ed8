"""The publication check: editors' notes, placeholders and repository paths never reach readers.

Editors keep provenance and to-dos in fields meant for them (`verificatie`, `notitie`) and in
YAML comments. Everything else in a source is public. Two checks, one list of markers:

- in the sources (build and `scripts/check`): a marker in a public field or in a page's text is
  a content error with file and line;
- in the output (build): no marker and no editors' note may appear in any file the site
  publishes (pages, search index, open data, feed) or in the HTML a PDF is made from. This
  catches what a template might leak even when every source is clean.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .buildcache import TextStore, digest
from .catalogue import ContentError, Sources
from .catalogue.model import Catalogue
from .keywords import lowered

# Fields whose text is for editors only (never shown); their indented continuation lines too.
EDITORS_FIELDS = ("verificatie", "notitie", "bron_notitie")


@dataclass(frozen=True)
class Marker:
    pattern: re.Pattern
    what: str  # in Dutch: what kind of text this is


MARKERS = tuple(Marker(re.compile(pattern, re.IGNORECASE), what) for pattern, what in (
    (r"nog aan te vullen", "een plaatshouder"),
    (r"\b(?:TODO|FIXME|XXX)\b", "een notitie voor de redactie"),
    (r"lorem ipsum", "een plaatshouder"),
    (r"kleurcode\b.{0,60}\bverloren", "een notitie over de bron"),
    (r"pdf-extractie", "een notitie over de bron"),
    (r"gegevensmomentopname", "een notitie over de bron"),
    (r"eef-toolkit\.json", "een bestandsnaam uit het onderzoek"),
    (r"\b(?:research|shared|plugins|tests|scripts)/[\w./-]+\.(?:md|py|json|ya?ml|txt)\b", "een pad in de repository"),
    (r"anchors-mission", "een pad in de repository"),
))
PUBLISHED_SUFFIXES = {".html", ".json", ".xml", ".csv", ".txt", ".js"}
# The search index's file name: a digest of the whole site that every page names, so an edit of one
# page changes them all. It is masked before the check and its cache key (a run of hex digits made
# by the build can hold no marker or note), so the other pages' earlier pass still counts.
SEARCH_INDEX_NAME = re.compile(rb"(search/index\.)[0-9a-f]{12}(\.json)")
HINT = ("Zet notities voor de redactie in het veld 'verificatie' (aanpakken) of 'notitie' (kennisagenda), "
        "of in een YAML-commentaar (# …): die komen nooit op de site.")


# Text that every marker above contains, in ASCII letters: nearly every published file has none of them,
# and looking for plain bytes is many times faster than trying each pattern at every position.
MARKER_KEYWORDS = tuple(keyword.encode() for keyword in (
    "nog aan te vullen", "todo", "fixme", "xxx", "lorem ipsum", "kleurcode", "pdf-extractie", "gegevensmomentopname",
    "eef-toolkit.json", "research/", "shared/", "plugins/", "tests/", "anchors-mission"))
# 'scripts/' starts a repository path only where it is not the end of Material's 'javascripts/'.
SCRIPTS_KEYWORD, THEME_SCRIPTS = b"scripts/", b"javascripts/"


def _may_hold_a_marker(content: bytes) -> bool:
    """False only when a UTF-8 text certainly holds no marker."""
    folded = lowered(content)
    return (folded is None or any(keyword in folded for keyword in MARKER_KEYWORDS)
            or folded.count(SCRIPTS_KEYWORD) > folded.count(THEME_SCRIPTS))


def markers_in(text: str) -> list[tuple[int, str, str]]:
    """(line offset, found text, what it is) for every marker in a text (overlapping finds once)."""
    if not _may_hold_a_marker(text.encode("utf-8", "surrogatepass")):
        return []
    return _markers(text)


def _markers(text: str) -> list[tuple[int, str, str]]:
    # No marker crosses a line ('.' stops at a newline): each pattern runs once over the whole text.
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    taken: list[tuple[int, int]] = []
    found = []
    for order, marker in enumerate(MARKERS):
        for match in marker.pattern.finditer(text):
            if not any(start < match.end() and match.start() < end for start, end in taken):
                taken.append(match.span())
                line = bisect_right(line_starts, match.start()) - 1
                found.append((line, order, match.start(), match.group(0), marker.what))
    return [(line, shown, what) for line, _, _, shown, what in sorted(found)]


def public_lines(text: str, markdown: bool = False) -> str:
    """A source's text with its editors' fields and YAML comments blanked (line numbers stay).
    In Markdown, only the front matter is YAML: a '# ' line after it is a heading."""
    lines = text.split("\n")
    yaml_ends = len(lines)
    if markdown:
        closing = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        yaml_ends = closing if lines and lines[0].strip() == "---" else 0
    skipping_deeper_than = None
    for index, line in enumerate(lines[:yaml_ends]):
        indent = len(line) - len(line.lstrip())
        if skipping_deeper_than is not None and (not line.strip() or indent > skipping_deeper_than):
            lines[index] = ""
            continue
        skipping_deeper_than = None
        key = re.match(r"^(\s*)(?:-\s+)?([\w-]+):", line)
        if key and key.group(2) in EDITORS_FIELDS:
            skipping_deeper_than = len(key.group(1))
            lines[index] = ""
        elif line.lstrip().startswith("#"):
            lines[index] = ""
    return "\n".join(lines)


def source_files(sources: Sources) -> list[Path]:
    """Every file editors write that the site publishes from."""
    found: list[Path] = []
    for folder, pattern in ((sources.toolkits_dir, "*/*"), (sources.leidraden_dir, "*/index.md"),
                            (sources.projecten_dir, "*.yml")):
        found += sorted(p for p in folder.glob(pattern) if p.suffix in (".md", ".yml")) if folder.is_dir() else []
    if sources.docs_dir.is_dir():
        found += sorted(p for p in sources.docs_dir.rglob("*") if p.suffix in (".md", ".yml"))
    return [path for path in found if path.is_file()]  # a folder named like a source is the loader's error


def source_marker_errors(sources: Sources) -> list[ContentError]:
    """Markers in the public text of every source, with file and line."""
    errors = []
    for path in source_files(sources):
        text = path.read_text("utf-8", errors="replace")
        for offset, found, what in markers_in(public_lines(text, markdown=path.suffix == ".md")):
            errors.append(ContentError(sources.shown(path), offset + 1, "", "tekst voor lezers, zonder notities voor "
                                       "de redactie, plaatshouders of paden in de repository",
                                       f"{what}: '{found}'", HINT))
    return errors


def editors_notes(catalogue: Catalogue) -> list[str]:
    """The editors' notes of the catalogue, whitespace-normalised (long enough to be recognised)."""
    notes = [a.verificatie for a in catalogue.approaches]
    notes += [project.verificatie for project in catalogue.projects]
    notes += [term.verificatie for term in catalogue.glossary]
    notes += [material.verificatie for material in catalogue.materials]
    notes += [card_page.verificatie for card_page in catalogue.card_pages]
    if catalogue.kennisagenda:
        notes += [theme.notitie for theme in catalogue.kennisagenda.themas]
    return sorted({" ".join(note.split()) for note in notes if len(" ".join(note.split())) >= 20})


@cache
def _note_words(note: str) -> tuple[bytes, ...]:
    """The words of a note, longest first, in UTF-8: a text that holds the note holds each of them
    (the first and last perhaps inside longer words)."""
    return tuple(sorted({word.encode() for word in note.split()}, key=len, reverse=True))


def leaks_in(text: str, notes: Iterable[str]) -> list[str]:
    """What in a published text should never be there: markers and verbatim editors' notes."""
    return _leaks(text.encode("utf-8", "surrogatepass"), notes)


def _leaks(content: bytes, notes: Iterable[str]) -> list[str]:
    """leaks_in() of a UTF-8 text: decoded and cut into words only when a marker's keyword or every
    word of a note is in its bytes (nearly every published file has neither)."""
    candidates = [note for note in notes if all(word in content for word in _note_words(note))]
    may_hold_a_marker = _may_hold_a_marker(content)
    if not (candidates or may_hold_a_marker):
        return []
    text = content.decode("utf-8", errors="replace")
    found = [f"{what}: '{match}'" for _, match, what in _markers(text)] if may_hold_a_marker else []
    if candidates:
        flat = " ".join(text.split())  # a note is found across line breaks and indentation
        found += [f"een notitie voor de redactie: '{note[:60]}…'" for note in candidates if note in flat]
    return found


def leak_check_version(notes: list[str]) -> str:
    """What output_leaks() finds in a file depends on besides the file: this code and the notes."""
    return digest(Path(__file__).read_bytes(), *notes)


def output_leaks(site_dir: Path, notes: list[str], passed: TextStore | None = None) -> list[str]:
    """One message per published file that shows readers what is meant for editors. `passed`: the
    digests of files that passed this check (with these notes) in an earlier build, kept up to date:
    a file that is byte for byte one of them is not read through again."""
    messages = []
    for path in sorted(p for p in site_dir.rglob("*") if p.suffix in PUBLISHED_SUFFIXES and p.is_file()):
        if "/assets/" in f"/{path.relative_to(site_dir).as_posix()}":
            continue  # the theme's and our own scripts and styles, not content
        content = SEARCH_INDEX_NAME.sub(rb"\1\2", path.read_bytes())
        key = digest(content) if passed else ""
        if passed and passed.get(key) is not None:
            continue
        leaks = _leaks(content, notes)
        if passed and not leaks:
            passed.put(key, "")
        for leak in leaks:
            messages.append(f"{path.relative_to(site_dir).as_posix()}: verwacht geen tekst voor de redactie in wat de "
                            f"site publiceert; gevonden: {leak}")
    return messages
