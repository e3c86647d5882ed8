"""The Markdown that editors write, as pages: approaches, guides and the free pages in docs_dir.

Every check of an editor's text (markup, links, images, anchors) reads the same list, rendered
once with the Markdown extensions the site uses, so `scripts/check` sees the HTML the build makes.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path

import markdown

from ..buildcache import TextStore, digest
from ..catalogue import Sources
from ..catalogue.markdown_body import headings
from ..catalogue.model import Catalogue

# What the site's Markdown understands (mkdocs.yml plus what leerpunt-collections adds); icons
# (:material-…:) stay text here, which changes no link, image or attribute.
EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
              "pymdownx.details", "pymdownx.superfences"]
# MkDocs' own front-matter pattern: what it does not recognise stays on the page as text.
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Reference:
    kind: str    # "a" or "img"
    url: str
    alt: str | None = None


def references(html: str) -> tuple[Reference, ...]:
    """Every link and image in HTML, in order."""
    reader = _References()
    reader.feed(html)
    reader.close()
    return tuple(reader.found)


class _References(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[Reference] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.found.append(Reference("a", values["href"]))
        elif tag == "img":
            self.found.append(Reference("img", values.get("src") or "", values.get("alt")))

    handle_startendtag = handle_starttag


def may_refer(markdown: str) -> bool:
    """Whether Markdown can hold a link or an image: every way to write one (inline and reference links,
    images, footnotes, autolinks, raw HTML) takes a '[' or a '<'."""
    return "[" in markdown or "<" in markdown


@dataclass(frozen=True)
class Document:
    """One page's Markdown as an editor wrote it."""

    src_uri: str   # the page it becomes (relative links resolve against it)
    shown: str     # the file, as messages name it
    path: Path     # the file on disk
    body: str
    body_line: int  # the line of the body's first line in the file
    kind: str      # "aanpak", "leidraad", "pagina" or "toolkit" (the introduction in toolkit.yml)

    @cached_property
    def html(self) -> str:
        return to_html(self.body)

    @cached_property
    def references(self) -> tuple[Reference, ...]:
        """The links and images of the text (the link check and the image-size check both read them)."""
        if not may_refer(self.body):
            return ()  # nothing to find: not worth a render (most of a build's texts, on its first build)
        return references(self.html)

    @cached_property
    def own_ids(self) -> set[str]:
        """The anchors the editor's text makes: headings (written or derived) and `{ #id }` elsewhere."""
        return {h.anchor for h in headings(self.body, self.body_line)} | set(re.findall(r'\sid="([^"]+)"', self.html))

    def line_of(self, *needles: str) -> int:
        """The first line of the body (outside fenced code) that contains one of the needles,
        else the body's first line."""
        lines = self.body.split("\n")
        in_fence = False
        for needle in (n for n in needles if n):
            lowered = needle.lower()
            for offset, line in enumerate(lines):
                if _FENCE.match(line):
                    in_fence = not in_fence
                if not in_fence and lowered in line.lower():
                    return self.body_line + offset
            in_fence = False
        return self.body_line

    def resolve(self, target: str) -> str:
        """A relative link target as a path in the site's sources ('../x.md' from 'a/b.md' → 'x.md')."""
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.src_uri), target)).lstrip("/")


_RENDERER: list[markdown.Markdown] = []
# The HTML of texts already rendered, by a digest of the text: under `mkdocs serve` only the texts
# an editor changed are rendered again, and the build primes it from its cache (leerpunt.buildcache).
_RENDERED: list[TextStore] = []


def render_version() -> str:
    """What the HTML of a text depends on besides the text: the extensions and their versions."""
    return ",".join([*EXTENSIONS, markdown.__version__, metadata.version("pymdown-extensions")])


def remember_rendered(store: TextStore) -> None:
    """Look texts up in `store` first, and put what is rendered into it (for this process)."""
    _RENDERED[:] = [store]


def to_html(text: str) -> str:
    """Markdown as the site renders it (one renderer, reset between texts: setting one up costs more
    than converting a page)."""
    key = digest(text)
    for store in _RENDERED:
        if (known := store.get(key)) is not None:
            return known
    if not _RENDERER:
        _RENDERER.append(markdown.Markdown(extensions=EXTENSIONS))
    renderer = _RENDERER[0]
    try:
        html = renderer.reset().convert(text)
    finally:
        renderer.reset()
    for store in _RENDERED:
        store.put(key, html)
    return html


def _line_after(path: Path, key: str) -> int:
    """The line of a YAML field's text: the line of the key, or the next one for a block ('|', '>')."""
    lines = path.read_text("utf-8", errors="replace").split("\n")
    for number, line in enumerate(lines, 1):
        if line.startswith(key):
            return number + 1 if line.rstrip().endswith(("|", ">", "|-", ">-")) else number
    return 1


def split_page(text: str) -> tuple[str, int]:
    """A free page's body and its first line, as MkDocs splits it."""
    match = _FRONT_MATTER.match(text)
    return (text[match.end():], text[: match.end()].count("\n") + 1) if match else (text, 1)


def editor_documents(sources: Sources, catalogue: Catalogue) -> list[Document]:
    """Every page an editor writes the body of, in a stable order."""
    documents = [Document(a.src_uri, a.source, sources.toolkits_dir / a.toolkit / f"{a.slug}.md", a.body,
                          a.body_line, "aanpak") for a in catalogue.approaches]
    documents += [Document(g.src_uri, g.source, sources.leidraden_dir / g.slug / "index.md", g.body, g.body_line,
                           "leidraad") for g in catalogue.guides]
    for toolkit in catalogue.toolkits:
        if toolkit.inleiding:
            path = sources.toolkits_dir / toolkit.slug / "toolkit.yml"
            documents.append(Document(toolkit.src_uri, toolkit.source, path, toolkit.inleiding,
                                      _line_after(path, "inleiding:"), "toolkit"))
    for path in free_pages(sources):
        body, first = split_page(path.read_text("utf-8", errors="replace").replace("\r\n", "\n"))
        documents.append(Document(path.relative_to(sources.docs_dir).as_posix(), sources.shown(path), path, body,
                                  first, "pagina"))
    return documents


def free_pages(sources: Sources) -> list[Path]:
    """The Markdown files in docs_dir (symlinks that leave the project are left out: they are an error)."""
    if not sources.docs_dir.is_dir():
        return []
    return [p for p in sorted(sources.docs_dir.rglob("*.md")) if p.is_file() and _inside(p, sources.root)]


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())
