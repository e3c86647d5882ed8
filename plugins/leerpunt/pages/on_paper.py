"""What a printed web page carries that the screen does not need: its address and the date of
the content, at the end of the page (the stylesheet shows it only in print)."""

from __future__ import annotations

from ..catalogue.dates import dutch_date
from ..web import DEFAULT, Web

TEMPLATE = "leerpunt/on_paper.html"


def paper_footer(address: str, date: str, web: Web = DEFAULT) -> str:
    """The footer for one page: its full address and, when known, the date of the content."""
    return web.render(TEMPLATE, address=address, date=dutch_date(date) if date else "")


def with_paper_footer(page_html: str, footer: str) -> str:
    """The page with the footer at the end of its content (Material's one <article>); unchanged
    when the page has no article."""
    end = page_html.find("</article>")
    return page_html if end < 0 else page_html[:end] + footer + page_html[end:]
