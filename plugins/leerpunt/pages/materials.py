"""Leerpunt's own materials on the 'Materialen' page: type, audience, link and date, filterable.

The print plugin makes the page (it lists the PDFs this site prints); this section adds the
materials Leerpunt and its projects published, from content/materialen/materialen.yml.
"""

from __future__ import annotations

from ..catalogue.dates import dutch_date
from ..catalogue.model import Catalogue
from ..catalogue.vocabularies import enum_labels, thema_labels
from ..siteurls import relative_url
from ..texts import text
from ..web import DEFAULT, Web
from .finished import finished
from .paths import MATERIALS_PAGE


def own_materials_section(catalogue: Catalogue, web: Web = DEFAULT) -> str:
    materials = catalogue.materials
    if not materials:
        return ""
    types = enum_labels("materialen", "materialen", "type")
    audiences = enum_labels("materialen", "materialen", "doelgroepen")
    facets = [("soort", text("soort"), [(k, v) for k, v in types.items() if any(m.type == k for m in materials)]),
              ("doelgroep", text("doelgroep"), [(k, v) for k, v in audiences.items()
                                               if any(k in m.doelgroepen for m in materials)]),
              ("thema", text("thema"), [(k, v) for k, v in thema_labels().items()
                                       if any(k in m.themas for m in materials)])]
    projects = {p.slug: (p.titel, relative_url(MATERIALS_PAGE, p.src_uri)) for p in catalogue.projects}
    audience_text = {m.id: ", ".join(audiences[a] for a in m.doelgroepen).lower() for m in materials}
    cards = web.render("leerpunt/materials.html", materials=materials, facets=facets, types=types,
                       audience_text=audience_text,
                       dates={m.id: dutch_date(m.datum) for m in materials if m.datum}, projects=projects)
    return (f"## {text('materialen_van_leerpunt')} {{ #van-leerpunt }}\n\n"
            f"{text('materialen_van_leerpunt_intro')}\n\n{finished(cards)}\n\n")
