"""Badges an editor can put inline in any page:

    [[impact:6]]  [[kosten:1]]  [[bewijs:4]]  [[aanbeveling:matig]]  [[aanpak:leren-en-lesgeven/feedback]]

The last one links the approach and shows its three badges. Code blocks are left alone; an
unknown badge is a content error with its line.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..badges import bewijs_badge, compact_badges, impact_badge, kosten_badge, recommendation_badge
from ..catalogue import ContentError, scales
from ..catalogue.model import Catalogue
from .common import link, md_escape

BADGE = re.compile(r"\[\[(impact|kosten|bewijs|aanbeveling|aanpak):([^\]\s]+)\]\]")
_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.S)
EXPECTED = {
    "impact": "een aantal maanden van -12 tot 12, of 'leeg'",
    "kosten": "een getal van 1 tot 5",
    "bewijs": "een getal van 0 tot 5",
    "aanbeveling": "sterk, matig of beperkt",
    "aanpak": "de id van een aanpak als '<toolkit>/<bestandsnaam>'",
}


def expand_inline_badges(markdown: str, catalogue: Catalogue, src_uri: str) -> str:
    """The Markdown with every valid [[...]] badge replaced by its HTML (invalid ones stay as
    written; `inline_badge_errors` reports them)."""
    pieces = _CODE.split(markdown)
    for index in range(0, len(pieces), 2):  # even pieces are outside code
        pieces[index] = BADGE.sub(lambda m: _badge(m.group(1), m.group(2), catalogue, src_uri) or m.group(0),
                                  pieces[index])
    return "".join(pieces)


def badge_errors_in(markdown: str, catalogue: Catalogue, shown_as: str, first_line: int) -> list[ContentError]:
    errors, offset = [], 0
    for index, piece in enumerate(_CODE.split(markdown)):
        if index % 2 == 0:
            for match in BADGE.finditer(piece):
                if _badge(match.group(1), match.group(2), catalogue, "") is None:
                    line = first_line + markdown.count("\n", 0, offset + match.start())
                    errors.append(ContentError(shown_as, line, match.group(0), EXPECTED[match.group(1)],
                                               f"'{match.group(2)}'", "Zie 'Badges in je eigen tekst' in CONTRIBUTING.md."))
        offset += len(piece)
    return errors


def inline_badge_errors(catalogue: Catalogue, docs_dir: Path, root: Path) -> list[ContentError]:
    """Every invalid inline badge in approaches, guides and the free pages of docs_dir."""
    errors = []
    for approach in catalogue.approaches:
        errors += badge_errors_in(approach.body, catalogue, approach.source, approach.body_line)
    for guide in catalogue.guides:
        errors += badge_errors_in(guide.body, catalogue, guide.source, guide.body_line)
    for path in sorted(docs_dir.rglob("*.md")) if docs_dir.is_dir() else []:
        text = path.read_text("utf-8", errors="replace")
        if "[[" in text:
            body, first_line = _without_front_matter(text)
            errors += badge_errors_in(body, catalogue, path.relative_to(root).as_posix(), first_line)
    return errors


def _without_front_matter(text: str) -> tuple[str, int]:
    match = re.match(r"\A---[ \t]*\n.*?\n---[ \t]*\n", text, re.S)
    return (text[match.end():], text[: match.end()].count("\n") + 1) if match else (text, 1)


def _badge(kind: str, value: str, catalogue: Catalogue, src_uri: str) -> str | None:
    if kind == "aanbeveling":
        return recommendation_badge(value) if value in {l.value for l in scales.aanbeveling_levels()} else None
    if kind == "aanpak":
        approach = catalogue.approach(value)
        if approach is None:
            return None
        return (f"[{md_escape(approach.titel)}]({link(src_uri, approach.src_uri)}) "
                + compact_badges(approach.impact, approach.kosten, approach.bewijssterkte))
    if kind == "impact" and value == "leeg":
        return impact_badge(None)
    try:
        number = int(value)
    except ValueError:
        return None
    if kind == "impact":
        return impact_badge(number) if -12 <= number <= 12 else None
    if kind == "kosten":
        return kosten_badge(number) if 1 <= number <= 5 else None
    return bewijs_badge(number) if 0 <= number <= 5 else None
