"""The search index made in a second process while MkDocs renders and writes the pages.

MkDocs builds on one core. On a big site, cutting every page into sections and building and
writing the index is a fifth of the build; here it runs on another core: the plugin sends each
page's HTML as it is rendered, asks for the index once every page is in, and waits for it to be
written after the pages are. The worker runs the same pure functions as a build without it:
the files are byte-identical (a test builds both ways).
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import traceback
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal

from .documents import sections_of
from .index import SearchPage, build_index, index_file, write_index
from .reuse import SearchReuse


class WorkerFailed(Exception):
    """The second process stopped or raised; the message says what it reported."""


class BackgroundIndex:
    """A worker process that collects pages and builds the index when asked."""

    def __init__(self, excluded_classes, cache_folder: Path | None = None) -> None:
        # Each method named as a literal, so the context's type is known (the base type has no Process).
        fork = _start_method() == "fork"
        context = multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
        # A queue, not a bare pipe: its own thread writes the pages, so the build never waits
        # while the worker is still starting (a pipe holds only 64 KiB).
        self._pages = context.Queue()
        self._answer, child = context.Pipe(duplex=False)
        self._process = context.Process(target=_work, args=(self._pages, child, tuple(excluded_classes), cache_folder),
                                        daemon=True, name="leerpunt-search")
        self._process.start()
        child.close()

    def add(self, src_uri: str, url: str, title: str, facets, html: str, digest: str = "") -> None:
        """A page to index; with its `digest` (index.page_digest) its sections may come from the build cache."""
        self._pages.put(("page", src_uri, url, title, facets, html, digest))

    def build(self, synonyms, badges: dict, labels: dict, version: str, site_dir: Path) -> None:
        """Every page is in: build the index and write its files into `site_dir` (result() waits for it)."""
        self._pages.put(("build", synonyms, badges, labels, version, Path(site_dir)))

    def result(self) -> str:
        """The index file's path in the site, once the worker has written every file."""
        try:
            kind, payload = self._answer.recv()
        except EOFError as error:
            raise WorkerFailed(f"het zoekproces stopte onverwacht (exitcode {self._process.exitcode})") from error
        finally:
            self.close()
        if kind == "error":
            raise WorkerFailed(payload)
        return payload

    def close(self) -> None:
        """Stop the worker (it may still be reading pages when the build failed)."""
        if self._process.is_alive():
            self._pages.put(("stop",))
        self._pages.cancel_join_thread()  # a worker that died reads nothing: never wait for the queue at exit
        self._pages.close()
        self._answer.close()
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _start_method() -> Literal["fork", "spawn"]:
    """fork where it is safe: a copy of this process needs no interpreter start and no imports (about a
    third of the worker's CPU on a small site); spawn, a fresh interpreter, when another thread runs
    (serve's print thread: a fork copies its locks in whatever state they are) or off Linux."""
    alone = threading.active_count() == 1
    return "fork" if alone and sys.platform == "linux" else "spawn"


def _work(messages, answer: Connection, excluded_classes: tuple[str, ...], cache_folder: Path | None) -> None:
    """The worker: pages in, the index written (or the error's traceback) out."""
    pages: dict[str, SearchPage] = {}
    try:
        reuse = SearchReuse(cache_folder) if cache_folder else None
        while True:
            message = messages.get()
            if message[0] == "page":
                _, src_uri, url, title, facets, html, digest = message
                sections = (reuse.sections(digest, html, excluded_classes) if reuse and digest
                            else sections_of(html, excluded_classes))
                pages[src_uri] = SearchPage(url, title, facets, sections)
            elif message[0] == "build":
                _, synonyms, badges, labels, version, site_dir = message
                build = partial(build_index, [pages[uri] for uri in sorted(pages)], synonyms, badges, labels, version)
                files = reuse.index_files(version, build) if reuse else build().files
                write_index(files, site_dir)
                if reuse:
                    reuse.save(version)
                answer.send(("written", index_file(version)))
                return
            else:
                return  # the build stopped before asking for the index
    except Exception:  # the build process reports it as a plugin error
        answer.send(("error", traceback.format_exc()))
    finally:
        answer.close()
