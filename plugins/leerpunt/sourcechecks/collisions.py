"""Two things at one address, or one anchor twice on a page: one of them would silently be lost.

An approach called `grafiek.md` replaced its toolkit's chart page; a recommendation anchored
`#afdrukken` duplicated the id of the page's own print section. The addresses and anchors the
site makes itself come from the page builders (SiteMap), never from a typed list.
"""

from __future__ import annotations

import dataclasses

from ..catalogue import ContentError
from ..catalogue.markdown_body import headings
from ..pages import page_builders
from ..siteurls import url_of
from .documents import Document
from .sitemap import OTHER_PLUGINS_PAGES, SiteMap


def address_owners(site: SiteMap) -> list[tuple[str, str, str]]:
    """(address, source path, the editor's file it comes from or '' when the site makes it) for every page
    of the next build. A toolkit's overview takes its address from the toolkit's folder; its other pages
    (the chart) are the site's."""
    catalogue = site.catalogue
    bare = dataclasses.replace(catalogue, guides=(), broken=(),
                               toolkits=tuple(dataclasses.replace(t, aanpakken=()) for t in catalogue.toolkits))
    overviews = {t.src_uri: t.source for t in catalogue.toolkits}
    owners = [(url_of(uri), uri, overviews.get(uri, "")) for uri in [*page_builders(bare), *OTHER_PLUGINS_PAGES]]
    owners += [(url_of(d.src_uri), d.src_uri, d.shown) for d in site.documents if d.kind != "toolkit"]
    return owners


def address_errors(site: SiteMap) -> list[ContentError]:
    """A page from an editor's file (approach, guide, free page, toolkit) at an address another page has too."""
    by_address: dict[str, list[tuple[str, str]]] = {}
    for address, uri, owner in address_owners(site):
        by_address.setdefault(address, []).append((uri, owner))
    errors = set()
    for address, owners in by_address.items():
        for index, (_uri, owner) in enumerate(owners):
            others = [o for i, o in enumerate(owners) if i != index]
            if not owner or not others:
                continue
            what = " en ".join(f"de pagina uit {o}" if o else f"de pagina die de site zelf maakt ({u})"
                               for u, o in others)
            errors.add(ContentError(owner, 0, "", "een eigen webadres voor elke pagina",
                                    f"'{address}', ook het adres van "
                                    f"{what}", "Hernoem het bestand of de map: de naam wordt het webadres, en de ene "
                                    "pagina zou de andere stil vervangen."))
    return sorted(errors)


def anchor_errors(document: Document, site: SiteMap) -> list[ContentError]:
    """A heading whose anchor the site itself uses on the same page ('bronnen', 'afdrukken', …)."""
    reserved = site.generated_ids(document)
    return [ContentError(document.shown, heading.line, "", "een anker dat de pagina zelf nog niet gebruikt (die "
                         "gebruikt al: " + ", ".join(f"#{a}" for a in sorted(reserved)) + ")",
                         f"'#{heading.anchor}'",
                         "Kies een ander anker: '## Titel { #ander-anker }'; links naar dit anker zouden anders bij "
                         "de sectie van de site uitkomen.")
            for heading in headings(document.body, document.body_line) if heading.anchor in reserved]
