"""The search index made in a second process while MkDocs renders and writes the pages.

MkDocs builds on one core. On a big site, cutting every page into sections and building the
index is a fifth of the build; here it runs on another core: the plugin sends each page's HTML
as it is rendered, asks for the index once every page is in, and collects it after the pages
are written. The worker runs the same pure functions as a build without it: the files are
byte-identical (a test builds both ways).
"""

from __future__ import annotations

import multiprocessing
import traceback
from multiprocessing.connection import Connection

from .documents import sections_of
from .index import BuiltIndex, SearchPage, build_index


class WorkerFailed(Exception):
    """The second process stopped or raised; the message says what it reported."""


class BackgroundIndex:
    """A worker process that collects pages and builds the index when asked."""

    def __init__(self, excluded_classes) -> None:
        # spawn: a fresh interpreter, safe whatever threads this process runs (serve's print thread).
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_work, args=(child, tuple(excluded_classes)), daemon=True,
                                        name="leerpunt-search")
        self._process.start()
        child.close()

    def add(self, src_uri: str, url: str, title: str, facets, html: str) -> None:
        self._connection.send(("page", src_uri, url, title, facets, html))

    def build(self, synonyms, badges: dict, labels: dict, version: str) -> None:
        """Every page is in: start building (the answer is collected by result())."""
        self._connection.send(("build", synonyms, badges, labels, version))

    def result(self) -> BuiltIndex:
        try:
            kind, payload = self._connection.recv()
        except EOFError as error:
            raise WorkerFailed(f"het zoekproces stopte onverwacht (exitcode {self._process.exitcode})") from error
        finally:
            self.close()
        if kind == "error":
            raise WorkerFailed(payload)
        return payload

    def close(self) -> None:
        self._connection.close()
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()


def _work(connection: Connection, excluded_classes: tuple[str, ...]) -> None:
    """The worker: pages in, one BuiltIndex (or the error's traceback) out."""
    pages: dict[str, SearchPage] = {}
    try:
        while True:
            message = connection.recv()
            if message[0] == "page":
                _, src_uri, url, title, facets, html = message
                pages[src_uri] = SearchPage(url, title, facets, sections_of(html, excluded_classes))
            else:
                _, synonyms, badges, labels, version = message
                built = build_index([pages[uri] for uri in sorted(pages)], synonyms, badges, labels, version)
                connection.send(("index", built))
                return
    except EOFError:
        return  # the build stopped before asking for the index
    except Exception:  # the build process reports it as a plugin error
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()
