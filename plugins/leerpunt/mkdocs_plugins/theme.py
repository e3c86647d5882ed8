"""The site's face on top of Material: home page and 404 templates, footer, icons, and a card image
and Open Graph tags for every page (plugins/leerpunt/theme)."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.structure.files import File, Files

from ..news import FEED
from ..theme.card_image import icon_png
from ..theme.home import home_data
from ..theme.image_cache import ImageCache, card_key
from ..theme.meta import share_tags
from ..theme.social import DEFAULT_IMAGE, default_card, image_path, page_cards
from .collections import site_content
from .switch import SwitchableConfig, SwitchablePlugin

log = logging.getLogger("mkdocs.plugins.leerpunt")

FAVICON, TOUCH_ICON = "assets/leerpunt/favicon.svg", "assets/leerpunt/apple-touch-icon.png"


class ThemeConfig(SwitchableConfig):
    cache_dir = c.Type(str, default=".cache/leerpunt-social")
    """Where the card images are kept between builds, relative to mkdocs.yml."""


class ThemePlugin(SwitchablePlugin[ThemeConfig]):
    """Thin glue: the templates folder, the icons, the card images and each page's sharing tags."""

    def on_config(self, config):
        """Our templates just before Material's (a site's custom_dir still wins) and our favicon."""
        templates = str(resources.files("leerpunt.theme").joinpath("templates"))
        if templates not in config.theme.dirs:
            material = next((d for d in config.theme.dirs if Path(d).parent.name == "material"), None)
            config.theme.dirs.insert(config.theme.dirs.index(material) if material else 0, templates)
        config.theme["favicon"] = FAVICON
        self.cache = ImageCache(Path(config.config_file_path).parent / self.config.cache_dir)
        return config

    def on_files(self, files: Files, config) -> Files:
        """Add the icons and one card image per approach and guide, and the default card."""
        catalogue = site_content(config).catalogue
        self.cards = page_cards(catalogue, config.site_name)
        self.cache.made = self.cache.reused = 0
        fallback = default_card(config.site_name, config.site_description or "")
        for path, card in [(DEFAULT_IMAGE, fallback), *((image_path(uri), card) for uri, card in self.cards.items())]:
            files.append(File.generated(config, path, content=self.cache.png(card)))
        self.cache.prune({card_key(card) for card in [fallback, *self.cards.values()]})
        files.append(File.generated(config, FAVICON, content=resources.files("leerpunt.theme").joinpath(
            "assets", "favicon.svg").read_bytes()))
        files.append(File.generated(config, TOUCH_ICON, content=icon_png(180)))
        log.info(f"leerpunt-theme: {self.cache.made} kaartbeelden gemaakt, {self.cache.reused} uit de cache")
        self.known_pages = {f.src_uri for f in files.documentation_pages()}
        return files

    def on_env(self, env, config, files):
        """The icon and feed addresses for every template, the 404 page's included."""
        env.globals.update(leerpunt_touch_icon=TOUCH_ICON, leerpunt_feed=FEED)
        return env

    def on_page_context(self, context, page, config, nav):
        """The sharing tags of the page, and on the home page its sections."""
        src_uri = page.file.src_uri
        image = image_path(src_uri) if src_uri in self.cards else DEFAULT_IMAGE
        description = (page.meta or {}).get("description") or config.site_description or ""
        title = page.title if page.title and not page.is_homepage else config.site_name
        context["leerpunt_share"] = share_tags(str(title), str(description), page.canonical_url or "",
                                               image, config.site_url or "/", src_uri in self.cards)
        if page.is_homepage:
            source = Path(page.file.abs_src_path).read_text("utf-8") if page.file.abs_src_path else ""
            home, errors = home_data(page.meta, site_content(config).catalogue, self.known_pages,
                                     f"{Path(config.docs_dir).name}/{src_uri}", source)
            for error in errors:
                log.error(str(error))
            context["leerpunt_home"] = home
            context["leerpunt_pages"] = {f.src_uri: f.page for f in context["pages"]}
        return context
