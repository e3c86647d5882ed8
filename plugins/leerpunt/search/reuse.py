"""The search index's share of the build cache (leerpunt.buildcache).

Two things are kept between builds: each page's sections, by the digest of what the index takes
from the page (index.page_digest), and the index's files, by the index's version (a digest of
every page's digest, the synonyms, badges, labels and the search code: index.index_version).
A build whose pages did not change writes the stored files; one with an edited page cuts only
that page into sections again and builds the index from the stored sections of the others.
Both stores are named by the search code's digest too: other code never reads them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..buildcache import TextStore, write_atomically
from .documents import Section, sections_of
from .index import BuiltIndex, code_digest


class SearchReuse:
    """The stores of one project: `folder` is its build cache (one subfolder for the index files)."""

    def __init__(self, folder: Path) -> None:
        self.sections_store = TextStore(folder / "search-sections.json", code_digest())
        self.index_folder = folder / "search-index"
        self._built: BuiltIndex | None = None  # the index this build made, stored by save()

    def sections(self, page_digest: str, html: str, excluded_classes) -> list[Section]:
        """The page's sections: from the store when this digest was cut before, else cut now and stored."""
        known = self.sections_store.get(page_digest)
        if known is not None:
            return [Section(*row) for row in json.loads(known)]
        found = sections_of(html, excluded_classes)
        rows = [[s.anchor, s.heading, s.level, s.attributes, s.text] for s in found]
        self.sections_store.put(page_digest, json.dumps(rows, ensure_ascii=False, separators=(",", ":")))
        return found

    def index_files(self, version: str, build: Callable[[], BuiltIndex]) -> dict[str, bytes]:
        """The files of index `version` (path in the site → bytes): as stored by an earlier build, or built.

        One file per version, replaced atomically: a build running beside this one (`mkdocs serve`
        and `make site`) never reads half of another's index."""
        self._built = None
        try:
            stored = json.loads((self.index_folder / self._name(version)).read_bytes())
            return {path: text.encode("utf-8") for path, text in stored.items()}
        except (OSError, ValueError, AttributeError):
            pass  # not stored (or not readable): build it
        self._built = build()
        return self._built.files

    def save(self, version: str) -> None:
        """Store the index this build made (when it made one) and drop every other version; save the
        sections this build used."""
        name = self._name(version)
        if self._built is not None:
            texts = {path: content.decode("utf-8") for path, content in self._built.files.items()}
            write_atomically(self.index_folder / name, json.dumps(texts, ensure_ascii=False).encode("utf-8"))
            self._built = None
        for other in self.index_folder.glob("*.json") if self.index_folder.is_dir() else ():
            if other.name != name:
                other.unlink(missing_ok=True)
        self.sections_store.save()

    @staticmethod
    def _name(version: str) -> str:
        return f"{code_digest()[:12]}-{version}.json"
