"""The legend page 'Hoe lees je de toolkit?', generated from the one scale definition."""

from __future__ import annotations

from functools import cache

from ..badges import bewijs_badge, impact_badge, kosten_badge, recommendation_badge
from ..catalogue import scales
from ..catalogue.schemas import load_schema
from ..formatting import signed_months
from ..web import DEFAULT, Web
from .common import front_matter

LEGEND_URI = "toolkits/hoe-lees-je-de-toolkit.md"


@cache
def _impact_bands() -> list[dict]:
    return load_schema("scales")["$defs"]["impact"]["x-bands"]


def legend_page(web: Web = DEFAULT) -> str:
    impact_rows = "\n".join(
        f"| {impact_badge(band['van'], web)} tot {signed_months(band['tot'])} | {band['label']} | "
        f"{band['beschrijving']} |"
        if band["van"] != band["tot"]
        else f"| {impact_badge(band['van'], web)} | {band['label']} | {band['beschrijving']} |"
        for band in _impact_bands())
    unknown = scales.impact_level(None)
    impact_rows += f"\n| {impact_badge(None, web)} | {unknown.label} | {unknown.description} |"
    cost_rows = "\n".join(f"| {kosten_badge(level.value, web)} | {level.label} | {level.description} |"
                          for level in scales.kosten_levels())
    evidence_rows = "\n".join(f"| {bewijs_badge(level.value, web)} | {level.label} | {level.description} |"
                              for level in scales.bewijssterkte_levels())
    recommendation_rows = "\n".join(f"| {recommendation_badge(level.value, web)} | {level.description} |"
                                    for level in scales.aanbeveling_levels())
    example = scales.headline(6, 1, 4)
    return (
        front_matter(title="Hoe lees je de toolkit?",
                     description="Wat betekenen de cijfers, icoontjes en kopzinnen in de toolkits en leidraden?") +
        "Elke aanpak in de toolkits krijgt drie cijfers: de **impact** in maanden, de **kosten** en de "
        "**bewijssterkte**. Ze zijn gemiddelden over veel studies: lees altijd verder dan de cijfers, want "
        "hoe je een aanpak invoert, maakt het verschil.\n\n"
        f"Bovenaan elke aanpak vat een kopzin de drie cijfers samen, bijvoorbeeld: *{example}*\n\n"
        f"## {scales.scale_title('impact')} {{ #impact }}\n\n{scales.scale_description('impact')}\n\n"
        f"| Maanden | Betekenis | Toelichting |\n|---|---|---|\n{impact_rows}\n\n"
        f"## {scales.scale_title('kosten')} {{ #kosten }}\n\n{scales.scale_description('kosten')}\n\n"
        f"| Icoontjes | Betekenis | Toelichting |\n|---|---|---|\n{cost_rows}\n\n"
        f"## {scales.scale_title('bewijssterkte')} {{ #bewijssterkte }}\n\n{scales.scale_description('bewijssterkte')} "
        "Hoe meer afstudeerhoedjes, hoe meer en betere studies er zijn.\n\n"
        f"| Afstudeerhoedjes | Betekenis | Toelichting |\n|---|---|---|\n{evidence_rows}\n\n"
        f"## {scales.scale_title('aanbevelingsniveau')} {{ #aanbevelingen }}\n\n"
        f"{load_schema('scales')['$defs']['aanbevelingsniveau']['description']} Je ziet het alleen bij een "
        "aanbeveling waarvan de bron van de leidraad zelf een bewijsniveau geeft, met die bron erbij. De andere "
        "aanbevelingen tonen de aanpakken uit de toolkits waarop ze steunen, met hun drie cijfers.\n\n"
        f"| Badge | Betekenis |\n|---|---|\n{recommendation_rows}\n")
