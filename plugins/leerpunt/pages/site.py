"""Every page the catalogue produces: the collections plugin's whole output, as Markdown."""

from __future__ import annotations

from ..catalogue.model import Catalogue
from .approach import approach_page
from .broken import broken_page
from .guide import guide_page
from .overviews import GUIDES_INDEX, TOOLKITS_INDEX, guides_index, toolkit_overview, toolkits_index


def generated_pages(catalogue: Catalogue) -> dict[str, str]:
    """Every page the catalogue produces, by source path: the plugin's whole output."""
    pages = {TOOLKITS_INDEX: toolkits_index(catalogue), GUIDES_INDEX: guides_index(catalogue)}
    for toolkit in catalogue.toolkits:
        pages[toolkit.src_uri] = toolkit_overview(toolkit, catalogue.broken)
        for approach in toolkit.aanpakken:
            pages[approach.src_uri] = approach_page(approach, toolkit.titel)
    for guide in catalogue.guides:
        pages[guide.src_uri] = guide_page(guide)
    for broken in catalogue.broken:
        pages[broken.src_uri] = broken_page(broken)
    return pages
