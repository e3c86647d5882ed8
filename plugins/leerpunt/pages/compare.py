"""The compare view: 2-4 approaches side by side, chosen in the explorer (?a=<id>&a=<id>)."""

from __future__ import annotations

import json
from html import escape

from ..badges import figure_tiles
from ..catalogue.model import Catalogue
from ..siteurls import relative_url
from .common import front_matter, link, niveaus_text
from .explorer import COMPARE_PAGE, MAX_COMPARE


def compare_page(catalogue: Catalogue) -> str:
    data = {
        a.id: {"titel": a.titel, "url": link(COMPARE_PAGE, a.src_uri).removesuffix(".md") + "/",
               "toolkit": catalogue.toolkit(a.toolkit).titel, "samenvatting": a.samenvatting,
               "niveaus": niveaus_text(a.niveaus), "figuren": figure_tiles(a.impact, a.kosten, a.bewijssterkte, f"lp-{a.toolkit}-{a.slug}"),
               "geverifieerd": a.geverifieerd}
        for a in catalogue.approaches}
    # JSON inside <script>: '</' must not close the element early.
    island = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    # Raw HTML throughout: Markdown is not processed inside this block, so titles are HTML-escaped here.
    toolkits = " · ".join(f'<a href="{escape(relative_url(COMPARE_PAGE, t.src_uri), quote=True)}">{escape(t.titel)}</a>'
                          for t in catalogue.toolkits)
    return (front_matter(title="Aanpakken vergelijken", hide=["toc"],
                         description="Twee tot vier aanpakken uit de toolkits naast elkaar.") +
            f'<div class="lp-compare" data-lp-compare data-max="{MAX_COMPARE}">\n'
            f'<p class="lp-compare__empty">Kies in een toolkit twee tot {MAX_COMPARE} aanpakken met de vakjes in de '
            "kolom <em>Vergelijk</em> en kies dan <strong>Vergelijk de gekozen aanpakken</strong>. "
            f"Naar de toolkits: {toolkits}.</p>\n"
            '<div class="lp-compare__grid" role="list" hidden></div>\n'
            f'<script type="application/json" id="lp-compare-data">{island}</script>\n</div>\n')
