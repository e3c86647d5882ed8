"""Markup in an editor's Markdown that the allowlist (leerpunt.sanitize) would take off the page."""

from __future__ import annotations

import re

from ..catalogue import ContentError
from ..sanitize import removed
from .documents import Document

EXPECTED = "Markdown en alleen de HTML die de site toelaat (README: 'What editors may write where')"
HINT = ("Scripts, event-attributen (onclick, onerror …), stijlen, iframes, formulieren en adressen die niet met "
        "https:, http:, mailto: of tel: beginnen, komen nooit op de site: de build haalt ze weg. Schrijf een link als "
        "[tekst](https://…), een afbeelding als ![uitleg](bestand.png); een video of formulier krijgt een gewone link.")


# Only raw HTML ('<'), attribute lists ('{') and link addresses with another scheme can produce what the
# allowlist removes; a body without them is not worth rendering twice.
_SCHEME = r"<?(?!(?:https?|mailto|tel):)[a-zA-Z][\w+.-]*:"
_MAY_LOSE = re.compile(r"[<{]|\]\(\s*" + _SCHEME + r"|^\s*\[[^\]]+\]:\s*" + _SCHEME, re.M)


def markup_errors(document: Document) -> list[ContentError]:
    """One error per element, attribute or address that the page would lose, on the line that has it."""
    if not _MAY_LOSE.search(document.body):
        return []
    errors = []
    for removal in removed(document.html):
        needles = (f"{removal.attribute}=" if removal.attribute else f"<{removal.tag}", removal.value)
        if removal.attribute in ("href", "src"):
            needles = (removal.value, f"{removal.attribute}=")
        errors.append(ContentError(document.shown, document.line_of(*needles), "", EXPECTED,
                                   f"{removal.describe()}: wordt van de pagina gehaald", HINT))
    return errors
