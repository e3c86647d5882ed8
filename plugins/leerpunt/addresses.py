"""Published web addresses: none may disappear without a redirect.

`published-urls.txt` (next to mkdocs.yml) lists every address the site has published. The
check compares it with the addresses the sources produce now (pages, PDFs, the feed, the open
data) plus the redirects (redirects.yml, turned into mkdocs-redirects' `redirect_maps`).
"""

from __future__ import annotations

from pathlib import Path

from .catalogue import ContentError
from .catalogue.model import Catalogue
from .news import FEED
from .opendata import export_paths
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


UNRECORDED = "een vastgelegd webadres (in published-urls.txt)"
REDIRECT_HINT = ("Verplaatst of hernoemd? Voeg in redirects.yml een regel 'oud/pad.md': 'nieuw/pad.md' toe "
                 "(CONTRIBUTING.md: 'Een pagina verplaatsen of hernoemen').")


def published_addresses(project: Project, catalogue: Catalogue) -> dict[str, str]:
    """Every address the next build publishes that readers may keep (pages, PDFs, the feed, the open
    data), each with the source path it comes from."""
    found = {url_of(s): s for s in page_sources(project.sources.docs_dir, catalogue)}
    files = [FEED, *export_paths(catalogue), *pdf_paths(catalogue, project)]
    return found | {"/" + path: path for path in files}


def pdf_paths(catalogue: Catalogue, project: Project) -> list[str]:
    """Where the print set's PDFs are published (its plan, without rendering a PDF)."""
    from .print import Settings, print_set  # print pulls in Jinja templates; only needed here
    settings = Settings(site_url="https://example.invalid/", url_for=lambda uri: None, root=project.sources.root,
                        fallback_date="2000-01")
    items, _ = print_set(catalogue, settings)
    return [item.download.path for item in items]


def url_errors(project: Project, catalogue: Catalogue, sources_of: dict[str, str] | None = None) -> list[ContentError]:
    """Every published address that no page or redirect answers any more, every broken redirect, and
    (once the site keeps published-urls.txt) every new address that is not recorded yet."""
    published = read_published(project.published_file)
    pages = page_sources(project.sources.docs_dir, catalogue)
    # The print set is planned only when there is a list to compare with (fixture sites have none).
    addresses = published_addresses(project, catalogue) if project.published_file.is_file() else {}
    answered = set(addresses) | {url_of(s) for s in project.redirects}
    errors = []
    for number, url in published:
        if url not in answered:
            errors.append(ContentError(
                project.published_file.name, number, "", "een pagina of een doorverwijzing op elk gepubliceerd adres",
                f"'{url}' bestaat niet meer", REDIRECT_HINT))
    for old, new in project.redirects.items():
        if new.split("#")[0] not in pages and not new.startswith(("http://", "https://")):
            file, line = project.redirect_sources.get(old, (project.config_file.name, 0))
            field = f"redirect_maps.{old}" if file == project.config_file.name else old
            errors.append(ContentError(file, line, field, "een doorverwijzing naar een bestaande pagina",
                                       f"'{new}' (bestaat niet)"))
    if project.published_file.is_file():
        listed = {url for _, url in published}
        for url, source in sorted(addresses.items()):
            if url not in listed:
                shown = (sources_of or {}).get(source, project.published_file.name)
                errors.append(ContentError(shown, 0, "", UNRECORDED,
                                           f"het nieuwe adres '{url}'",
                                           "Leg nieuwe adressen vast met: scripts/check --record-urls, en neem "
                                           "published-urls.txt mee in je pull request. Vanaf dan blijft het adres "
                                           "bestaan (of krijgt het een doorverwijzing)."))
    return errors


def unrecorded_only(errors: list[ContentError]) -> bool:
    """True when every error is a new address that `scripts/check --record-urls` would record."""
    return all(error.expected == UNRECORDED for error in errors)


def record_new_urls(project: Project, catalogue: Catalogue) -> list[str]:
    """Append addresses that are not listed yet (never removes one); returns what was added."""
    path = project.published_file
    listed = {url for _, url in read_published(path)}
    new = sorted(set(published_addresses(project, catalogue)) - listed)
    if new:
        header = "" if path.is_file() else ("# Every web address the site has published, one per line. An address may\n"
                                            "# only disappear with a redirect (redirects.yml).\n"
                                            "# Add new ones with: scripts/check --record-urls\n")
        existing = path.read_text("utf-8") if path.is_file() else ""
        if existing and not existing.endswith("\n"):
            existing += "\n"
        path.write_text(header + existing + "".join(f"{url}\n" for url in new), "utf-8")
    return new
