"""MkDocs' Markdown rendering of a page, kept between builds (leerpunt.buildcache).

Rendering the pages' Markdown is the largest cost of a build that starts from the previous build's
cache. A page renders to the same HTML when everything the renderer reads is the same: the page's
final Markdown (after every plugin's on_page_markdown), its address, the addresses of the files its
links resolve against, the Markdown extensions with their settings and versions, our Python code, and
what our `[[…]]` codes and glossary tooltips insert (the codes' own output for this page, the
glossary's terms). A digest of all of it names the stored result, so a changed input finds nothing.

What is stored is what `Page.render` leaves on the page (content, table of contents, title, anchors,
links to other pages' anchors) and the messages MkDocs logged while rendering (a broken link's warning
is logged again from the cache, so a strict build fails the second time too). Extensions that read
other files (snippets) or that we do not know as objects turn the reuse off for the build.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

from .buildcache import TextStore, digest

# Extensions whose output depends on files other than the page: their pages are never reused.
READS_OTHER_FILES = ("pymdownx.snippets", "markdown_include", "mdx_include")
LIBRARIES = ("markdown", "mkdocs", "mkdocs-material", "pymdown-extensions")
PACKAGE = Path(__file__).resolve().parent


def stable(value: Any) -> Any:
    """A value as plain data with the same text in every process: functions and classes by their name,
    an extension object by its class and settings (its callables by name)."""
    if isinstance(value, dict):
        return {str(k): stable(v) for k, v in sorted(value.items(), key=lambda item: str(item[0]))}
    if isinstance(value, (list, tuple)):
        return [stable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    configs = getattr(value, "getConfigs", None)
    return {"class": f"{type(value).__module__}.{type(value).__qualname__}",
            "config": stable(configs()) if configs else repr(value)}


def extensions_reusable(extensions: Iterable[Any], known: tuple[type, ...]) -> bool:
    """Whether rendering with these extensions depends only on the page: none reads other files, and
    every extension given as an object is one of ours (`known`), whose inputs the key covers."""
    for extension in extensions:
        if isinstance(extension, str):
            if extension.startswith(READS_OTHER_FILES):
                return False
        elif not isinstance(extension, known):
            return False
    return True


@cache
def code_version() -> str:
    """Our package's Python code and the versions of the libraries that render Markdown."""
    sources = b"".join(path.read_bytes() for path in sorted(PACKAGE.rglob("*.py")))
    return digest(sources, *(f"{name} {metadata.version(name)}" for name in LIBRARIES))


def render_settings_version(config) -> str:
    """What every page's HTML depends on besides the page: extensions, their settings, link validation,
    the address style and the code."""
    settings = {"extensions": stable(list(config["markdown_extensions"])), "configs": stable(config["mdx_configs"]),
                "validation": stable(dict(config["validation"])), "directory_urls": config["use_directory_urls"]}
    return digest(code_version(), json.dumps(settings, sort_keys=True))


def files_digest(files: Files) -> str:
    """The files links resolve against: their sources, addresses and whether they are published."""
    return digest(*(f"{f.src_uri}\t{f.dest_uri}\t{f.url}\t{f.inclusion.name}\t{int(f.is_documentation_page())}"
                    for f in sorted(files, key=lambda f: f.src_uri)))


def page_key(version: str, files: str, page: Page, inserted: str) -> str:
    """The digest that names one page's render: `inserted` is what our extensions put in for it."""
    file = page.file
    return digest(version, files, file.src_uri, file.dest_uri, file.url, page.markdown or "", inserted)


def snapshot(page: Page, messages: list[tuple[str, int, str]]) -> str:
    """What a render left on the page, as JSON."""
    links = page.links_to_anchors
    return json.dumps({
        "content": page.content, "toc": [_token(item) for item in page.toc], "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links": None if links is None else {f.src_uri: dict(anchors) for f, anchors in links.items()},
        "messages": messages}, ensure_ascii=False, separators=(",", ":"))


def _token(item: AnchorLink) -> dict:
    return {"level": item.level, "id": item.id, "name": item.title, "children": [_token(c) for c in item.children]}


def restore(page: Page, stored: str, files: Files) -> bool:
    """Put a stored render back on the page and log its messages again; False when it no longer fits
    (a linked file is gone), and the page is rendered instead."""
    data = json.loads(stored)
    links = None
    if data["links"] is not None:
        links = {}
        for src_uri, anchors in data["links"].items():
            target = files.get_file_from_path(src_uri)
            if target is None:
                return False
            links[target] = anchors
    page.content = data["content"]
    page.toc = get_toc(data["toc"])
    page._title_from_render = data["title"]
    page.present_anchor_ids = set(data["anchors"])
    page.links_to_anchors = links
    for name, level, message in data["messages"]:
        logging.getLogger(name).log(level, "%s", message)
    return True


class _Messages(logging.Handler):
    """The messages logged under MkDocs' logger while a page renders (after its filters)."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.found.append((record.name, record.levelno, record.getMessage()))


class RenderReuse:
    """The store of one project's page renders; `install` makes a page's render use it."""

    def __init__(self, path: Path) -> None:
        self.store = TextStore(path, "1")
        self.reused = self.rendered = 0

    def install(self, page: Page, key: Callable[[], str]) -> None:
        """Make `page.render` look its result up first (by `key()`, taken when MkDocs renders, after
        every plugin changed the Markdown) and store what it renders."""
        original = page.render

        def render(config, files: Files) -> None:
            name = key()
            stored = self.store.get(name)
            if stored is not None and restore(page, stored, files):
                self.reused += 1
                return
            logger = logging.getLogger("mkdocs")
            messages = _Messages()
            logger.addHandler(messages)
            try:
                original(config, files)
            finally:
                logger.removeHandler(messages)
            self.rendered += 1
            self.store.put(name, snapshot(page, messages.found))

        page.render = render  # type: ignore[method-assign]  # this page only, this build only

    def save(self) -> None:
        self.store.save()
