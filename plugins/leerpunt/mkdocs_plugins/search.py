"""Dutch search: a lunr index built at build time, served to our own search interface in Material's header."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from ..buildcache import cache_folder
from ..cores import available_cores
from ..search import assets
from ..search.background import BackgroundIndex, WorkerFailed
from ..search.documents import DEFAULT_EXCLUDED_CLASSES
from ..search.facets import agenda_page_uri, badge_table, facet_labels, page_facets
from ..search.index import SearchPage, build_index, index_file, index_version, page_digest, write_index
from ..search.page import LIMITS, RESULTS_PAGE, TEXTS, results_page_markdown
from ..search.popular import popular_in_front_matter, section_links, site_path
from ..search.reuse import SearchReuse
from .collections import site_content

log = logging.getLogger("mkdocs.plugins.leerpunt.search")


class SearchConfig(Config):
    # The synonyms file, relative to mkdocs.yml; empty: the list shipped with the plugin.
    synonyms = c.Type(str, default="")
    # Elements with one of these classes (or with data-search-exclude) are not indexed.
    exclude_classes = c.ListOfItems(c.Type(str), default=list(DEFAULT_EXCLUDED_CLASSES))
    # From this many pages on, `mkdocs build` makes the index in a second process (on a second
    # core) while MkDocs writes the pages; 0: never. Measured: already faster for the shipped
    # site (75 pages); on a handful of pages starting the process is all it would do.
    second_process_from = c.Type(int, default=20)
    # The popular pages a search without results offers: a page whose front matter lists them
    # ('index.md': its 'populair: paginas:'), or the links in a section of a page ('page.md#heading-id');
    # empty: none.
    popular = c.Type(str, default="")


class SearchPlugin(BasePlugin[SearchConfig]):
    """Indexes every page's sections with the Dutch pipeline and adds the search interface and results page."""

    serving = False  # as for `mkdocs build` (also when build() is called without on_startup, as scripts do)
    worker: BackgroundIndex | None = None  # this build's second process, when it has one
    reuse: SearchReuse | None = None  # sections and index files kept between builds, when there is no second process
    own_stylesheet = True  # search.css as a file of its own (on_config: not when leerpunt-collections carries it)

    def __init__(self):
        super().__init__()
        # Per page, what the index takes from it and the digest of that (the index's version).
        self.pages: dict[str, SearchPage] = {}
        self.digests: dict[str, str] = {}

    def on_startup(self, *, command, dirty):
        self.pages, self.digests = {}, {}
        self.serving = command == "serve"

    def on_shutdown(self):
        self.serving = False  # MkDocs keeps this object for later builds in the same process

    def on_config(self, config):
        """Put our header and search templates just before Material's (a custom_dir still wins), add our assets."""
        templates = str(assets.TEMPLATES)
        if templates not in config.theme.dirs:
            material = str(assets.MATERIAL_TEMPLATES)
            at = config.theme.dirs.index(material) if material in config.theme.dirs else 0
            config.theme.dirs.insert(at, templates)
        # With leerpunt-collections our stylesheet travels in its one stylesheet; alone, as a file of its own.
        self.own_stylesheet = not assets.merged_into_ours(config)
        if self.own_stylesheet and assets.STYLESHEET not in config.extra_css:
            config.extra_css.append(assets.STYLESHEET)
        if assets.SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(assets.SCRIPT)
        self.root = Path(config.config_file_path).parent
        return config

    def on_files(self, files: Files, config) -> Files:
        """Take the catalogue and synonyms of this build; add the scripts, the stylesheet and the results page."""
        content = site_content(config)  # leerpunt-collections reports the synonyms' errors with all others
        self.catalogue, self.synonyms = content.catalogue, content.synonyms
        self.agenda_page = agenda_page_uri(self.catalogue, self.root, config.docs_dir)
        for src_uri, asset in assets.site_files().items():
            if self.own_stylesheet or not src_uri.endswith(".css"):
                files.append(File.generated(config, src_uri, content=asset))
        files.append(File.generated(config, RESULTS_PAGE, content=results_page_markdown(),
                                    inclusion=InclusionLevel.NOT_IN_NAV))
        self.popular: list[str] | None = None  # the addresses in the popular section, once its page is cut up
        known = {file.src_uri for file in files.documentation_pages()}
        self.pages = {uri: page for uri, page in self.pages.items() if uri in known}  # `serve` keeps unchanged pages
        self.digests = {uri: digest for uri, digest in self.digests.items() if uri in known}
        self._stop_worker()
        cache = cache_folder(self.root)
        if not self.serving and 0 < self.config.second_process_from <= len(known) and available_cores() > 1:
            self.worker = BackgroundIndex(self.config.exclude_classes, cache)  # it reads the build cache itself
            log.info(f"leerpunt-search: de zoekindex wordt in een tweede proces gemaakt ({len(known)} pagina's).")
        elif self.reuse is None or self.reuse.index_folder.parent != cache:
            self.reuse = SearchReuse(cache)
        return files

    def on_page_content(self, html: str, page, config, files):
        """Cut the page into sections and note its facets (type, niveau, thema) from the catalogue."""
        src_uri = page.file.src_uri
        path, _, anchor = self.config.popular.partition("#")
        if src_uri == path and anchor:
            links = section_links(html, anchor)
            targets = [site_path(page.url, href) for href in links or []]
            self.popular = None if links is None else [url for url in targets if url is not None]
        elif src_uri == path:  # the page's front matter lists them (the home page's 'populair: paginas:')
            self.popular = popular_in_front_matter(page.meta, files) or []  # none listed: none offered
        if src_uri == RESULTS_PAGE or (page.meta.get("search") or {}).get("exclude"):
            self.pages.pop(src_uri, None)
            self.digests.pop(src_uri, None)
            return html
        facets = page_facets(self.catalogue, src_uri, self.agenda_page, page.meta.get("description") or "")
        title = page.title or ""
        digest = page_digest(page.url, title, facets, html, self.config.exclude_classes)
        self.digests[src_uri] = digest
        if self.worker:
            self.pages.pop(src_uri, None)  # the worker has it; an older one here must not pass for it later
            self.worker.add(src_uri, page.url, title, facets, html, digest)
        else:  # under `mkdocs serve`, a page whose digest did not change is not cut into sections again
            assert self.reuse, "on_files made it"
            self.pages[src_uri] = SearchPage(page.url, title, facets,
                                             self.reuse.sections(digest, html, self.config.exclude_classes))
        return html

    def on_build_error(self, error):
        self._stop_worker()

    def _stop_worker(self) -> None:
        if self.worker:
            self.worker.close()
            self.worker = None

    def on_env(self, env, config, files):
        """Every page is rendered: name the index file for the templates, and build it (or have it built)."""
        badges, labels = badge_table(self.catalogue), facet_labels()
        version = index_version([self.digests[uri] for uri in sorted(self.digests)], self.synonyms, badges, labels)
        self.version = version
        if self.worker:
            self.worker.build(self.synonyms, badges, labels, version, config.site_dir)
            self.files = None  # written by the worker, while MkDocs writes the pages
        else:
            assert self.reuse, "on_files made it"
            self.files = self.reuse.index_files(version, partial(
                build_index, [self.pages[uri] for uri in sorted(self.pages)], self.synonyms, badges, labels, version))
        env.globals["leerpunt_search"] = {
            "index": index_file(version),
            "worker": assets.WORKER,
            "page": files.get_file_from_path(RESULTS_PAGE).url,
            "text": {**TEXTS, "popular": self._popular_pages(files)},
            "limits": LIMITS,
        }
        return env

    def _popular_pages(self, files) -> list[list[str]]:
        """[[address, title], ...] of the popular pages; a missing section or page is reported (strict: fatal)."""
        if not self.config.popular:
            return []
        if self.popular is None:
            log.warning(f"leerpunt-search: mkdocs.yml, popular: de pagina of sectie '{self.config.popular}' "
                        "bestaat niet (verwacht: een pagina van de site, zoals index.md met 'populair: paginas:' in "
                        "haar front matter, of pagina.md#id-van-een-kop met links naar de populaire pagina's).")
            return []
        titles = {file.page.url: file.page.title for file in files.documentation_pages() if file.page}
        pages = []
        for url in self.popular:
            if url in titles:
                pages.append([url, titles[url] or url])
            else:
                log.warning(f"leerpunt-search: mkdocs.yml, popular ({self.config.popular}): de link naar "
                            f"'{url}' is geen pagina van de site.")
        return pages

    def on_post_build(self, config):
        """Write the index and the text files of the snippets into the site (or wait for the worker to)."""
        if not self.worker:
            assert self.files is not None and self.reuse, "without a second process on_env built the index"
            write_index(self.files, Path(config.site_dir))
            self.reuse.save(self.version)
            return
        try:
            self.worker.result()
        except WorkerFailed as error:
            raise PluginError(f"leerpunt-search: de zoekindex maken lukte niet: {error}") from error
        finally:
            self.worker = None
