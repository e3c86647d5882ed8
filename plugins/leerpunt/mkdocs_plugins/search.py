"""Dutch search: a lunr index built at build time, served to our own search interface in Material's header."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from ..catalogue import shared
from ..search import assets
from ..search.documents import DEFAULT_EXCLUDED_CLASSES, sections_of
from ..search.facets import agenda_page_uri, badge_table, facet_labels, page_facets
from ..search.index import SearchPage, build_index
from ..search.page import RESULTS_PAGE, TEXTS, results_page_markdown
from ..search.synonyms import load_synonyms, packaged_file

log = logging.getLogger("mkdocs.plugins.leerpunt.search")


class SearchConfig(Config):
    # The synonyms file, relative to mkdocs.yml; empty: the list shipped with the plugin.
    synonyms = c.Type(str, default="")
    # Elements with one of these classes (or with data-search-exclude) are not indexed.
    exclude_classes = c.ListOfItems(c.Type(str), default=list(DEFAULT_EXCLUDED_CLASSES))


class SearchPlugin(BasePlugin[SearchConfig]):
    """Indexes every page's sections with the Dutch pipeline and adds the search interface and results page."""

    def on_startup(self, *, command, dirty):
        """Start without pages; under `mkdocs serve` the plugin lives on, so a dirty rebuild keeps the unchanged ones."""
        self.pages: dict[str, SearchPage] = {}

    def on_config(self, config):
        """Put our header and search templates just before Material's (a custom_dir still wins), add our assets."""
        templates = str(assets.TEMPLATES)
        if templates not in config.theme.dirs:
            material = str(assets.MATERIAL_TEMPLATES)
            at = config.theme.dirs.index(material) if material in config.theme.dirs else 0
            config.theme.dirs.insert(at, templates)
        if assets.STYLESHEET not in config.extra_css:
            config.extra_css.append(assets.STYLESHEET)
        if assets.SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(assets.SCRIPT)
        self.root = Path(config.config_file_path).parent
        return config

    def on_files(self, files: Files, config) -> Files:
        """Read the synonyms and add the scripts, the stylesheet and the results page."""
        self.catalogue = shared.current(config)
        self.agenda_page = agenda_page_uri(self.catalogue, self.root, config.docs_dir)
        path = (self.root / self.config.synonyms if self.config.synonyms else packaged_file()).resolve()
        shown = path.relative_to(self.root.resolve()).as_posix() if path.is_relative_to(self.root.resolve()) else str(path)
        self.synonyms = load_synonyms(path, shown)
        for error in self.synonyms.errors:
            log.error(str(error))
        for src_uri, content in assets.site_files().items():
            files.append(File.generated(config, src_uri, content=content))
        files.append(File.generated(config, RESULTS_PAGE, content=results_page_markdown(),
                                    inclusion=InclusionLevel.NOT_IN_NAV))
        known = {file.src_uri for file in files.documentation_pages()}
        self.pages = {uri: page for uri, page in self.pages.items() if uri in known}  # `serve` keeps unchanged pages
        return files

    def on_page_content(self, html: str, page, config, files):
        """Cut the page into sections and note its facets (type, niveau, thema) from the catalogue."""
        src_uri = page.file.src_uri
        if src_uri == RESULTS_PAGE or (page.meta.get("search") or {}).get("exclude"):
            self.pages.pop(src_uri, None)
            return html
        facets = page_facets(self.catalogue, src_uri, self.agenda_page, page.meta.get("description") or "")
        self.pages[src_uri] = SearchPage(page.url, page.title or "", facets,
                                         sections_of(html, self.config.exclude_classes))
        return html

    def on_env(self, env, config, files):
        """Build the index now that every page is rendered, so the templates can name its file."""
        pages = [self.pages[uri] for uri in sorted(self.pages)]
        self.built = build_index(pages, self.synonyms, badge_table(self.catalogue), facet_labels())
        env.globals["leerpunt_search"] = {
            "index": self.built.index_path,
            "worker": assets.WORKER,
            "page": files.get_file_from_path(RESULTS_PAGE).url,
            "text": TEXTS,
        }
        return env

    def on_post_build(self, config):
        """Write the index and the text files of the snippets into the site."""
        site = Path(config.site_dir)
        for path, content in self.built.files.items():
            target = site / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
