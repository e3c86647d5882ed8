"""What to render and what came out: plain data, so planning and caching never import WeasyPrint.

A `Recipe` says how to make one PDF's HTML: a template and a pure function of `args` that gives
its context. The cache key is computed from the recipe (never from the HTML), so a warm build
renders no template, Markdown or QR code at all; only a recipe whose key is not cached becomes a
`Job` (the HTML, made in the main process) for a rendering process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..catalogue.errors import ContentError

MAX_IMAGE_BYTES = 2_000_000  # an image in a PDF; a photo for A4 needs far less (see IMAGE_HINT)


class ContentProblems(Exception):
    """Raised by a recipe's context function: the sources hold something print cannot use."""

    def __init__(self, errors: list[ContentError]):
        super().__init__("; ".join(map(str, errors)))
        self.errors = errors


@dataclass(frozen=True)
class Checks:
    """What the rendered PDF must satisfy, and who to blame when a one-page item needs more pages."""

    bleed_mm: float = 0.0
    pages: int = 0  # > 0: exactly this many pages (a poster: 1; a wall chart: the sheets its layout chose)
    source: str = ""
    line: int = 0
    what: str = ""


@dataclass(frozen=True)
class Recipe:
    """One PDF: the template, the context function and its arguments (everything the HTML depends on
    besides this package, its fonts and the images named in `inputs`)."""

    filename: str
    template: str
    context: Callable[..., dict]  # a module-level function of `args` only
    args: tuple
    checks: Checks = Checks()
    # Repository files the HTML may embed (a guide's images, as paths relative to the project):
    # their bytes join the cache key and the renderer serves nothing else from the disk.
    inputs: tuple[str, ...] = ()

    def key_text(self) -> str:
        """What identifies this recipe's HTML: every argument by value (frozen dataclasses, strings)."""
        return repr((self.filename, self.template, self.context.__module__, self.context.__qualname__,
                     self.args, self.checks, self.inputs))


@dataclass(frozen=True)
class Job:
    """One PDF to make: its HTML and what the result must satisfy."""

    filename: str
    html: str
    checks: Checks = Checks()
    base_url: str = ""  # the project folder as a file URL: the inputs resolve against it
    inputs: tuple[str, ...] = ()
    # Where each input is named in the sources (for error messages): (path, file, line).
    origins: tuple[tuple[str, str, int], ...] = field(default=())


@dataclass(frozen=True)
class Result:
    filename: str
    pdf: bytes | None
    pages: int
    errors: tuple[ContentError, ...]
