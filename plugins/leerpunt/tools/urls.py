"""Published web addresses: none may disappear without a redirect.

`published-urls.txt` (next to mkdocs.yml) lists every address the site has published. The
check compares it with the addresses the sources produce now plus the redirects in
mkdocs.yml (mkdocs-redirects' `redirect_maps`).
"""

from __future__ import annotations

from pathlib import Path

from ..catalogue import ContentError
from ..catalogue.model import Catalogue
from ..pages import page_builders
from ..print.downloads import MATERIALS_PAGE
from ..siteurls import url_of
from .project import load_settings

PUBLISHED = "published-urls.txt"


def page_sources(docs_dir: Path, catalogue: Catalogue) -> set[str]:
    """Source paths of every page the next build will have."""
    free = {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")} if docs_dir.is_dir() else set()
    return free | set(page_builders(catalogue)) | {MATERIALS_PAGE}


def redirect_map(settings: dict) -> dict[str, str]:
    for entry in settings.get("plugins") or []:
        if isinstance(entry, dict) and "redirects" in entry:
            return dict((entry["redirects"] or {}).get("redirect_maps") or {})
    return {}


def pages_and_redirects(config_file: Path, catalogue: Catalogue) -> tuple[set[str], dict[str, str]]:
    """Source paths of every page of the next build, and the redirects mkdocs.yml declares."""
    settings = load_settings(config_file)
    docs_dir = (config_file.parent / settings.get("docs_dir", "docs")).resolve()
    return page_sources(docs_dir, catalogue), redirect_map(settings)


def read_published(path: Path) -> list[tuple[int, str]]:
    if not path.is_file():
        return []
    return [(number, line.strip()) for number, line in enumerate(path.read_text("utf-8").split("\n"), 1)
            if line.strip() and not line.lstrip().startswith("#")]


def url_errors(config_file: Path, catalogue: Catalogue) -> list[ContentError]:
    """Every published address that no page or redirect answers any more, and every broken redirect."""
    pages, redirects = pages_and_redirects(config_file, catalogue)
    answered = {url_of(s) for s in pages} | {url_of(s) for s in redirects}
    errors = []
    for number, url in read_published(config_file.parent / PUBLISHED):
        if url not in answered:
            errors.append(ContentError(
                PUBLISHED, number, "", "een pagina of een doorverwijzing op elk gepubliceerd adres",
                f"'{url}' bestaat niet meer",
                "Verplaatst of hernoemd? Voeg in mkdocs.yml onder redirects → redirect_maps een regel "
                "'oud/pad.md': 'nieuw/pad.md' toe."))
    for old, new in redirects.items():
        if new not in pages and not str(new).startswith(("http://", "https://")):
            errors.append(ContentError(config_file.name, 0, f"redirect_maps.{old}", "een doorverwijzing naar een bestaande pagina",
                                       f"'{new}' (bestaat niet)"))
    return errors


def record_new_urls(config_file: Path, catalogue: Catalogue) -> list[str]:
    """Append addresses that are not listed yet (never removes one); returns what was added."""
    path = config_file.parent / PUBLISHED
    listed = {url for _, url in read_published(path)}
    pages, _ = pages_and_redirects(config_file, catalogue)
    new = sorted({url_of(s) for s in pages} - listed)
    if new:
        header = "" if path.is_file() else ("# Every web address the site has published, one per line. An address may\n"
                                            "# only disappear with a redirect (mkdocs.yml: redirects → redirect_maps).\n"
                                            "# Add new ones with: scripts/check --record-urls\n")
        existing = path.read_text("utf-8") if path.is_file() else ""
        if existing and not existing.endswith("\n"):
            existing += "\n"
        path.write_text(header + existing + "".join(f"{url}\n" for url in new), "utf-8")
    return new
