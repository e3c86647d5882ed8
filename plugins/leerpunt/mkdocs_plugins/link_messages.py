"""MkDocs' own link warnings, in the words of `scripts/check`: one message per broken link.

leerpunt-collections reports every broken link, anchor and image of an editor's text itself
(sourcechecks.links, with file and line). MkDocs then warns about the same link in English and
without a line; this filter drops that warning when the same ContentError was already logged and
otherwise rewrites it in Dutch at the same level (so strict mode still counts it).
"""

from __future__ import annotations

import logging
import re

from ..catalogue import ContentError
from ..sourcechecks.documents import Reference
from ..sourcechecks.links import reference_problem
from ..sourcechecks.sitemap import SiteMap

LOGGER = "mkdocs.structure.pages"
_MESSAGE = re.compile(r"^Doc file '(?P<page>[^']+)' contains (?:a link|an absolute link|an unrecognized relative link) "
                      r"'(?P<url>[^']*)'(?P<rest>.*)$", re.S)
_WHY = ((re.compile(r"does not contain an anchor '#([^']+)'"), "het anker '#{0}' bestaat niet op die pagina"),
        (re.compile(r"there is no such anchor on this page"), "dat anker bestaat niet op deze pagina"),
        (re.compile(r"is not found among documentation files"), "het doel bestaat niet"),
        (re.compile(r"it was left as is"), "geen relatief pad naar een bronbestand (.md) of bestand"))


class LinkMessages(logging.Filter):
    """Installed once on MkDocs' page logger; `site` and `reported` are this build's."""

    def __init__(self):
        super().__init__()
        self.site: SiteMap | None = None
        self.reported: set[ContentError] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        site = self.site
        match = _MESSAGE.match(record.getMessage()) if site is not None else None
        if site is None or not match:
            return True
        page, url = match["page"], match["url"]
        document = site.by_uri.get(page)
        if document is not None:
            for kind in ("a", "img"):
                problem = reference_problem(Reference(kind, url, "-"), document, site)
                if problem and ContentError(document.shown, document.line_of(url), "", *problem) in self.reported:
                    return False
            where = f"{document.shown}:{document.line_of(url)}"
        else:
            where = f"{page} (een pagina die de site maakt)"
        why = next((text.format(*found.groups()) for pattern, text in _WHY if (found := pattern.search(match["rest"]))),
                   match["rest"].strip(" ,."))
        record.msg, record.args = (f"{where}: verwacht een link die werkt; gevonden: '{url}' ({why}). Tip: een link "
                                   "naar een pagina is een relatief pad naar haar bronbestand (.md), een webadres "
                                   "begint met https://."), ()
        return True


def installed(logger_name: str = LOGGER) -> LinkMessages:
    """The filter on MkDocs' page logger (one, also across `serve` rebuilds)."""
    logger = logging.getLogger(logger_name)
    found = next((f for f in logger.filters if isinstance(f, LinkMessages)), None)
    if found is None:
        found = LinkMessages()
        logger.addFilter(found)
    return found
