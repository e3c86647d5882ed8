"""The toolkit explorer (templates/leerpunt/explorer.html): a complete HTML table, readable
without JavaScript, plus the controls that explorer.js switches on.

Every visible word comes from the scales and vocabularies, so the script holds no labels.
"""

from __future__ import annotations

from ..badges.html import badge_set
from ..catalogue.model import Catalogue, Toolkit
from ..catalogue.vocabularies import niveau_labels, thema_labels
from ..formatting import scale_name
from ..web import DEFAULT, Web

SORTS = (("impact", "{impact} (hoogste eerst)"), ("kosten", "{kosten} (laagste eerst)"),
         ("bewijs", "{bewijs} (sterkste eerst)"), ("titel", "Titel (A-Z)"))
COMPARE_PAGE = "toolkits/vergelijk.md"
MAX_COMPARE = 4


def explorer_html(toolkit: Toolkit, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """Switch, controls, live status and the table of one toolkit's approaches."""
    names = {"impact": scale_name("impact"), "kosten": scale_name("kosten"), "bewijs": scale_name("bewijssterkte")}
    present_niveaus = {n for a in toolkit.aanpakken for n in a.niveaus}
    present_themas = {t for a in toolkit.aanpakken for t in a.themas}
    return web.render(
        "leerpunt/explorer.html", toolkit=toolkit, toolkits=catalogue.toolkits, max_compare=MAX_COMPARE,
        sorts=[(key, label.format(**names)) for key, label in SORTS],
        niveaus=[(key, label) for key, label in niveau_labels().items() if key in present_niveaus],
        themas=[(key, label) for key, label in thema_labels().items() if key in present_themas],
        badges=badge_set(web))
