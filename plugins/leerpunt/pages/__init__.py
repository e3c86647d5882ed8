"""Markdown for generated pages: approaches, guides, overviews, the knowledge agenda."""

from .additions import page_additions
from .approach import approach_page
from .broken import broken_page
from .cards import reflection_cards_section
from .compare import compare_data_files
from .guide import guide_page
from .kennisagenda import agenda_section
from .notices import page_notices
from .overviews import guides_index, toolkit_overview, toolkits_index
from .site import generated_pages, page_builders

__all__ = ["agenda_section", "page_additions", "approach_page", "broken_page", "compare_data_files", "generated_pages",
           "page_builders", "guide_page", "guides_index", "page_notices", "reflection_cards_section",
           "toolkit_overview", "toolkits_index"]
