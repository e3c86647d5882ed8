"""Everything the site is made of, loaded and checked once: the build and `scripts/check` share it.

The collections plugin builds one `SiteContent` per build and the print and search plugins
read it through `config.plugins` (as Material's blog reads its meta plugin); `scripts/check`
builds the same object from mkdocs.yml. `content_errors` is the one list of every problem an
editor can cause in the sources, so the check never says "Alles in orde" about content that the
strict build rejects.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from .addresses import page_sources, url_errors
from .catalogue import ContentError, Sources, load_catalogue
from .catalogue.consistency import typed_count_errors
from .catalogue.glossary import load_glossary, unused_term_warnings
from .catalogue.model import Catalogue
from .catalogue.schemas import load_schema
from .catalogue.vocabularies import enum_labels
from .extensions.codes import code_errors_in
from .project import Project
from .publication import source_marker_errors
from .search.synonyms import Synonyms, load_synonyms
from .sourcechecks.collisions import address_errors, anchor_errors
from .sourcechecks.files import large_image_errors, outside_link_errors
from .sourcechecks.frontmatter import front_matter_errors
from .sourcechecks.links import link_errors, referenced_images
from .sourcechecks.markup import markup_errors
from .sourcechecks.sitemap import SiteMap
from .texts import texts as interface_texts
from .web import DEFAULT, Web


@dataclass(frozen=True)
class SiteContent:
    """The project's settings, its catalogue, the search synonyms and every content error found
    (and the warnings: worth a look, but they never stop a build)."""

    project: Project
    catalogue: Catalogue
    synonyms: Synonyms
    errors: tuple[ContentError, ...]
    site: SiteMap  # every page, file and anchor of the next build (for the link checks)
    warnings: tuple[ContentError, ...] = ()


def load_site_content(project: Project, today: dt.date | None = None, web: Web = DEFAULT) -> SiteContent:
    """Load every source of the project and check it (`web`: the build's templates, a site's overrides first)."""
    catalogue = load_catalogue(project.sources, today)
    synonyms = load_synonyms(project.synonyms_file, project.shown(project.synonyms_file))
    site = SiteMap(project.sources, catalogue, web)
    return SiteContent(project, catalogue, synonyms, tuple(content_errors(project, catalogue, synonyms, site)), site,
                       tuple(content_warnings(project, catalogue)))


def content_errors(project: Project, catalogue: Catalogue, synonyms: Synonyms,
                   site: SiteMap | None = None) -> list[ContentError]:
    """Every problem in the sources, sorted by file and line: the catalogue's own checks, inline
    codes, typed counts, editors' notes in public text, editors' Markdown (markup, links, images,
    anchors, addresses), published addresses and redirects, and the search synonyms."""
    site = site or SiteMap(project.sources, catalogue)
    errors = set(catalogue.errors) | set(synonyms.errors)
    errors |= set(inline_code_errors(catalogue, project.sources))
    errors |= set(typed_count_errors_in(project.sources))
    errors |= set(source_marker_errors(project.sources))
    errors |= set(url_errors(project, catalogue, {d.src_uri: d.shown for d in site.documents}))
    errors |= set(editor_text_errors(site))
    errors |= set(project.redirect_errors)
    errors |= set(glossary_link_errors(project, catalogue))
    if project.redirect_problem:
        errors.add(ContentError(project.config_file.name, 0, "redirect_maps",
                                "een lijst van doorverwijzingen 'oud/pad.md': 'nieuw/pad.md'",
                                f"een waarde van het type {project.redirect_problem}"))
    return sorted(errors)


def glossary_link_errors(project: Project, catalogue: Catalogue) -> list[ContentError]:
    """A glossary link to a page of this site must name a page the build makes (generated pages
    included, which the catalogue loader cannot know; the glossary file is small, so read again)."""
    file = project.sources.begrippen_file
    if not catalogue.glossary or not file.is_file():
        return []
    _, errors = load_glossary(file, project.sources.root, page_sources(project.sources.docs_dir, catalogue))
    return errors


def content_warnings(project: Project, catalogue: Catalogue) -> list[ContentError]:
    """What deserves a look but stops nothing: glossary terms that no page uses (no tooltip would show)."""
    texts = [t.samenvatting + "\n" + t.inleiding for t in catalogue.toolkits]
    texts += [f"{a.titel}\n{a.samenvatting}\n{a.body}\n{a.kaart.vraag}\n{a.kaart.antwoord}"
              for a in catalogue.approaches]
    texts += [f"{g.titel}\n{g.samenvatting}\n{g.body}" for g in catalogue.guides]
    texts += [f"{p.titel}\n{p.samenvatting}\n{p.verwachte_materialen}" for p in catalogue.projects]
    texts += [f"{m.titel}\n{m.beschrijving}" for m in catalogue.materials]
    texts += [i.intro for i in catalogue.theme_intros]
    # The words the site itself writes around the content: interface texts, scale and project labels.
    texts += [*interface_texts().values(), json.dumps(load_schema("scales"), ensure_ascii=False),
              *enum_labels("project", "soort").values()]
    docs = project.sources.docs_dir
    texts += [path.read_text("utf-8", errors="replace") for path in sorted(docs.rglob("*.md"))] if docs.is_dir() else []
    return sorted(unused_term_warnings(catalogue.glossary, texts))


def editor_text_errors(site: SiteMap) -> list[ContentError]:
    """What the strict build or the allowlist would reject in editors' Markdown and the files next to it:
    markup, links, anchors, images (existence, alt text, size), addresses, symlinks, front matter."""
    sources = site.sources
    errors = outside_link_errors(sources) + front_matter_errors(sources) + address_errors(site)
    shown_images = set()
    for document in site.documents:
        errors += markup_errors(document) + link_errors(document, site) + anchor_errors(document, site)
        shown_images |= referenced_images(document, site)
    errors += [e for e in large_image_errors(sources) if e.file not in {sources.shown(p) for p in shown_images}]
    return errors


def inline_code_errors(catalogue: Catalogue, sources: Sources) -> list[ContentError]:
    """Every invalid [[…]] code in approaches, guides, toolkit.yml files and the free pages."""
    errors = []
    for approach in catalogue.approaches:
        errors += code_errors_in(approach.body, catalogue, approach.source, approach.body_line)
    for guide in catalogue.guides:
        errors += code_errors_in(guide.body, catalogue, guide.source, guide.body_line)
    files = [*sorted(sources.toolkits_dir.glob("*/toolkit.yml")),
             *(sorted(sources.docs_dir.rglob("*.md")) if sources.docs_dir.is_dir() else [])]
    for path in files:
        text = path.read_text("utf-8", errors="replace")
        if "[[" in text:
            body, first_line = _without_front_matter(text) if path.suffix == ".md" else (text, 1)
            errors += code_errors_in(body, catalogue, sources.shown(path), first_line)
    return errors


def typed_count_errors_in(sources: Sources) -> list[ContentError]:
    """Typed counts of approaches, guides or toolkits in site-level prose: the toolkits' own texts and
    the free pages (approaches and guides may speak of 'drie aanpakken' in general)."""
    errors = []
    for path in [*sorted(sources.toolkits_dir.glob("*/toolkit.yml")),
                 *(sorted(sources.docs_dir.rglob("*.md")) if sources.docs_dir.is_dir() else [])]:
        errors += typed_count_errors(path.read_text("utf-8", errors="replace"), sources.shown(path))
    return errors


def _without_front_matter(text: str) -> tuple[str, int]:
    match = re.match(r"\A---[ \t]*\n.*?\n---[ \t]*\n", text, re.S)
    return (text[match.end():], text[: match.end()].count("\n") + 1) if match else (text, 1)
