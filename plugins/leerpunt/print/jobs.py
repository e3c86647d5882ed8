"""What to render and what came out: plain data, so planning and caching never import WeasyPrint."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalogue.errors import ContentError


@dataclass(frozen=True)
class Job:
    """One PDF to make: its HTML and what the result must satisfy."""

    filename: str
    html: str
    bleed_mm: float = 0.0
    one_page: bool = False
    # Who to blame when a one-page item needs more pages: file, line and a description.
    source: str = ""
    line: int = 0
    what: str = ""
    # Files the HTML refers to (a guide's images): their bytes join the cache key.
    inputs: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Result:
    filename: str
    pdf: bytes | None
    pages: int
    errors: tuple[ContentError, ...]
