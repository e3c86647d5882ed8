"""Per toolkit a page with the impact-versus-cost chart and its table alternative."""

from __future__ import annotations

from html import escape

from ..catalogue.model import Toolkit
from ..texts import text
from ..web import DEFAULT, Web
from .breadcrumbs import titled
from .common import front_matter, link
from .finished import finished
from .legend import LEGEND_URI
from .paths import TOOLKITS_INDEX, TOOLKITS_TITLE


def chart_uri(toolkit: Toolkit) -> str:
    return f"toolkits/{toolkit.slug}/grafiek.md"


def chart_page(toolkit: Toolkit, web: Web = DEFAULT) -> str:
    # Imported here: the chart's text layout (hyphenation dictionaries) is only needed when the page
    # is written, not when scripts/check lists the pages.
    from ..chart import chart_rows, chart_table, toolkit_chart

    uri = chart_uri(toolkit)
    svg = toolkit_chart(toolkit, lambda a: f"../{a.slug}/")
    table = chart_table(toolkit, lambda a: link(uri, a.src_uri))
    rows = chart_rows(toolkit, lambda a: f"../{a.slug}/", web)
    # Both views are in the page; the stylesheet shows the rows where the chart would be too narrow.
    # How to read the drawing goes with the drawing: on a phone the rows (and their own intro) replace both.
    intro = f'<p class="lp-chart-wrap__intro">{escape(text("grafiek_uitleg"))}</p>'
    chart = finished(f'<div class="lp-chart-views">\n<div class="lp-chart-wrap">\n{intro}\n{svg}\n</div>\n'
                     f'{rows}\n</div>')
    title = f"{toolkit.titel}: impact tegenover kosten"
    return (front_matter(title=title, hide=["toc"],
                         description=f"Alle aanpakken van de toolkit {toolkit.titel} in één grafiek.") +
            titled(uri, [(TOOLKITS_TITLE, TOOLKITS_INDEX), (toolkit.titel, toolkit.src_uri)], title, web) +
            "Hoe meer van de vijf hoedjes vol zijn, hoe sterker het bewijs. "
            f"[Hoe lees je de toolkit?]({link(uri, LEGEND_URI)}) · "
            f"[Terug naar de toolkit]({link(uri, toolkit.src_uri)})"
            f"\n\n{chart}\n\n"
            "## De cijfers als tabel { #tabel }\n\n"
            "Dezelfde gegevens als de grafiek, voor wie liever een tabel leest of een schermlezer gebruikt.\n\n"
            f"{table}\n")
