"""Renders the print set (card decks, posters, guide PDFs), links it from its pages and 'Materialen'."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from ..pages.materials import own_materials_section
from ..print import (
    CARD_SET_ASSETS,
    CARD_SET_PAGE,
    MATERIALS_PAGE,
    Cache,
    FontsMissing,
    PrintUnavailable,
    Settings,
    address_folder,
    asset_text,
    card_set_page,
    fallback_date,
    materials_page,
    page_section,
    print_set,
    render_all,
)
from ..print.downloads import approach_section
from .collections import site_content, site_web
from .switch import SwitchableConfig, SwitchablePlugin

log = logging.getLogger("mkdocs.plugins.leerpunt")


class PrintConfig(SwitchableConfig):
    cache_dir = c.Type(str, default=".cache/leerpunt-print")
    """Where rendered PDFs are kept between builds (relative to mkdocs.yml), keyed by a hash of their inputs,
    one subfolder per site address (`mkdocs serve` and `mkdocs build` keep theirs side by side)."""
    workers = c.Type(int, default=0)
    """How many processes render PDFs at the same time; 0: one per available core."""


@dataclass(frozen=True)
class Plan:
    """The print set as the site shows it: the download links, the PDFs and the problems found."""

    downloads: tuple = ()
    entries: dict = field(default_factory=dict)
    problems: tuple = ()
    unavailable: str = ""  # why no PDF could be made on this machine (WeasyPrint cannot load)


class PrintPlugin(SwitchablePlugin[PrintConfig]):
    """Makes the PDFs of the catalogue (only those whose inputs changed) and adds them to the site.

    Under `mkdocs serve`, after the first build, an edit never waits for the print set: the
    site shows the PDFs of the previous build, and the print set is planned and rendered in the
    background when the rebuild is done. When that changes anything, a marker file in the
    (watched) cache folder rebuilds the site with the new PDFs.
    """

    # As for `mkdocs build` (also when build() is called without on_startup, as scripts do).
    serving = False
    plan: Plan | None = None                        # what the last planning found (kept across rebuilds)
    queued: tuple | None = None                     # (catalogue, settings) to plan after this build
    background: ThreadPoolExecutor | None = None

    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"
        self.plan, self.queued = None, None  # MkDocs keeps plugin objects between commands run in one process
        self.background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="leerpunt-print") \
            if self.serving else None

    def on_shutdown(self):
        if self.background:
            self.background.shutdown(wait=False, cancel_futures=True)
        self.serving, self.background = False, None

    def on_config(self, config):
        """Make sure QR codes have an address to point to, and find the cache folder."""
        if not config.site_url:
            raise PluginError("leerpunt-print: zet 'site_url' in mkdocs.yml; de QR-codes op de pdf's verwijzen ernaar.")
        self.root = Path(config.config_file_path).parent
        self.cache = Cache(self.root / self.config.cache_dir / address_folder(config.site_url), self.root)
        return config

    def on_files(self, files: Files, config) -> Files:
        """Render the PDFs that are not cached yet, then add every PDF and the 'Materialen' page."""
        catalogue = site_content(config).catalogue
        urls = {file.src_uri: file.url for file in files.documentation_pages()}
        settings = Settings(
            site_url=config.site_url, url_for=urls.get, root=self.root,
            fallback_date=fallback_date(catalogue, os.environ))
        if self.serving and self.plan is not None:
            self.queued = (catalogue, settings)
            log.info("leerpunt-print: de pdf's worden na deze build op de achtergrond bijgewerkt.")
        else:
            self.plan, rendered = self._make_plan(catalogue, settings, self.config.workers, prune=True)
            log.info(f"leerpunt-print: {rendered} van {len(self.plan.downloads)} pdf's opnieuw gemaakt, "
                     f"{len(self.plan.downloads) - rendered} uit de cache")
        plan = self.plan
        if plan.unavailable:
            log.warning(f"leerpunt-print: geen pdf's: WeasyPrint kan niet laden op deze computer ({plan.unavailable}). "
                        "Installeer Pango (Debian: libpango-1.0-0) of zet leerpunt-print uit; de site werkt verder.")
        for problem in plan.problems:
            log.error(str(problem))
        for path, entry in plan.entries.items():
            files.append(File.generated(config, path, abs_src_path=str(entry.path)))
        self._add_card_set(files, config, catalogue, settings)
        if files.get_file_from_path(MATERIALS_PAGE):
            log.error(f"{MATERIALS_PAGE}: deze pagina maakt de plugin zelf; het bestand in {config.docs_dir} wordt "
                      "gebruikt en de gemaakte pagina niet. Verwijder of hernoem het bestand.")
        else:
            files.append(File.generated(config, MATERIALS_PAGE,
                                        content=materials_page(list(plan.downloads), plan.entries, list(plan.problems),
                                                               bool(plan.unavailable))
                                        + own_materials_section(catalogue, site_web(config))))
        return files

    def _add_card_set(self, files: Files, config, catalogue, settings) -> None:
        """'Stel je eigen kaartenset samen': its page, stylesheet and script (printed by the browser)."""
        if files.get_file_from_path(CARD_SET_PAGE):
            log.error(f"{CARD_SET_PAGE}: deze pagina maakt de plugin zelf; het bestand in {config.docs_dir} wordt "
                      "gebruikt en de gemaakte pagina niet. Verwijder of hernoem het bestand.")
            return
        files.append(File.generated(config, CARD_SET_PAGE,
                                    content=card_set_page(catalogue, settings, self.cache.folder)))
        for asset in CARD_SET_ASSETS:
            files.append(File.generated(config, asset, content=asset_text(asset)))

    def _make_plan(self, catalogue, settings, workers: int, prune: bool) -> tuple[Plan, int]:
        """The print set with every PDF made, and how many of them had to be rendered."""
        try:
            items, errors = print_set(catalogue, settings)
            outcome = render_all([item.recipe for item in items], self.cache, workers, prune=prune)
        except FontsMissing as error:
            raise PluginError(f"leerpunt-print: {error}") from error
        except PrintUnavailable as error:
            if not self.serving:
                raise PluginError(f"leerpunt-print: WeasyPrint kan niet laden op deze computer ({error}); installeer "
                                  "Pango (Debian: libpango-1.0-0) of zet de plugin uit met 'enabled: false'."
                                  ) from error
            # `mkdocs serve` keeps serving the site: the PDFs that are cached, and a warning.
            cached = {item.download.path: entry for item in items
                      if (entry := self.cache.get(self.cache.key(item.recipe)))}
            return Plan(tuple(item.download for item in items), cached, tuple(sorted(set(errors))), str(error)), 0
        return Plan(tuple(item.download for item in items), outcome.entries,
                    tuple(sorted(set(errors) | set(outcome.errors)))), len(outcome.rendered)

    @event_priority(-100)  # after every other plugin's post_build: the background work must not slow the build
    def on_post_build(self, config):
        if self.queued and self.background is not None:  # only `mkdocs serve` queues, and it has the thread
            self.background.submit(self._plan_later, *self.queued)
            self.queued = None

    def _plan_later(self, catalogue, settings) -> None:
        try:
            # One process: the other cores stay free for the rebuild of the editor's next save.
            plan, rendered = self._make_plan(catalogue, settings, 1, prune=False)
        except Exception as error:  # a background thread has no caller to raise to: say it in the log
            log.error(f"leerpunt-print: de pdf's bijwerken op de achtergrond lukte niet: {error}")
            return
        log.info(f"leerpunt-print: op de achtergrond bijgewerkt: {rendered} pdf's opnieuw gemaakt.")
        if plan != self.plan:
            self.plan = plan
            self.cache.mark_changed()  # the watcher sees it and rebuilds with the new PDFs

    def on_serve(self, server, config, builder):
        """The background work ends with a change in the cache folder: rebuild then."""
        server.watch(str(self.cache.folder))
        return server

    def on_page_markdown(self, markdown: str, page, config, files):
        """Link the PDFs that belong to this page, with their size and page count."""
        plan = self.plan
        assert plan is not None, "on_files makes the plan before any page"
        mine = [d for d in plan.downloads if d.page == page.file.src_uri]
        section = page_section(mine, plan.entries, page.file.src_uri) if mine else ""
        approach = site_content(config).catalogue.approach_at(page.file.src_uri)
        if approach:
            toolkit_page = f"toolkits/{approach.toolkit}/index.md"
            section = approach_section(approach.id, [d for d in plan.downloads if d.page == toolkit_page],
                                       plan.entries, page.file.src_uri)
        return markdown.rstrip() + "\n\n" + section if section else markdown


