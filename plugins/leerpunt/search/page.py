"""The results page (/zoeken/?q=...) and the Dutch texts of the search interface."""

from __future__ import annotations

RESULTS_PAGE = "zoeken/index.md"
# Results shown at once: in the header's dropdown, and per step on the results page. The page's
# early start (leerpunt-search-start.html) needs them to know which result is shown first.
LIMITS = {"header": 8, "page": 20}

# Every text the search interface shows, in one place (the template hands them to search-ui.js).
TEXTS = {
    "placeholder": "Zoeken",
    "dialog": "Zoeken op de site",
    "open": "Zoeken (sneltoets: /)",
    "reset": "Zoekopdracht wissen",
    "start": "Typ een woord om te zoeken",
    "loading": "Zoekfunctie laden…",
    "one": "1 resultaat",
    "other": "# resultaten",
    "none": "Geen resultaten voor ‘#’.",
    "none_hint": "Controleer de spelling, probeer een ander of korter woord, of zet filters uit.",
    "filtered_out": "# resultaten vallen weg door de filters.",
    "all": "Alle resultaten en filters",
    "more": "Toon meer resultaten",
    "more_on_page": "Ook op deze pagina:",
    "filters": "Filters",
    "filters_chosen": "Filters (# gekozen)",
    "all_types": "Alles",
    "any": "Alle",
    "type": "Soort",
    "niveau": "Niveau",
    "thema": "Thema",
    "clear": "Filters wissen",
    "submit": "Zoeken",
    "query_label": "Zoekwoorden",
    "in": "in",
    "error": "De zoekfunctie kon niet laden. Probeer het later opnieuw.",
    "suggest": "Bedoelde je",
    "or": "of",
    "popular_title": "Veel bekeken",
    "explore": "Aanpakken over {thema} in de verkenner van {toolkit}",
    "explore_all": "Alle aanpakken in de toolkits",
}


def results_page_markdown() -> str:
    """The Markdown of the results page: search-ui.js fills the container from the address."""
    return (
        "---\n"
        "title: Zoeken\n"
        "description: Zoek in de toolkits, leidraden, aanbevelingen, het model en de kennisagenda.\n"
        "hide:\n  - navigation\n  - toc\n"
        "search:\n  exclude: true\n"
        "---\n\n"
        "# Zoeken\n\n"
        '<div class="lp-search-page" data-lp-search-page>\n'
        "<noscript><p>De zoekfunctie werkt met JavaScript. Zet JavaScript aan om te zoeken, of ga via "
        "het menu naar de toolkits en leidraden.</p></noscript>\n"
        "</div>\n"
    )
