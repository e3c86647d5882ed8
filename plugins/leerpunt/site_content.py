"""Everything the site is made of, loaded and checked once: the build and `scripts/check` share it.

The collections plugin builds one `SiteContent` per build and the print and search plugins
read it through `config.plugins` (as Material's blog reads its meta plugin); `scripts/check`
builds the same object from mkdocs.yml. `content_errors` is the one list of every problem an
editor can cause in the sources, so the check never says "Alles in orde" about content that the
strict build rejects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .addresses import url_errors
from .catalogue import ContentError, load_catalogue
from .catalogue.model import Catalogue
from .pages.inline_badges import inline_badge_errors
from .project import Project
from .search.synonyms import Synonyms, load_synonyms


@dataclass(frozen=True)
class SiteContent:
    """The project's settings, its catalogue, the search synonyms and every content error found."""

    project: Project
    catalogue: Catalogue
    synonyms: Synonyms
    errors: tuple[ContentError, ...]


def load_site_content(project: Project, today: dt.date | None = None) -> SiteContent:
    """Load every source of the project and check it."""
    catalogue = load_catalogue(project.sources, today)
    synonyms = load_synonyms(project.synonyms_file, project.shown(project.synonyms_file))
    return SiteContent(project, catalogue, synonyms, tuple(content_errors(project, catalogue, synonyms)))


def content_errors(project: Project, catalogue: Catalogue, synonyms: Synonyms) -> list[ContentError]:
    """Every problem in the sources, sorted by file and line: the catalogue's own checks, inline
    badges, published addresses and redirects, and the search synonyms."""
    errors = set(catalogue.errors) | set(synonyms.errors)
    errors |= set(inline_badge_errors(catalogue, project.sources.docs_dir, project.sources.root))
    errors |= set(url_errors(project, catalogue))
    if project.redirect_problem:
        errors.add(ContentError(project.config_file.name, 0, "redirect_maps",
                                "een lijst van doorverwijzingen 'oud/pad.md': 'nieuw/pad.md'",
                                f"een waarde van het type {project.redirect_problem}"))
    return sorted(errors)
