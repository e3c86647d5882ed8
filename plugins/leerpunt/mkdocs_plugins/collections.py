"""Turns toolkits/, leidraden/ and the knowledge agenda into pages of the site."""

from __future__ import annotations

import logging
import os
import posixpath
from html import escape
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from .. import web_assets
from ..badges.icons import scale_icon_css
from ..buildcache import TextStore, cache_folder, digest
from ..catalogue import ContentError
from ..chart.reuse import chart_version, remember_charts
from ..extensions.codes import CodeContext, CodesExtension, shown_codes
from ..extensions.glossary import GlossaryExtension
from ..news import FEED, atom_feed, news_items
from ..opendata import export_files
from ..pages import compare_data_files, generated_pages, page_additions, page_notices
from ..pages.error_box import error_box, errors_by_page
from ..pages.finished import anchor_ids, hold, restore
from ..pages.model_page import with_model_drawing
from ..pages.notices import under_title
from ..pages.on_paper import paper_footer, with_paper_footer
from ..print.stamp import fallback_date
from ..project import Project
from ..publication import editors_notes, leak_check_version, output_leaks
from ..publishing import is_publication, publication_errors
from ..render_reuse import RenderReuse, extensions_reusable, files_digest, page_key, render_settings_version
from ..sanitize import allowlist_version, as_cleaned, attribute_text, clean, removed
from ..search import assets as search_assets
from ..site_content import SiteContent, load_site_content
from ..sourcechecks.documents import remember_rendered, render_version
from ..sourcechecks.files import published_from_outside
from ..sourcechecks.markup import EXPECTED as MARKUP_EXPECTED, HINT as MARKUP_HINT
from ..templatecache import RememberedTemplates
from ..web import Web
from . import link_messages
from .switch import SwitchableConfig, SwitchablePlugin

log = logging.getLogger("mkdocs.plugins.leerpunt")

# The Markdown our generated pages use; added when mkdocs.yml does not list them.
REQUIRED_EXTENSIONS = ("attr_list", "md_in_html", "admonition", "pymdownx.details", "tables", "toc")


class CollectionsConfig(SwitchableConfig):
    toolkits_dir = c.Type(str, default="toolkits")
    """The folder with one folder per toolkit (toolkit.yml + one Markdown file per approach), relative to mkdocs.yml."""
    leidraden_dir = c.Type(str, default="leidraden")
    """The folder with one folder per guide (index.md + images), relative to mkdocs.yml."""
    kennisagenda = c.Type(str, default="kennisagenda/kennisagenda.yml")
    """The knowledge agenda's data file, relative to docs_dir; its page is the index.md next to it."""
    projecten_dir = c.Type(str, default="projecten")
    """The folder with one YAML file per funded project, relative to mkdocs.yml (none: no project pages)."""
    begrippen = c.Type(str, default="begrippen/begrippen.yml")
    """The glossary's data file, relative to docs_dir (none: no glossary page and no tooltips)."""
    materialen = c.Type(str, default="materialen/materialen.yml")
    """Leerpunt's own materials, relative to docs_dir (listed on the Materialen page)."""
    themas = c.Type(str, default="themas/themas.yml")
    """The intro of each theme page, relative to docs_dir."""


class CollectionsPlugin(SwitchablePlugin[CollectionsConfig]):
    """Loads the catalogue once per build and adds approach, guide and overview pages."""

    templates: RememberedTemplates | None = None  # `mkdocs build`: one environment, nothing to remember
    content: SiteContent | None = None  # this build's content; the print and search plugins read it
    page_context: CodeContext | None = None  # the page being rendered, for its [[…]] codes
    active_tab: Section | Page | None = None  # the tab marked for a generated page outside the navigation
    _tab_folders: tuple[Navigation, list] | None = None  # this build's navigation with tab_folders() of it
    rendered: TextStore | None = None  # the content check's HTML of editors' texts, kept between builds
    allowed: TextStore | None = None  # digests of pages the allowlist leaves as they are, kept between builds
    charts: TextStore | None = None  # the toolkits' drawings, kept between builds
    page_renders: RenderReuse | None = None  # MkDocs' rendering of each page, kept between builds
    palette = False  # on_config: theme.palette is set (its rules travel in our stylesheet, its link goes)

    def on_startup(self, *, command, dirty):
        """Under `mkdocs serve` the plugin lives on between rebuilds: keep the compiled templates."""
        self.templates = RememberedTemplates() if command == "serve" else None

    def on_config(self, config):
        """Refuse a publication build without the real address; resolve source folders and make sure
        the Markdown extensions and stylesheet are there."""
        if is_publication(os.environ) and (problems := publication_errors(config.site_url)):
            raise PluginError("Publicatie gestopt: " + " ".join(problems))
        self.content = None
        self.markup_checked: set[str] = set()  # pages whose editor Markdown the content check read
        self.link_messages = link_messages.installed()
        self.project = Project.from_mkdocs_config(config)
        self.sources = self.project.sources
        for extension in REQUIRED_EXTENSIONS:
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        # An instance, as mkdocs-autorefs adds its own: the codes need this build's catalogue and page.
        config.markdown_extensions.append(CodesExtension(context=lambda: self.page_context))
        config.markdown_extensions.append(GlossaryExtension(context=lambda: self.page_context))
        self.web = Web(config.theme.custom_dir or "")
        redirects = config.plugins.get("redirects")
        if redirects is not None:  # mkdocs-redirects reads the map in its on_files, after ours
            redirects.config["redirect_maps"] = dict(self.project.redirects)
        # Our one stylesheet carries Material's palette rules this site uses and the search's stylesheet,
        # so a page blocks on two stylesheets (Material's and ours) instead of four.
        self.palette = bool(config.theme.get("palette"))
        palette = (web_assets.palette_rules(web_assets.material_palette_css(),
                                            *web_assets.palette_colours(config.theme["palette"]))
                   if self.palette else "")
        search = search_assets.stylesheet_css() if search_assets.merged_into_ours(config) else ""
        self.stylesheet = web_assets.stylesheet(scale_icon_css(), before=palette, after=search)
        self.scripts = web_assets.scripts()
        if self.stylesheet.url not in config.extra_css:
            config.extra_css.insert(0, self.stylesheet.url)
        for script in self.scripts:
            if script.url not in [str(s) for s in config.extra_javascript]:
                config.extra_javascript.append(script.url)
        return config

    def on_files(self, files: Files, config) -> Files:
        """Load and check the content, report its errors and add every generated page and asset."""
        self.held: dict[str, list[str]] = {}  # per page, the finished HTML kept out of Markdown
        self.cache = cache_folder(self.sources.root)
        if self.rendered is None or self.charts is None or self.rendered.path.parent != self.cache:  # serve: kept too
            self.rendered = TextStore(self.cache / "check-html.json", render_version())
            self.allowed = TextStore(self.cache / "allowlist-passed.json", allowlist_version())
            self.page_renders = RenderReuse(self.cache / "page-html.json")
            self.charts = TextStore(self.cache / "charts.json", chart_version())
        remember_rendered(self.rendered)
        remember_charts(self.charts)
        self.content = load_site_content(self.project, web=self.web)
        self.catalogue = self.content.catalogue
        # What every page's render depends on besides the page (None: an extension we cannot vouch for).
        self.render_inputs = None
        if extensions_reusable(config.markdown_extensions, (CodesExtension, GlossaryExtension)):
            self.render_inputs = digest(render_settings_version(config), repr(self.catalogue.glossary),
                                        *sorted(str(e) for e in self.content.errors))
        self.content_date = fallback_date(self.catalogue, os.environ)  # printed under every web page
        self.editor_pages = ({a.src_uri for a in self.catalogue.approaches} | {g.src_uri for g in self.catalogue.guides}
                             | {t.src_uri for t in self.catalogue.toolkits})
        for error in self.content.errors:
            log.error(str(error))
        self.link_messages.site = self.content.site
        self.markup_checked = {document.src_uri for document in self.content.site.documents}
        self.sources_of = {d.src_uri: d.shown for d in self.content.site.documents}
        self.sources_of |= {t.src_uri: t.source for t in self.catalogue.toolkits}
        self.link_messages.reported = set(self.content.errors)
        listed = {e for b in self.catalogue.broken for e in b.errors}
        self.error_boxes = errors_by_page((e for e in self.content.errors if e not in listed), self.sources,
                                          self.catalogue)
        for warning in self.content.warnings:  # worth a look, never a reason to stop a strict build
            log.info(f"Let op: {warning}")
        # The data files in docs_dir carry editors' notes: they are sources, never published as they are.
        for data_file in (self.config.kennisagenda, self.config.begrippen, self.config.materialen, self.config.themas):
            if data := files.get_file_from_path(data_file):
                files.remove(data)
        for src_uri, content in generated_pages(self.catalogue, self.web, self.content.site.known_frame).items():
            if files.get_file_from_path(src_uri):
                continue  # an editor's file at the address of a generated page: a content error (collisions)
            files.append(File.generated(config, src_uri, content=content))
        for path, text in compare_data_files(self.catalogue, self.web).items():
            files.append(File.generated(config, path, content=text))
        for guide_asset in (a for guide in self.catalogue.guides for a in guide.assets):
            files.append(File(guide_asset, src_dir=str(self.sources.leidraden_dir.parent), dest_dir=config.site_dir,
                              use_directory_urls=config.use_directory_urls))
        for asset in (self.stylesheet, *self.scripts):
            files.append(File.generated(config, asset.path, content=asset.content))
        files.append(File.generated(config, FEED, content=atom_feed(news_items(self.catalogue), config.site_url or "/",
                                                                    config.site_name)))
        if config.site_url:
            for path, text in export_files(self.catalogue, config.site_url).items():
                files.append(File.generated(config, path, content=text))
        else:
            log.warning("site_url ontbreekt in mkdocs.yml: zonder volledig webadres geen open data en geen feed-links.")
        outside = set(published_from_outside([Path(f.abs_src_path) for f in files if f.abs_src_path], self.sources))
        for file in [f for f in files if f.abs_src_path and Path(f.abs_src_path) in outside]:
            files.remove(file)  # a symlink out of the repository (reported as a content error): never published
        return files

    def on_nav(self, nav, config, files):
        """Report two sources that would end up at the same address (one would silently replace the other)."""
        for message in address_collisions((f.src_uri, f.dest_uri) for f in files):
            log.error(message)
        self.files_version = files_digest(files)  # every plugin has added its files by now
        return nav

    @event_priority(-100)  # after every plugin read the pages (the search index wants their plain text)
    def on_env(self, env, config, files):
        """Before the theme renders any page: escape what Material prints without escaping, from the
        front matter of every page (an editor's free-page title in headers and navigation, descriptions
        in <meta>). Our own pages' titles are escaped already (pages.common.front_matter)."""
        # Compiled templates: in memory under `mkdocs serve`, else from the last build's (Jinja checks
        # each template's source against its checksum, so an edited template is compiled again).
        env.bytecode_cache = self.templates or FileSystemBytecodeCache(str(self._folder("jinja")))
        for file in files.documentation_pages():
            meta = file.page.meta if file.page else {}
            if file.generated_by is None and isinstance(meta.get("title"), str):
                meta["title"] = escape(meta["title"], quote=False)
            if isinstance(meta.get("description"), str):
                meta["description"] = attribute_text(meta["description"])
        return env

    def on_page_markdown(self, markdown: str, page, config, files):
        """Add notices from the front matter, the knowledge agenda's table and a page's reflection cards."""
        added = page_additions(self.catalogue, page.file.src_uri, self.sources.agenda_page)
        if added:
            markdown = markdown.rstrip() + "\n\n" + added
        errors = self.error_boxes.get(page.file.src_uri)
        if errors:
            markdown = under_title(markdown, error_box(errors))
        card_page = self.catalogue.card_page(page.file.src_uri)
        if card_page:
            markdown, problems = with_model_drawing(markdown, card_page, self.web)
            for problem in problems:  # the print plugin stops on these too; here the page keeps its text
                log.error(str(problem))
        self.page_context = context = CodeContext(self.catalogue, page.file.src_uri, self.web)
        markdown, self.held[page.file.src_uri] = hold(page_notices(markdown, page.meta))
        if self.render_inputs and self.page_renders:
            inputs, files_version = self.render_inputs, self.files_version
            self.page_renders.install(page, lambda: page_key(
                inputs, files_version, page, shown_codes(page.markdown or "", context)))
        return markdown

    def on_page_context(self, context, page, config, nav):
        """A generated page outside the navigation: mark the tab it belongs to (Toolkits for an approach)."""
        in_nav = any(item is page for item in nav.pages)
        if self._tab_folders is None or self._tab_folders[0] is not nav:
            self._tab_folders = (nav, tab_folders(nav.items))  # once per build, not per page
        self.active_tab = None if in_nav else tab_of(page.file.src_uri, self._tab_folders[1])
        if self.active_tab:
            self.active_tab.active = True
        return context

    def on_post_page(self, output, page, config):
        """Unmark the borrowed tab, so the next page starts clean; give the page its footer on paper; leave
        out the scripts it does not use and the palette's stylesheet (in ours), the others load after the
        stylesheets."""
        if self.active_tab:
            self.active_tab.active = False
            self.active_tab = None
        address = page.canonical_url or page.abs_url or page.url
        output = web_assets.with_low_priority_scripts(web_assets.without_unused_scripts(output, self.scripts))
        if self.palette:
            output = web_assets.without_palette_link(output)
        return with_paper_footer(output, paper_footer(address, self.content_date, self.web))

    def on_post_template(self, output_content, template_name, config):
        """The 404 page (a template, not a page): the palette's stylesheet is in ours, scripts after the stylesheets."""
        if template_name.endswith(".html"):
            output_content = web_assets.with_low_priority_scripts(output_content)
            if self.palette:
                output_content = web_assets.without_palette_link(output_content)
        return output_content

    def on_page_content(self, html: str, page, config, files):
        """Pass a page that carries an editor's Markdown through the allowlist (our own finished HTML is
        held out and trusted), put back the finished HTML and tell MkDocs its anchors."""
        held = self.held.pop(page.file.src_uri, [])
        if self._written_by_editors(page.file):
            html = self._cleaned(html, page.file.src_uri)
        if page.present_anchor_ids is not None:
            page.present_anchor_ids |= anchor_ids(held)
        return restore(html, held)

    def _cleaned(self, html: str, src_uri: str) -> str:
        """The page through the allowlist; what it loses is an error here unless the content check
        already named it with its line (it renders the editor's Markdown alone)."""
        assert self.content is not None and self.allowed, "on_files loaded the content before any page is rendered"
        key = digest(html)
        if self.allowed.get(key) is not None:
            return as_cleaned(html)  # the allowlist kept this very HTML whole before: clean() gives this
        cleaned = clean(html)
        if cleaned == as_cleaned(html):
            self.allowed.put(key, "")
        # The content check already compared every editor's Markdown with the allowlist (and named the
        # line); reading the page twice more here would only say it again, at a third of the plugin's cost.
        if cleaned != html and src_uri not in self.markup_checked:
            source = self.sources_of.get(src_uri, src_uri)
            if not any(e.file == source and e.expected == MARKUP_EXPECTED for e in self.content.errors):
                for removal in removed(html):
                    log.error(str(ContentError(source, 0, "", MARKUP_EXPECTED, f"{removal.describe()}: wordt van de "
                                               "pagina gehaald", MARKUP_HINT)))
        return cleaned

    def _written_by_editors(self, file) -> bool:
        return file.generated_by is None or file.src_uri in self.editor_pages

    @event_priority(-50)  # after the search plugin has written its index
    def on_post_build(self, config):
        """The publication check on what the build wrote: no editors' note or placeholder in any
        published file (pages, search index, open data, feed)."""
        notes = editors_notes(self.catalogue)
        passed = TextStore(self.cache / "published-files-passed.json", leak_check_version(notes))
        for message in output_leaks(Path(config.site_dir), notes, passed):
            log.error(message)
        passed.save()
        for store in (self.rendered, self.allowed, self.page_renders, self.charts):
            if store:
                store.save()

    def _folder(self, name: str) -> Path:
        folder = self.cache / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def on_serve(self, server, config, builder):
        """Rebuild when an editor saves a source outside docs_dir (toolkits, guides, redirects, addresses)."""
        for path in self.project.watched():
            server.watch(str(path))
        return server



def site_content(config) -> SiteContent:
    """The content that leerpunt-collections loaded for this build (for the other plugins)."""
    plugin = config.plugins.get("leerpunt-collections")
    if plugin is None or plugin.content is None:
        raise PluginError("zet 'leerpunt-collections' in mkdocs.yml onder plugins (aan, vóór 'leerpunt-print' en "
                          "'leerpunt-search'): die lezen de inhoud die het laadt.")
    return plugin.content


def site_web(config) -> Web:
    """The templates of this build (a site's custom_dir first), for the other plugins' HTML."""
    plugin = config.plugins.get("leerpunt-collections")
    return plugin.web if plugin is not None and getattr(plugin, "web", None) else Web()


def tab_folders(items: list) -> list[tuple[Section | Page, set[str]]]:
    """Every top-level navigation item with the folders of its pages (for tab_of)."""
    return [(item, {posixpath.dirname(page.file.src_uri) for page in _pages_of(item)}) for item in items]


def tab_of(src_uri: str, folders: list[tuple[Section | Page, set[str]]]) -> Section | Page | None:
    """The top-level navigation item (of tab_folders()) whose pages share the longest folder with src_uri."""
    best, depth = None, 0
    for item, item_folders in folders:
        for folder in item_folders:
            if folder and (src_uri.startswith(folder + "/")) and len(folder) > depth:
                best, depth = item, len(folder)
    return best


def _pages_of(item):
    if getattr(item, "children", None):
        for child in item.children:
            yield from _pages_of(child)
    elif getattr(item, "file", None) is not None:
        yield item


def address_collisions(files) -> list[str]:
    """One message per site address that more than one source writes to."""
    by_address: dict[str, list[str]] = {}
    for src_uri, dest_uri in files:
        by_address.setdefault(dest_uri, []).append(src_uri)
    return [f"{' en '.join(sorted(sources))}: verwacht één bron per webadres; gevonden: {len(sources)} bronnen voor "
            f"'{address}'. Hernoem een van de bestanden of mappen."
            for address, sources in sorted(by_address.items()) if len(sources) > 1]
