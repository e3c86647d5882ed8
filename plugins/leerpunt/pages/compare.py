"""The compare view: 2-4 approaches side by side, chosen in the explorer (?a=<id>&a=<id>).

The page itself is small: the data of the approaches (titles, summaries, figure tiles) is one
JSON file per toolkit next to it, and the page fetches only the files of the toolkits named
in its address. A site with thousands of approaches would otherwise send every one of them
to show two.
"""

from __future__ import annotations

import json
import posixpath

from ..catalogue import scales
from ..catalogue.model import Approach, Catalogue, Toolkit
from ..siteurls import relative_url, url_of
from ..texts import text
from ..web import DEFAULT, Web
from .common import front_matter, link, niveaus_text
from .explorer import COMPARE_PAGE, MAX_COMPARE


def compare_data_path(toolkit: Toolkit) -> str:
    """Where a toolkit's compare data lives in the site: next to the compare page."""
    return f"{url_of(COMPARE_PAGE).strip('/')}/{toolkit.slug}.json"


CELLS = "leerpunt/compare_cells.html"


def compare_rows() -> list[list[str]]:
    """The compare table's rows, top to bottom: [key in the data, the row's header]."""
    return [["zin", text("in_een_zin")], ["impact", scales.scale_title("impact")],
            ["kosten", scales.scale_title("kosten")], ["bewijssterkte", scales.scale_title("bewijssterkte")],
            ["niveaus", text("niveaus")], ["toolkit", text("toolkit")], ["samenvatting", text("samenvatting")]]


def compare_data_files(catalogue: Catalogue, web: Web = DEFAULT) -> dict[str, str]:
    """Per toolkit, its approaches as the compare page shows them (id → title, link, a cell per row).
    Keys that end in _html hold HTML built here from escaped values; the rest is shown as text."""
    return {compare_data_path(toolkit): _json({
        a.id: {"titel": a.titel, "url": link(COMPARE_PAGE, a.src_uri).removesuffix(".md") + "/",
               "toolkit": toolkit.titel, "samenvatting": a.samenvatting, "niveaus": niveaus_text(a.niveaus),
               **figure_cells(a, web)}
        for a in toolkit.aanpakken}) for toolkit in catalogue.toolkits}


def figure_cells(approach: Approach, web: Web = DEFAULT) -> dict[str, str]:
    """The headline sentence and the three figures, each as the HTML of one table cell."""
    a = approach
    return {"zin_html": str(web.macro(CELLS, "headline_cell")(a.impact, a.kosten, a.bewijssterkte, not a.geverifieerd)),
            "impact_html": str(web.macro(CELLS, "impact_cell")(a.impact)),
            "kosten_html": str(web.macro(CELLS, "scale_cell")("kosten", "kosten", a.kosten)),
            "bewijssterkte_html": str(web.macro(CELLS, "scale_cell")("bewijssterkte", "bewijs", a.bewijssterkte))}


def compare_page(catalogue: Catalogue, web: Web = DEFAULT) -> str:
    page_url = url_of(COMPARE_PAGE)
    files = {t.slug: posixpath.relpath("/" + compare_data_path(t), page_url) for t in catalogue.toolkits}
    # JSON inside <script>: '</' must not close the element early.
    island = _json({"bestanden": files, "rijen": compare_rows(),
                    "bijschrift": text("vergelijk_tabel")}).replace("</", "<\\/")
    toolkits = [(relative_url(COMPARE_PAGE, t.src_uri), t.titel) for t in catalogue.toolkits]
    return (front_matter(title="Aanpakken vergelijken", hide=["toc"],
                         description="Twee tot vier aanpakken uit de toolkits naast elkaar.") +
            web.render("leerpunt/compare.html", max_compare=MAX_COMPARE, toolkits=toolkits, island=island) + "\n")


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
