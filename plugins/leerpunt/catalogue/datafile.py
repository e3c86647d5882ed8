"""Shared pieces of the YAML data collections (projects, glossary, materials, theme intros):
reading a data file against its schema, paths and dates as editors write them, and the public
sources an entry cites.

Nothing here imports the catalogue loader, so the loader can import these collections.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from .dates import parse_date
from .errors import ContentError, describe_value
from .schemas import field_name, validate
from .yamlsource import Parsed, parse_yaml, read_source

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLUG_EXPECTED = "een naam met kleine letters, cijfers en koppeltekens, zonder spaties of accenten (bv. 'peer-tutoring')"


@dataclass(frozen=True)
class Reference:
    """A public source of an entry's facts, and the date they were last checked against it."""

    titel: str
    url: str
    geraadpleegd: str


def shown_path(path: Path, root: Path) -> str:
    """A path as editors see it in messages: relative to the project root when it lies inside."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_data_file(path: Path, shown: str, schema: str, what: str) -> tuple[Parsed | None, list[ContentError]]:
    """A YAML file parsed and valid against its schema, or the errors that stop it.

    `what` completes "het gegevensbestand …" when the file is missing, e.g. "van de begrippenlijst".
    """
    if not path.is_file():
        return None, [ContentError(shown, 0, "", f"het gegevensbestand {what}", "geen bestand")]
    source = read_source(path, shown)
    parsed = source if isinstance(source, ContentError) else parse_yaml(source.text, shown)
    if isinstance(parsed, ContentError):
        return None, [parsed]
    problems = validate(parsed, schema, shown)
    return (None, problems) if problems else (parsed, [])


def date_errors(parsed: Parsed, path: tuple, shown: str) -> list[ContentError]:
    """The date at `path` (when present) must exist: the schema only checks its form."""
    value = parsed.data
    for part in path:
        if isinstance(value, dict) and part in value or isinstance(value, list) and part < len(value):
            value = value[part]
        else:
            return []
    if parse_date(value) is not None:
        return []
    return [ContentError(shown, parsed.line_of(path), field_name(path), "een bestaande datum (JJJJ-MM-DD of JJJJ-MM)",
                         describe_value(value))]


def references(parsed: Parsed, path: tuple, shown: str) -> tuple[tuple[Reference, ...], list[ContentError]]:
    """The sources listed at `path`, with a check that every `geraadpleegd` date exists."""
    entries = _at(parsed.data, path)
    errors = [e for i in range(len(entries)) for e in date_errors(parsed, path + (i, "geraadpleegd"), shown)]
    return tuple(Reference(e["titel"].strip(), e.get("url", ""), e["geraadpleegd"]) for e in entries), errors


def close_match(value: str, known) -> str:
    """' (bedoel je 'x'?)' when a known value is close, else ''."""
    close = difflib.get_close_matches(value, sorted(known), n=1)
    return f" (bedoel je '{close[0]}'?)" if close else ""


def normalised(text: str) -> str:
    """A text compared the way a reader would: case and runs of spaces do not count."""
    return " ".join(text.split()).casefold()


def _at(data, path: tuple):
    for part in path:
        data = data[part]
    return data
