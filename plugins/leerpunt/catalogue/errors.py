"""Content errors: every problem in a source names file, line, field, expected and found."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in an editor's source, in plain Dutch, with an optional tip to fix it."""

    file: str
    line: int
    field: str
    expected: str
    found: str
    hint: str = dataclasses.field(default="", compare=False)  # `field` is a field name here

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f"veld '{self.field}': " if self.field else ""
        return f"{where}: {field}verwacht {self.expected}; gevonden: {self.found}"


def describe_value(value: object, limit: int = 60) -> str:
    """Show a found value the way an editor wrote it."""
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        if not value.strip():
            return "een lege tekst"
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return f"'{text}'"
    if isinstance(value, list):
        return "een lijst" if value else "een lege lijst"
    if isinstance(value, dict):
        return "een groep velden"
    return str(value)
