"""Published web addresses: none may disappear without a redirect.

`published-urls.txt` (next to mkdocs.yml) lists every address the site has published. The
check compares it with the addresses the sources produce now plus the redirects
(mkdocs-redirects' `redirect_maps`).
"""

from __future__ import annotations

from pathlib import Path

from .catalogue import ContentError
from .catalogue.model import Catalogue
from .pages import page_builders
from .print.downloads import MATERIALS_PAGE
from .project import Project
from .siteurls import url_of


def page_sources(docs_dir: Path, catalogue: Catalogue) -> set[str]:
    """Source paths of every page the next build will have."""
    free = {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")} if docs_dir.is_dir() else set()
    return free | set(page_builders(catalogue)) | {MATERIALS_PAGE}


def read_published(path: Path) -> list[tuple[int, str]]:
    if not path.is_file():
        return []
    return [(number, line.strip()) for number, line in enumerate(path.read_text("utf-8").split("\n"), 1)
            if line.strip() and not line.lstrip().startswith("#")]


def url_errors(project: Project, catalogue: Catalogue) -> list[ContentError]:
    """Every published address that no page or redirect answers any more, and every broken redirect."""
    pages = page_sources(project.sources.docs_dir, catalogue)
    answered = {url_of(s) for s in pages} | {url_of(s) for s in project.redirects}
    errors = []
    for number, url in read_published(project.published_file):
        if url not in answered:
            errors.append(ContentError(
                project.published_file.name, number, "", "een pagina of een doorverwijzing op elk gepubliceerd adres",
                f"'{url}' bestaat niet meer",
                "Verplaatst of hernoemd? Voeg in mkdocs.yml onder redirects → redirect_maps een regel "
                "'oud/pad.md': 'nieuw/pad.md' toe."))
    for old, new in project.redirects.items():
        if new not in pages and not new.startswith(("http://", "https://")):
            errors.append(ContentError(project.config_file.name, 0, f"redirect_maps.{old}",
                                       "een doorverwijzing naar een bestaande pagina", f"'{new}' (bestaat niet)"))
    return errors


def record_new_urls(project: Project, catalogue: Catalogue) -> list[str]:
    """Append addresses that are not listed yet (never removes one); returns what was added."""
    path = project.published_file
    listed = {url for _, url in read_published(path)}
    new = sorted({url_of(s) for s in page_sources(project.sources.docs_dir, catalogue)} - listed)
    if new:
        header = "" if path.is_file() else ("# Every web address the site has published, one per line. An address may\n"
                                            "# only disappear with a redirect (mkdocs.yml: redirects → redirect_maps).\n"
                                            "# Add new ones with: scripts/check --record-urls\n")
        existing = path.read_text("utf-8") if path.is_file() else ""
        if existing and not existing.endswith("\n"):
            existing += "\n"
        path.write_text(header + existing + "".join(f"{url}\n" for url in new), "utf-8")
    return new
