"""The toolkit explorer: a complete HTML table (readable without JavaScript) plus the controls
that explorer.js switches on to sort, filter, share the state in the URL and pick approaches to compare.

Every visible word comes from the scales and vocabularies, so the script holds no labels.
"""

from __future__ import annotations

from html import escape

from ..badges import bewijs_badge, impact_badge, kosten_badge
from ..catalogue import scales
from ..catalogue.model import Catalogue, Toolkit
from ..catalogue.vocabularies import niveau_labels, thema_labels

SORTS = (("impact", "{impact} (hoogste eerst)"), ("kosten", "{kosten} (laagste eerst)"),
         ("bewijs", "{bewijs} (sterkste eerst)"), ("titel", "Titel (A-Z)"))
COMPARE_PAGE = "toolkits/vergelijk.md"
MAX_COMPARE = 4


def explorer_html(toolkit: Toolkit, catalogue: Catalogue) -> str:
    """Switch, controls, live status and the table of one toolkit's approaches."""
    return (f'<div class="lp-explorer" data-lp-explorer data-max-compare="{MAX_COMPARE}">\n'
            f"{_switch(toolkit, catalogue)}\n{_controls(toolkit)}\n"
            '<p class="lp-explorer__status" role="status" aria-live="polite"></p>\n'
            f"{_table(toolkit)}\n</div>")


def _switch(toolkit: Toolkit, catalogue: Catalogue) -> str:
    current = ' aria-current="page"'
    links = "".join(
        f'<a class="lp-explorer__toolkit" href="../{t.slug}/"{current if t.slug == toolkit.slug else ""}>'
        f"{escape(t.titel)}</a>" for t in catalogue.toolkits)
    return f'<nav class="lp-explorer__switch" aria-label="Kies een toolkit">{links}</nav>'


def _controls(toolkit: Toolkit) -> str:
    names = {"impact": scales.scale_title("impact").split(" (")[0], "kosten": scales.scale_title("kosten"),
             "bewijs": scales.scale_title("bewijssterkte")}
    sorts = "".join(f'<option value="{key}">{escape(text.format(**names))}</option>' for key, text in SORTS)
    present_niveaus = {n for a in toolkit.aanpakken for n in a.niveaus}
    niveaus = "".join(
        f'<label class="lp-check"><input type="checkbox" name="niveau" value="{key}"> {escape(label)}</label>'
        for key, label in niveau_labels().items() if key in present_niveaus)
    present_themas = {t for a in toolkit.aanpakken for t in a.themas}
    themas = "".join(f'<option value="{key}">{escape(label)}</option>'
                     for key, label in thema_labels().items() if key in present_themas)
    return (
        '<form class="lp-explorer__controls" hidden aria-label="Aanpakken sorteren en filteren">'
        f'<label class="lp-field">Sorteer op <select name="sorteer">{sorts}</select></label>'
        f'<label class="lp-field">Thema <select name="thema"><option value="">Alle thema\'s</option>{themas}</select></label>'
        f'<fieldset class="lp-field"><legend>Niveau</legend>{niveaus}</fieldset>'
        '<div class="lp-explorer__actions">'
        '<button type="reset" class="md-button">Wis filters</button>'
        f'<a class="md-button md-button--primary lp-explorer__compare" href="../vergelijk/" aria-disabled="true" '
        f'data-label="Vergelijk de gekozen aanpakken">Vergelijk de gekozen aanpakken (0)</a>'
        "</div></form>")


def _table(toolkit: Toolkit) -> str:
    head = ("<thead><tr><th scope=\"col\">Aanpak</th>"
            f"<th scope=\"col\">{escape(scales.scale_title('impact'))}</th>"
            f"<th scope=\"col\">{escape(scales.scale_title('kosten'))}</th>"
            f"<th scope=\"col\">{escape(scales.scale_title('bewijssterkte'))}</th>"
            '<th scope="col" class="lp-compare-cell" hidden>Vergelijk</th></tr></thead>')
    rows = []
    for a in toolkit.aanpakken:
        impact = "" if a.impact is None else str(a.impact)
        rows.append(
            f'<tr data-id="{escape(a.id)}" data-titel="{escape(a.titel.casefold())}" data-impact="{impact}" '
            f'data-kosten="{a.kosten}" data-bewijs="{a.bewijssterkte}" data-niveaus="{" ".join(a.niveaus)}" '
            f'data-themas="{" ".join(a.themas)}">'
            f'<th scope="row"><a href="{escape(a.slug)}/">{escape(a.titel)}</a>'
            f'<span class="lp-explorer__summary">{escape(a.samenvatting)}</span></th>'
            f"<td>{impact_badge(a.impact)}</td><td>{kosten_badge(a.kosten)}</td><td>{bewijs_badge(a.bewijssterkte)}</td>"
            f'<td class="lp-compare-cell" hidden><label class="lp-check"><input type="checkbox" name="vergelijk" '
            f'value="{escape(a.id)}"><span class="lp-sr">Vergelijk {escape(a.titel)}</span></label></td></tr>')
    return (f'<table class="lp-toolkit-table"><caption class="lp-sr">Aanpakken van de toolkit {escape(toolkit.titel)}'
            f"</caption>{head}<tbody>{''.join(rows)}</tbody></table>")
