"""Every page the catalogue produces: the collections plugin's whole output, as Markdown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..catalogue.model import Approach, Catalogue
from ..news import news_items
from ..web import DEFAULT, Web
from .approach import Frame, approach_page
from .broken import broken_page
from .chart_page import chart_page, chart_uri
from .compare import compare_page
from .explorer import COMPARE_PAGE
from .glossary import glossary_page
from .guide import guide_page
from .legend import LEGEND_URI, legend_page
from .news import NEWS_PAGE, news_page
from .opendata_page import OPEN_DATA_PAGE, open_data_page
from .overviews import GUIDES_INDEX, TOOLKITS_INDEX, guides_index, toolkit_overview, toolkits_index
from .paths import GLOSSARY_PAGE, PROJECTS_INDEX
from .projects import project_page, projects_index
from .themes import THEMES_INDEX, theme_page, theme_uri, themes_in_use, themes_index


def page_builders(catalogue: Catalogue, web: Web = DEFAULT,
                  frames: Callable[[Approach], Frame | None] | None = None) -> dict[str, Callable[[], str]]:
    """Every page the catalogue produces, by source path, each as a function that writes it
    (so listing the pages, as the URL check does, costs nothing). `frames`: the approach frames
    already made with this catalogue and `web` (SiteMap.frame), so no approach page is made twice."""
    builders: dict[str, Callable[[], str]] = {
        TOOLKITS_INDEX: partial(toolkits_index, catalogue), GUIDES_INDEX: partial(guides_index, catalogue),
        LEGEND_URI: partial(legend_page, web), COMPARE_PAGE: partial(compare_page, catalogue, web),
        NEWS_PAGE: lambda: news_page(news_items(catalogue)), OPEN_DATA_PAGE: partial(open_data_page, catalogue),
        THEMES_INDEX: partial(themes_index, catalogue)}
    builders.update({theme_uri(t): partial(theme_page, t, catalogue, web) for t in themes_in_use(catalogue)})
    for toolkit in catalogue.toolkits:
        builders[toolkit.src_uri] = partial(toolkit_overview, toolkit, catalogue, web)
        builders[chart_uri(toolkit)] = partial(chart_page, toolkit, web)
        builders.update({a.src_uri: partial(approach_page, a, catalogue, web, frames(a) if frames else None)
                         for a in toolkit.aanpakken})
    builders.update({g.src_uri: partial(guide_page, g, catalogue, web) for g in catalogue.guides})
    builders.update({b.src_uri: partial(broken_page, b) for b in catalogue.broken})
    if catalogue.projects:
        builders[PROJECTS_INDEX] = partial(projects_index, catalogue, web)
        builders.update({p.src_uri: partial(project_page, p, catalogue, web) for p in catalogue.projects})
    if catalogue.glossary:
        builders[GLOSSARY_PAGE] = partial(glossary_page, catalogue)
    return builders


def generated_pages(catalogue: Catalogue, web: Web = DEFAULT,
                    frames: Callable[[Approach], Frame | None] | None = None) -> dict[str, str]:
    """Every page the catalogue produces, by source path, as Markdown: the plugin's whole output."""
    return {uri: build() for uri, build in page_builders(catalogue, web, frames).items()}
