"""The compare view: 2-4 approaches side by side, chosen in the explorer (?a=<id>&a=<id>).

The page itself is small: the data of the approaches (titles, summaries, figure tiles) is one
JSON file per toolkit next to it, and the page fetches only the files of the toolkits named
in its address. A site with thousands of approaches would otherwise send every one of them
to show two.
"""

from __future__ import annotations

import json
import posixpath
from html import escape

from ..badges import figure_tiles
from ..catalogue.model import Catalogue, Toolkit
from ..siteurls import relative_url, url_of
from .common import front_matter, link, niveaus_text
from .explorer import COMPARE_PAGE, MAX_COMPARE


def compare_data_path(toolkit: Toolkit) -> str:
    """Where a toolkit's compare data lives in the site: next to the compare page."""
    return f"{url_of(COMPARE_PAGE).strip('/')}/{toolkit.slug}.json"


def compare_data_files(catalogue: Catalogue) -> dict[str, str]:
    """Per toolkit, its approaches as the compare page shows them (id → title, link, figures...)."""
    return {compare_data_path(toolkit): _json({
        a.id: {"titel": a.titel, "url": link(COMPARE_PAGE, a.src_uri).removesuffix(".md") + "/",
               "toolkit": toolkit.titel, "samenvatting": a.samenvatting, "niveaus": niveaus_text(a.niveaus),
               "figuren": figure_tiles(a.impact, a.kosten, a.bewijssterkte, f"lp-{a.toolkit}-{a.slug}"),
               "geverifieerd": a.geverifieerd}
        for a in toolkit.aanpakken}) for toolkit in catalogue.toolkits}


def compare_page(catalogue: Catalogue) -> str:
    page_url = url_of(COMPARE_PAGE)
    files = {t.slug: posixpath.relpath("/" + compare_data_path(t), page_url) for t in catalogue.toolkits}
    # JSON inside <script>: '</' must not close the element early.
    island = _json({"bestanden": files}).replace("</", "<\\/")
    # Raw HTML throughout: Markdown is not processed inside this block, so titles are HTML-escaped here.
    toolkits = " · ".join(f'<a href="{escape(relative_url(COMPARE_PAGE, t.src_uri), quote=True)}">{escape(t.titel)}</a>'
                          for t in catalogue.toolkits)
    return (front_matter(title="Aanpakken vergelijken", hide=["toc"],
                         description="Twee tot vier aanpakken uit de toolkits naast elkaar.") +
            f'<div class="lp-compare" data-lp-compare data-max="{MAX_COMPARE}">\n'
            f'<p class="lp-compare__empty">Kies in een toolkit twee tot {MAX_COMPARE} aanpakken met de vakjes in de '
            "kolom <em>Vergelijk</em> en kies dan <strong>Vergelijk de gekozen aanpakken</strong>. "
            f"Naar de toolkits: {toolkits}.</p>\n"
            '<p class="lp-compare__status" role="status" hidden></p>\n'
            '<div class="lp-compare__grid" role="list" hidden></div>\n'
            f'<script type="application/json" id="lp-compare-data">{island}</script>\n</div>\n')


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
