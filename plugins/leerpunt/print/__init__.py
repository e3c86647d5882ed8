"""Print: card decks, posters and guide PDFs from the catalogue, rendered with WeasyPrint.

Pure work, no MkDocs: `print_set()` turns the catalogue into recipes with their downloads,
`render_all()` makes what the cache does not have yet (HTML in this process, PDFs on all cores), `materials_page()` and
`page_section()` write the Markdown that links the PDFs.
"""

from .cache import Cache, Entry, address_folder
from .card_set import ASSETS as CARD_SET_ASSETS, asset_text, card_set_page
from .documents import Download, PrintItem, Settings, print_set
from .downloads import CARD_SET_PAGE, MATERIALS_PAGE, materials_page, page_section
from .fonts import FontsMissing
from .runner import Outcome, PrintUnavailable, render_all
from .stamp import fallback_date

__all__ = ["CARD_SET_ASSETS", "CARD_SET_PAGE", "asset_text", "card_set_page", "MATERIALS_PAGE", "Cache", "Download",
           "Entry", "FontsMissing", "Outcome", "PrintItem", "PrintUnavailable",
           "Settings", "address_folder", "fallback_date", "materials_page", "page_section", "print_set", "render_all"]
