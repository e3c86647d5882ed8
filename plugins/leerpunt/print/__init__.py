"""Print: card decks, posters and guide PDFs from the catalogue, rendered with WeasyPrint.

Pure work, no MkDocs: `print_set()` turns the catalogue into HTML jobs with their downloads,
`render_all()` renders what the cache does not have yet (on all cores), `materials_page()` and
`page_section()` write the Markdown that links the PDFs.
"""

from .cache import Cache, Entry
from .documents import Download, PrintItem, Settings, print_set
from .downloads import MATERIALS_PAGE, materials_page, page_section
from .fonts import FontsMissing
from .runner import Outcome, render_all
from .stamp import fallback_date

__all__ = ["MATERIALS_PAGE", "Cache", "Download", "Entry", "FontsMissing", "Outcome", "PrintItem", "Settings",
           "fallback_date", "materials_page", "page_section", "print_set", "render_all"]
