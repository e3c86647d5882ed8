"""Renders the print set (card decks, posters, guide PDFs), links it from its pages and 'Materialen'."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from ..catalogue import shared
from ..print import (MATERIALS_PAGE, Cache, FontsMissing, Settings, fallback_date, materials_page, page_section,
                     print_set, render_all)

log = logging.getLogger("mkdocs.plugins.leerpunt")


class PrintConfig(Config):
    # Rendered PDFs are kept here between builds (relative to mkdocs.yml), keyed by their inputs.
    cache_dir = c.Type(str, default=".cache/leerpunt-print")
    # Processes that render at the same time; 0: one per available core.
    workers = c.Type(int, default=0)
    # The model page, and the sections of it that its praatplaat and bureaukaart show.
    model_page = c.Type(str, default=Settings.model_page)
    praatplaat = c.ListOfItems(c.Type(str), default=list(Settings.praatplaat))
    bureaukaart_voorkant = c.ListOfItems(c.Type(str), default=list(Settings.bureaukaart_voorkant))
    bureaukaart_achterkant = c.ListOfItems(c.Type(str), default=list(Settings.bureaukaart_achterkant))


class PrintPlugin(BasePlugin[PrintConfig]):
    """Makes the PDFs of the catalogue (only those whose inputs changed) and adds them to the site."""

    def on_config(self, config):
        """Make sure QR codes have an address to point to, and find the cache folder."""
        if not config.site_url:
            raise PluginError("leerpunt-print: zet 'site_url' in mkdocs.yml; de QR-codes op de pdf's verwijzen ernaar.")
        self.root = Path(config.config_file_path).parent
        self.cache = Cache(self.root / self.config.cache_dir)
        self.downloads, self.entries = [], {}
        return config

    def on_files(self, files: Files, config) -> Files:
        """Render the PDFs that are not cached yet, then add every PDF and the 'Materialen' page."""
        catalogue = shared.current(config)  # published by leerpunt-collections in its on_files
        settings = Settings(
            site_url=config.site_url, url_for=lambda src_uri: _url(files, src_uri), root=self.root,
            fallback_date=fallback_date(catalogue, os.environ), model_page=self.config.model_page,
            praatplaat=tuple(self.config.praatplaat), bureaukaart_voorkant=tuple(self.config.bureaukaart_voorkant),
            bureaukaart_achterkant=tuple(self.config.bureaukaart_achterkant))
        try:
            items, errors = print_set(catalogue, settings)
            outcome = render_all([item.job for item in items], self.cache, self.config.workers)
        except FontsMissing as error:
            raise PluginError(f"leerpunt-print: {error}") from error
        problems = sorted(set(errors) | set(outcome.errors))
        for problem in problems:
            log.error(str(problem))
        log.info(f"leerpunt-print: {len(outcome.rendered)} van {len(items)} pdf's opnieuw gemaakt, "
                 f"{len(items) - len(outcome.rendered)} uit de cache")
        self.downloads, self.entries = [item.download for item in items], outcome.entries
        for path, entry in outcome.entries.items():
            files.append(File.generated(config, path, abs_src_path=str(entry.path)))
        if files.get_file_from_path(MATERIALS_PAGE):
            log.error(f"{MATERIALS_PAGE}: deze pagina maakt de plugin zelf; het bestand in {config.docs_dir} wordt "
                      "gebruikt en de gemaakte pagina niet. Verwijder of hernoem het bestand.")
        else:
            files.append(File.generated(config, MATERIALS_PAGE, content=materials_page(self.downloads, self.entries, problems)))
        return files

    def on_page_markdown(self, markdown: str, page, config, files):
        """Link the PDFs that belong to this page, with their size and page count."""
        mine = [d for d in self.downloads if d.page == page.file.src_uri]
        section = page_section(mine, self.entries, page.file.src_uri) if mine else ""
        return markdown.rstrip() + "\n\n" + section if section else markdown


def _url(files: Files, src_uri: str) -> str | None:
    file = files.get_file_from_path(src_uri)
    return file.url if file else None
