"""The search index's share of the build cache (leerpunt.buildcache).

Three things are kept between builds: each page's sections and the terms of its documents, by
the digest of what the index takes from the page (index.page_digest), and the index's files, by
the index's version (a digest of every page's digest, the synonyms, badges, labels and the search
code: index.index_version). A build whose pages did not change writes the stored files; one with
an edited page cuts and analyses only that page again and builds the index from the stored
sections and terms of the others. The stores are named by the search code's digest too: other
code never reads them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from ..buildcache import TextStore, write_atomically
from .documents import Section, sections_of
from .index import Analysis, BuiltIndex, Document, TermMemo, code_digest


class SearchReuse:
    """The stores of one project: `folder` is its build cache (one subfolder for the index files)."""

    def __init__(self, folder: Path) -> None:
        self.sections_store = TextStore(folder / "search-sections.json", code_digest())
        self.index_folder = folder / "search-index"
        self.terms_path = folder / "search-terms.json"
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

    @cached_property
    def terms_store(self) -> TextStore:
        """Read only when an index is built: a build that reuses the stored index never needs it."""
        return TextStore(self.terms_path, code_digest())

    def build_with_terms(self, build: Callable[..., BuiltIndex], page_digests: list[str]) -> BuiltIndex:
        """`build(memo=...)` with the stored terms of its pages (`page_digests` in their order)."""
        return build(memo=TermStore(self.terms_store, page_digests))

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
        if "terms_store" in self.__dict__:  # read this build: written back with the pages it used
            self.terms_store.save()

    @staticmethod
    def _name(version: str) -> str:
        return f"{code_digest()[:12]}-{version}.json"


class TermStore(TermMemo):
    """index.indexed_terms() with the build cache: per page, its documents' analysis and the terms
    added to them, by the page's digest. The added terms are reused only in the context they were
    found in (the same vocabulary and synonyms); the analysis always is."""

    def __init__(self, store: TextStore, page_digests: list[str]) -> None:
        self.store, self.page_digests = store, page_digests
        self._entries: dict[int, dict] = {}  # page number → its stored entry, as read or made
        self._documents: dict[int, list[int]] = {}  # page number → the numbers of its documents

    def analysed(self, documents: list[Document], analyse_document: Callable[[Document], Analysis]) -> list[Analysis]:
        self._documents = {}
        for number, doc in enumerate(documents):
            self._documents.setdefault(doc.page, []).append(number)
        analysed: list[Analysis] = [[] for _ in documents]
        for page, numbers in self._documents.items():
            entry = self._entry(page, len(numbers))
            if entry is None:
                entry = {"analysed": [analyse_document(documents[n]) for n in numbers], "context": "", "added": []}
                self._entries[page] = entry
            for n, analysis in zip(numbers, entry["analysed"]):
                analysed[n] = analysis  # [words, terms] lists as JSON has them: unpacked as pairs all the same
        return analysed

    def added(self, analysed: list[Analysis], context: str, add: Callable[[Analysis], list[list[str]]]
              ) -> list[list[list[str]]]:
        added: list[list[list[str]]] = [[] for _ in analysed]
        for page, numbers in self._documents.items():
            entry = self._entries[page]
            if entry["context"] != context:
                entry["context"], entry["added"] = context, [add(analysed[n]) for n in numbers]
                self._put(page, entry)
            for n, terms in zip(numbers, entry["added"]):
                added[n] = terms
        return added

    def _entry(self, page: int, documents: int) -> dict | None:
        """The stored entry of a page with this many documents, kept for added(); None when not stored."""
        key = self.page_digests[page]
        stored = self.store.get(key) if key else None
        entry = json.loads(stored) if stored is not None else None
        if not isinstance(entry, dict) or len(entry.get("analysed", ())) != documents:
            return None
        self._entries[page] = entry
        return entry

    def _put(self, page: int, entry: dict) -> None:
        if self.page_digests[page]:
            self.store.put(self.page_digests[page], json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
