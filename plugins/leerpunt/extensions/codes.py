"""`[[kind:value]]` codes in Markdown: evidence badges, approach links and counts.

    [[impact:6]]  [[kosten:1]]  [[bewijs:4]]  [[aanbeveling:matig]]
    [[aanpak:leren-en-lesgeven/feedback]]   (a link to the approach with its three badges)
    [[aantal:aanpakken]]  [[aantal:aanpakken:leren-en-lesgeven]]  [[aantal:leidraden]]

An inline processor in the style of pymdownx.keys: it runs after code spans (so codes inside
backticks stay as written) and before links (a code looks like a link reference). A code that
names nothing valid stays as written; `code_errors_in` reports it with its line, for the build
and `scripts/check`. What a code shows depends on the page (relative links), so the extension
asks a `context` function for the page being rendered; on paper (`plain`) badges are words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

from ..badges import approach_badges, bewijs_badge, impact_badge, kosten_badge, recommendation_badge
from ..catalogue import ContentError, scales
from ..catalogue.counts import KINDS, count
from ..catalogue.model import Catalogue
from ..formatting import months_text
from ..siteurls import relative_url
from ..web import DEFAULT, Web

PATTERN = r"\[\[(impact|kosten|bewijs|aanbeveling|aanpak|aantal):([^\]\s]+)\]\]"
SCALE_OF = {"impact": "impact", "kosten": "kosten", "bewijs": "bewijssterkte", "aanbeveling": "aanbevelingsniveau"}
_CODES = re.compile(PATTERN)
_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.S)
HINT = "Zie 'Badges en aantallen in je eigen tekst' in CONTRIBUTING.md."


@dataclass(frozen=True)
class CodeContext:
    """What the codes of one page need: the catalogue, the page (for links) and how to show badges."""

    catalogue: Catalogue
    src_uri: str = ""
    web: Web = DEFAULT
    plain: bool = False  # words instead of badges (print)


def expected(kind: str) -> str:
    """What a code of this kind accepts, in Dutch, read from the scale definition."""
    if kind == "aanpak":
        return "de id van een aanpak als '<toolkit>/<bestandsnaam>'"
    if kind == "aantal":
        return "een van: " + ", ".join(KINDS)
    values = scales.scale_values(SCALE_OF[kind])
    if kind == "impact":
        return f"een aantal maanden van {values[0]} tot {values[-1]}, of 'leeg'"
    if kind == "aanbeveling":
        return ", ".join(values[:-1]) + f" of {values[-1]}"
    return f"een getal van {values[0]} tot {values[-1]}"


def render_code(kind: str, value: str, context: CodeContext) -> str | None:
    """The HTML (or, when plain, the text) of a code, or None when it names nothing valid."""
    if kind == "aantal":
        number = count(context.catalogue, value)
        return None if number is None else str(number)
    if kind == "aanpak":
        approach = context.catalogue.approach(value)
        if approach is None:
            return None
        if context.plain:
            return (f"{approach.titel} ({months_text(approach.impact)}, "
                    f"{scales.kosten_level(approach.kosten).headline}, "
                    f"{scales.bewijssterkte_level(approach.bewijssterkte).headline})")
        return (f'<a href="{relative_url(context.src_uri, approach.src_uri)}">{_escape(approach.titel)}</a> '
                + approach_badges(approach, context.web))
    scale = SCALE_OF[kind]
    parsed = _value(kind, value)
    if parsed is False or parsed not in scales.scale_values(scale) and not (kind == "impact" and parsed is None):
        return None
    if context.plain:
        return months_text(parsed) if kind == "impact" else scales.level(scale, parsed).headline
    badge = {"impact": impact_badge, "kosten": kosten_badge, "bewijs": bewijs_badge,
             "aanbeveling": recommendation_badge}[kind]
    return badge(parsed, context.web)


def shown_codes(markdown: str, context: CodeContext) -> str:
    """Every code in the Markdown with what it shows on this page: all that the codes add to its HTML."""
    return "\n".join(f"{m.group(0)}={render_code(m.group(1), m.group(2), context)}" for m in _CODES.finditer(markdown))


def _value(kind: str, value: str):
    """The code's value as the scale holds it: a number, None for 'leeg', text; False when unreadable."""
    if kind == "aanbeveling":
        return value
    if kind == "impact" and value == "leeg":
        return None
    try:
        return int(value)
    except ValueError:
        return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def code_errors_in(markdown: str, catalogue: Catalogue, shown_as: str, first_line: int) -> list[ContentError]:
    """Every code in a Markdown text (outside code) that names nothing valid, with its line."""
    errors, offset, context = [], 0, CodeContext(catalogue)
    for index, piece in enumerate(_CODE.split(markdown)):
        if index % 2 == 0:
            for match in _CODES.finditer(piece):
                if render_code(match.group(1), match.group(2), context) is None:
                    line = first_line + markdown.count("\n", 0, offset + match.start())
                    errors.append(ContentError(shown_as, line, match.group(0), expected(match.group(1)),
                                               f"'{match.group(2)}'", HINT))
        offset += len(piece)
    return errors


class CodeProcessor(InlineProcessor):
    def __init__(self, md: Markdown, context: Callable[[], CodeContext | None]):
        super().__init__(PATTERN, md)
        self.context = context

    # Python-Markdown's name; its stubs declare InlineProcessor's signature against Pattern's the same way.
    def handleMatch(  # type: ignore[override]  # noqa: N802
            self, m: re.Match[str], data: str) -> tuple[str | None, int | None, int | None]:
        context = self.context()
        shown = render_code(m.group(1), m.group(2), context) if context else None
        if context is None or shown is None:
            return None, None, None
        if context.plain or m.group(1) == "aantal":
            return shown, m.start(0), m.end(0)
        return self.md.htmlStash.store(shown), m.start(0), m.end(0)


class CodesExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"context": [lambda: None, "A function that returns the CodeContext of the page being rendered"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After code spans (190), before links and references (160).
        md.inlinePatterns.register(CodeProcessor(md, self.getConfig("context")), "leerpunt-codes", 175)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's entry point)
    return CodesExtension(**kwargs)
