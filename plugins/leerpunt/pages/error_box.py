"""Content errors shown on the page they concern, so an editor sees them under `make serve` too."""

from __future__ import annotations

from collections.abc import Iterable

from ..catalogue import ContentError, Sources
from ..catalogue.model import Catalogue
from .common import indent, md_escape

HOME = "index.md"


def error_box(errors: Iterable[ContentError], title: str = "Deze pagina bevat fouten", intro: str = "") -> str:
    """A failure admonition listing each error as plain text (no code span: Markdown escapes would show)."""
    items = "\n".join(f"- {md_escape(str(error))}" + (f"  \n  *Tip:* {md_escape(error.hint)}" if error.hint else "")
                      for error in errors)
    body = (intro + "\n\n" if intro else "") + items
    return f'!!! failure "{title}"\n{indent(body)}\n\n'


def errors_by_page(errors: Iterable[ContentError], sources: Sources,
                   catalogue: Catalogue) -> dict[str, list[ContentError]]:
    """Which page shows which error: the page built from the file (an approach, a guide and its folder,
    a toolkit's overview for its toolkit.yml, the agenda page for its data file, a free page); errors
    in files no page is built from (mkdocs.yml, published-urls.txt, redirects.yml …) on the home page."""
    pages = {a.source: a.src_uri for a in catalogue.approaches}
    pages |= {t.source: t.src_uri for t in catalogue.toolkits}
    pages |= {b.source: b.src_uri for b in catalogue.broken}
    pages[sources.shown(sources.kennisagenda_file)] = sources.agenda_page or HOME
    folders = {g.source.rsplit("/", 1)[0] + "/": g.src_uri for g in catalogue.guides}
    docs = sources.shown(sources.docs_dir).rstrip("/") + "/"
    shown: dict[str, list[ContentError]] = {}
    for error in errors:
        page = pages.get(error.file) or next((uri for folder, uri in folders.items()
                                              if error.file.startswith(folder)), None)
        if page is None and error.file.startswith(docs) and error.file.endswith(".md"):
            page = error.file.removeprefix(docs)
        shown.setdefault(page or HOME, []).append(error)
    return shown
