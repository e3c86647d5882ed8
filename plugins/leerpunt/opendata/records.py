"""The catalogue as plain records: what the open-data files say about each toolkit, approach and guide.

Keys are in a fixed order (the order of the export schemas), so the files read the same on every
build. Every label comes from the scales; ids are the catalogue's stable ids.
"""

from __future__ import annotations

from ..catalogue import scales
from ..catalogue.model import Approach, Card, Catalogue, Guide, Recommendation, Toolkit, Update
from ..catalogue.projects import totals
from ..catalogue.vocabularies import enum_labels
from ..siteurls import absolute_url


def toolkit_record(toolkit: Toolkit, site_url: str) -> dict:
    return {
        "id": toolkit.slug,
        "titel": toolkit.titel,
        "samenvatting": toolkit.samenvatting,
        "niveaus": list(toolkit.niveaus),
        "url": absolute_url(site_url, toolkit.src_uri),
        "bron": toolkit.bron,
    }


def approach_record(approach: Approach, toolkit: Toolkit, site_url: str) -> dict:
    return {
        "id": approach.id,
        "toolkit": toolkit.slug,
        "toolkit_titel": toolkit.titel,
        "slug": approach.slug,
        "titel": approach.titel,
        "impact": approach.impact,
        "impact_label": scales.impact_level(approach.impact).label,
        "kosten": approach.kosten,
        "kosten_label": scales.kosten_level(approach.kosten).label,
        "bewijssterkte": approach.bewijssterkte,
        "bewijssterkte_label": scales.bewijssterkte_level(approach.bewijssterkte).label,
        "kopzin": scales.headline(approach.impact, approach.kosten, approach.bewijssterkte),
        "niveaus": list(approach.niveaus),
        "themas": list(approach.themas),
        "samenvatting": approach.samenvatting,
        "url": absolute_url(site_url, approach.src_uri),
        "bron": approach.bron,
        "geverifieerd": approach.geverifieerd,
        "voorbeeld": approach.voorbeeld,
        "bijgewerkt": approach.bijgewerkt or None,
        "historiek": [_update_record(update) for update in approach.historiek],
    }


def _update_record(update: Update) -> dict:
    return {
        "datum": update.datum,
        "toelichting": update.toelichting,
        "studies_toegevoegd": update.studies_toegevoegd,
        "wijzigingen": [{"veld": c.veld, "van": c.van, "naar": c.naar} for c in update.wijzigingen],
    }


def guide_record(guide: Guide, catalogue: Catalogue, site_url: str) -> dict:
    url = absolute_url(site_url, guide.src_uri)
    return {
        "id": guide.slug,
        "titel": guide.titel,
        "samenvatting": guide.samenvatting,
        "gepubliceerd": guide.gepubliceerd,
        "niveaus": list(guide.niveaus),
        "themas": list(guide.themas),
        "auteurs": list(guide.auteurs),
        "kennisagenda": _agenda_theme(guide.kennisagenda, catalogue),
        "url": url,
        "bron": guide.bron or None,
        "voorbeeld": guide.voorbeeld,
        "aanbevelingen": [_recommendation_record(r, url) for r in guide.aanbevelingen],
        "reflectiekaarten": [_card_record(card) for card in guide.reflectiekaarten],
    }


def _agenda_theme(theme_id: str, catalogue: Catalogue) -> dict | None:
    if not theme_id:
        return None
    themes = catalogue.kennisagenda.themas if catalogue.kennisagenda else ()
    theme = next((t for t in themes if t.id == theme_id), None)
    return {"id": theme_id, "titel": theme.titel if theme else None}


def _recommendation_record(recommendation: Recommendation, guide_url: str) -> dict:
    return {
        "anker": recommendation.anchor,
        "titel": recommendation.titel,
        **({"bewijs": recommendation.bewijs, "bewijs_label": scales.aanbeveling_level(recommendation.bewijs).label,
            "bewijsbron": recommendation.bewijsbron} if recommendation.bewijs else {}),
        "url": f"{guide_url}#{recommendation.anchor}",
        "aanpakken": list(recommendation.aanpakken),
    }


def _card_record(card: Card) -> dict:
    # A guide's reflection card keeps its explanation (back side) in `antwoord`.
    return {"vraag": card.vraag, "toelichting": card.antwoord or None}


def approach_records(catalogue: Catalogue, site_url: str) -> list[dict]:
    return [approach_record(a, t, site_url) for t in catalogue.toolkits for a in t.aanpakken]


def toolkit_records(catalogue: Catalogue, site_url: str) -> list[dict]:
    return [toolkit_record(t, site_url) for t in catalogue.toolkits]


def guide_records(catalogue: Catalogue, site_url: str) -> list[dict]:
    return [guide_record(g, catalogue, site_url) for g in catalogue.guides]


def project_record(project, catalogue: Catalogue, site_url: str) -> dict:
    agenda = {t.id: t.titel for t in catalogue.kennisagenda.themas} if catalogue.kennisagenda else {}
    return {
        "id": project.slug,
        "titel": project.titel,
        "soort": project.soort,
        "soort_label": enum_labels("project", "soort")[project.soort],
        "aanvrager": project.aanvrager,
        "schooljaren": [{"schooljaar": y.schooljaar, "scholen": y.scholen, "partners": list(y.partners)}
                        for y in project.schooljaren],
        "niveaus": list(project.niveaus),
        "themas": list(project.themas),
        "kennisagenda": [{"id": theme, "titel": agenda.get(theme)} for theme in project.kennisagenda],
        "aanpakken": list(project.aanpakken),
        "status": project.status,
        "samenvatting": project.samenvatting,
        "url": absolute_url(site_url, project.src_uri),
        "bronnen": [{"titel": r.titel, "url": r.url or None, "geraadpleegd": r.geraadpleegd} for r in project.bronnen],
    }


def project_records(catalogue: Catalogue, site_url: str) -> list[dict]:
    return [project_record(p, catalogue, site_url) for p in sorted(catalogue.projects, key=lambda p: p.slug)]


def totals_records(catalogue: Catalogue) -> list[dict]:
    """Per school year and kind, summed from the projects (never typed)."""
    return [{"schooljaar": t.schooljaar, "soort": t.soort, "projecten": t.projecten, "scholen": t.scholen,
             "projecten_zonder_aantal_scholen": t.zonder_aantal_scholen} for t in totals(catalogue.projects)]
