"""What the next build will publish, known without building: every page with its anchors, every file.

Derived from the page builders and the sources (never typed): the link check asks it whether a
link's target and anchor exist, the collision checks which addresses and anchors are taken.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property
from pathlib import Path

from ..catalogue import Sources
from ..catalogue.markdown_body import headings
from ..catalogue.model import Catalogue
from ..news import FEED
from ..opendata import export_paths
from ..pages import guide_page, page_additions, page_builders, toolkit_overview
from ..pages.approach import Frame, approach_frame
from ..pages.compare import compare_data_path
from ..print.cache import Entry
from ..print.documents import Download
from ..print.downloads import MATERIALS_PAGE, page_section
from ..search.page import RESULTS_PAGE
from ..web import DEFAULT, Web
from .documents import Document, editor_documents

_ID = re.compile(r"""\sid=["']([^"']+)["']|\{[^}\n]*?#([\w-]+)[^}\n]*\}""")
# Pages other plugins add (their anchors are theirs: links to them are not checked for anchors).
OTHER_PLUGINS_PAGES = (MATERIALS_PAGE, RESULTS_PAGE)


def ids_in_markdown(text: str) -> set[str]:
    """The anchors a page's Markdown makes: headings (written or derived), `{ #id }` and id="…"."""
    return {h.anchor for h in headings(text, 1)} | {a or b for a, b in _ID.findall(text)}


def print_section_ids() -> set[str]:
    """The anchors of the 'Afdrukken' section the print plugin adds to pages with PDFs."""
    download = Download("x.pdf", "x", "x", "x.md", "pagina", "x")
    return ids_in_markdown(page_section([download], {"x.pdf": Entry(Path("x.pdf"), 1, 1)}, "x.md"))


class SiteMap:
    def __init__(self, sources: Sources, catalogue: Catalogue, web: Web = DEFAULT):
        self.sources, self.catalogue, self.web = sources, catalogue, web
        self.documents = editor_documents(sources, catalogue)
        self.builders = page_builders(catalogue, web)
        self.by_uri = {d.src_uri: d for d in self.documents}
        self._frames: dict[str, Frame] = {}  # approach pages' frames, made once (the build uses them too)
        self._generated_ids: dict[str, set[str]] = {}

    def known_frame(self, approach) -> Frame | None:
        """The frame of an approach page if the checks made it already (for pages.generated_pages)."""
        return self._frames.get(approach.src_uri)

    @cached_property
    def pages(self) -> set[str]:
        return set(self.builders) | set(self.by_uri) | set(OTHER_PLUGINS_PAGES)

    @cached_property
    def files(self) -> set[str]:
        """Every other file the site publishes, by its path in the site."""
        found = {FEED, *export_paths(self.catalogue), *(compare_data_path(t) for t in self.catalogue.toolkits)}
        found |= {asset for guide in self.catalogue.guides for asset in guide.assets}
        docs = self.sources.docs_dir
        if docs.is_dir():
            found |= {p.relative_to(docs).as_posix() for p in docs.rglob("*")
                      if p.is_file() and p.suffix != ".md" and not any(part.startswith(".") for part in p.parts)}
        return found

    def path_of(self, site_path: str) -> Path | None:
        """Where a file of the site is on disk, for the ones editors put there."""
        for base in (self.sources.docs_dir, self.sources.leidraden_dir.parent):
            if (base / site_path).is_file():
                return base / site_path
        return None

    def generated_ids(self, document: Document) -> set[str]:
        """The anchors the site itself puts on an editor's page (sections, cards, 'Afdrukken')."""
        if document.src_uri not in self._generated_ids:
            self._generated_ids[document.src_uri] = self._site_ids(document)
        return self._generated_ids[document.src_uri]

    def _site_ids(self, document: Document) -> set[str]:
        if document.kind == "aanpak":
            approach = self.catalogue.approach_at(document.src_uri)
            assert approach, document.src_uri  # editor_documents() made this document from the approach
            frame = self._frames[approach.src_uri] = approach_frame(approach, self.catalogue, self.web)
            return ids_in_markdown("\n\n".join(frame))
        if document.kind == "leidraad":
            guide = self.catalogue.guide_at(document.src_uri)
            assert guide, document.src_uri  # editor_documents() made this document from the guide
            return (ids_in_markdown(guide_page(dataclasses.replace(guide, body=""), self.catalogue, self.web))
                    | print_section_ids())
        if document.kind == "toolkit":
            toolkit = next(t for t in self.catalogue.toolkits if t.src_uri == document.src_uri)
            bare = dataclasses.replace(toolkit, inleiding="")
            return ids_in_markdown(toolkit_overview(bare, self.catalogue, self.web))
        added = page_additions(self.catalogue, document.src_uri, self.sources.agenda_page)
        extra = print_section_ids() if self.catalogue.card_page(document.src_uri) else set()
        return ids_in_markdown(added) | extra

    def ids(self, src_uri: str) -> set[str] | None:
        """The anchors of a page, or None when they are not known before the build."""
        if src_uri in self.by_uri:
            document = self.by_uri[src_uri]
            return document.own_ids | self.generated_ids(document)
        if src_uri in self.builders:
            return self._builder_ids(src_uri)
        return None

    def _builder_ids(self, src_uri: str) -> set[str]:
        cache = self.__dict__.setdefault("_ids", {})
        if src_uri not in cache:
            cache[src_uri] = ids_in_markdown(self.builders[src_uri]())
        return cache[src_uri]
