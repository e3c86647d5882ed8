"""The 'Wat is er nieuw' page."""

from __future__ import annotations

from ..catalogue.dates import dutch_date
from ..news import FEED, NewsItem
from .common import front_matter, link, md_escape

NEWS_PAGE = "nieuw.md"


def news_page(items: list[NewsItem]) -> str:
    entries = "\n\n".join(
        f"## [{md_escape(item.titel)}]({link(NEWS_PAGE, item.src_uri)})\n\n"
        f"{dutch_date(item.datum).capitalize()}\n{{: .lp-meta }}\n\n{md_escape(item.tekst)}"
        for item in items)
    return (front_matter(title="Wat is er nieuw",
                         description="Nieuwe leidraden en updates van de toolkits, de nieuwste eerst.") +
            "Nieuwe leidraden en updates van de cijfers in de toolkits, de nieuwste eerst. Volg de wijzigingen "
            f'in je feedlezer met de <a href="../{FEED}" type="application/atom+xml">Atom-feed</a>.\n\n'
            + (entries or "Nog geen wijzigingen.") + "\n")
