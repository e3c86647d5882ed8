"""Every page the catalogue produces: the collections plugin's whole output, as Markdown."""

from __future__ import annotations

from ..catalogue.model import Catalogue
from .approach import approach_page
from .broken import broken_page
from ..news import news_items
from .chart_page import chart_page, chart_uri
from .compare import compare_page
from .explorer import COMPARE_PAGE
from .guide import guide_page
from .legend import LEGEND_URI, legend_page
from .news import NEWS_PAGE, news_page
from .opendata_page import OPEN_DATA_PAGE, open_data_page
from .themes import theme_pages
from .overviews import GUIDES_INDEX, TOOLKITS_INDEX, guides_index, toolkit_overview, toolkits_index


def generated_pages(catalogue: Catalogue) -> dict[str, str]:
    """Every page the catalogue produces, by source path: the plugin's whole output."""
    pages = {TOOLKITS_INDEX: toolkits_index(catalogue), GUIDES_INDEX: guides_index(catalogue),
             LEGEND_URI: legend_page(), COMPARE_PAGE: compare_page(catalogue),
             NEWS_PAGE: news_page(news_items(catalogue)), OPEN_DATA_PAGE: open_data_page(catalogue)}
    pages.update(theme_pages(catalogue))
    for toolkit in catalogue.toolkits:
        pages[toolkit.src_uri] = toolkit_overview(toolkit, catalogue)
        pages[chart_uri(toolkit)] = chart_page(toolkit)
        for approach in toolkit.aanpakken:
            pages[approach.src_uri] = approach_page(approach, catalogue)
    for guide in catalogue.guides:
        pages[guide.src_uri] = guide_page(guide, catalogue)
    for broken in catalogue.broken:
        pages[broken.src_uri] = broken_page(broken)
    return pages
