"""Read the model's parts from the model page's Markdown: sections found by their headings, lists with bold names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..catalogue.errors import ContentError
from ..catalogue.markdown_body import headings

# The sections the drawing reads, by the start of their heading (case-insensitive).
SOURCES, PERSPECTIVES, PROCESS = "triangulatie", "multiperspectivisme", "het proces"
# leerpunt.be names these perspectives ("onder meer die van collega's, ouders en/of leerlingen",
# leerpunt.be/evidence-informed-onderwijs, stored copy read 2026-12-02); the page's own list wins.
DEFAULT_PERSPECTIVES = ("collega's", "ouders", "leerlingen")
_ITEM = re.compile(r"^\s{0,3}(?:(\d+)[.)]|[-*+])\s+(.*)$")
_BOLD = re.compile(r"^\*\*(.+?)\*\*")
HINT = ("Het model op de praatplaat en de website leest deze sectie: een lijst met de namen vetgedrukt, "
        "zoals '1. **Contextanalyse en probleemdefiniëring**: …'.")


@dataclass(frozen=True)
class Part:
    """One named part of the model: its name ('' when the page has no name yet) and where it is explained."""

    name: str
    anchor: str
    number: int = 0


@dataclass(frozen=True)
class ModelData:
    sources_title: str
    sources: tuple[Part, ...]
    perspectives_title: str
    perspectives: tuple[Part, ...]
    process_title: str
    phases: tuple[Part, ...]
    page_title: str = ""


@dataclass(frozen=True)
class _Section:
    title: str
    anchor: str
    line: int
    lines: tuple[str, ...]


def _sections(body: str, body_line: int) -> list[_Section]:
    lines = body.split("\n")
    found = [h for h in headings(body, body_line) if h.level == 2]
    result = []
    for index, heading in enumerate(found):
        start = heading.line - body_line + 1
        end = found[index + 1].line - body_line if index + 1 < len(found) else len(lines)
        result.append(_Section(heading.title.strip(), heading.anchor, heading.line, tuple(lines[start:end])))
    return result


def _items(section: _Section, numbered: bool) -> list[tuple[int, str]]:
    """(line, text) of the first list in the section: numbered or bulleted."""
    items: list[tuple[int, str]] = []
    for offset, line in enumerate(section.lines):
        match = _ITEM.match(line)
        if match and bool(match.group(1)) == numbered:
            items.append((section.line + 1 + offset, match.group(2).strip()))
        elif items and line.strip() and not line.startswith((" ", "\t")):
            break  # the list ended
    return items


def _bold_name(text: str) -> str:
    match = _BOLD.match(text)
    return match.group(1).strip().rstrip(":") if match else ""


def read_model(body: str, body_line: int, source: str,
               page_title: str = "") -> tuple[ModelData | None, list[ContentError]]:
    """The model's parts from a page, or None with the errors that say what is missing."""
    by_name = {}
    for section in _sections(body, body_line):
        for key in (SOURCES, PERSPECTIVES, PROCESS):
            if section.title.casefold().startswith(key) and key not in by_name:
                by_name[key] = section
    errors = [ContentError(source, body_line, "", f"een sectie '## {key[0].upper() + key[1:]}'",
                           "geen sectie met die kop", HINT)
              for key in (SOURCES, PERSPECTIVES, PROCESS) if key not in by_name]
    if errors:
        return None, errors
    sources_section, perspectives_section, process = by_name[SOURCES], by_name[PERSPECTIVES], by_name[PROCESS]
    sources = [Part(_bold_name(text), sources_section.anchor) for _, text in _items(sources_section, numbered=False)]
    sources = [p for p in sources if p.name]
    phases = [Part(_bold_name(text), process.anchor, n)
              for n, (_, text) in enumerate(_items(process, numbered=True), 1)]
    perspectives = [Part(_bold_name(text), perspectives_section.anchor)
                    for _, text in _items(perspectives_section, numbered=False)]
    perspectives = [p for p in perspectives if p.name] or [Part(name, perspectives_section.anchor)
                                                         for name in DEFAULT_PERSPECTIVES]
    if len(sources) < 2:
        errors.append(ContentError(source, sources_section.line, "", "een lijst met de kennisbronnen, elk vetgedrukt",
                                   f"{len(sources)} vetgedrukte kennisbron(nen)", HINT))
    if len(phases) < 2:
        errors.append(ContentError(source, process.line, "", "een genummerde lijst met de fases, elk vetgedrukt",
                                   f"{len(phases)} fase(s)", HINT))
    if errors:
        return None, errors
    return ModelData(sources_section.title, tuple(sources), perspectives_section.title, tuple(perspectives),
                     process.title, tuple(phases), page_title), []
