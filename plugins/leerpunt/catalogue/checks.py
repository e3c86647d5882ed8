"""Checks across sources: the knowledge agenda against the guides and pages that answer it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib

from .dates import checked_date
from .errors import ContentError
from .model import Guide, Kennisagenda


def check_cross_references(agenda: Kennisagenda, agenda_lines: dict, guides: list[Guide], guide_lines: dict,
                           sources, today: dt.date,
                           all_guides_loaded: bool = True) -> tuple[Kennisagenda, list[ContentError]]:
    """Link each theme to the published guides that answer it, and report every contradiction."""
    errors: list[ContentError] = []
    index_of: dict[str, int] = {}
    for i, theme in enumerate(agenda.themas):
        if theme.id in index_of:
            errors.append(ContentError(agenda.source, agenda_lines[("themas", i, "id")], f"themas[{i + 1}].id",
                                       "een unieke id per thema",
                                       f"'{theme.id}', dat ook thema {index_of[theme.id] + 1} heeft"))
        index_of.setdefault(theme.id, i)
    answered: dict[str, list[str]] = {}
    upcoming: dict[str, list[Guide]] = {}
    for guide in guides:
        if not guide.kennisagenda:
            continue
        if guide.kennisagenda not in index_of:
            close = difflib.get_close_matches(guide.kennisagenda, list(index_of), n=1)
            errors.append(ContentError(guide.source, guide_lines[guide.slug], "kennisagenda",
                                       f"de id van een thema uit {agenda.source} ({', '.join(sorted(index_of))})"
                                       + (f" (bedoel je '{close[0]}'?)" if close else ""),
                                       f"'{guide.kennisagenda}'"))
        elif checked_date(guide.gepubliceerd) <= today:
            answered.setdefault(guide.kennisagenda, []).append(guide.slug)
        else:
            upcoming.setdefault(guide.kennisagenda, []).append(guide)
    themes = []
    for i, theme in enumerate(agenda.themas):
        linked = tuple(answered.get(theme.id, ())) if index_of[theme.id] == i else ()
        status_line = agenda_lines[("themas", i, "status")]
        if linked and theme.status != "gepubliceerd":
            errors.append(ContentError(agenda.source, status_line, f"themas[{i + 1}].status",
                                       f"'gepubliceerd', want de gepubliceerde leidraad '{linked[0]}' beantwoordt "
                                       "dit thema", f"'{theme.status}'"))
        # With a broken guide we cannot know which theme it answers: fix the guide first.
        if theme.status == "gepubliceerd" and not linked and not theme.pagina and all_guides_loaded:
            later = upcoming.get(theme.id, [])
            errors.append(ContentError(agenda.source, status_line, f"themas[{i + 1}].status",
                                       "een gepubliceerde leidraad die naar dit thema verwijst (veld 'kennisagenda') "
                                       "of een veld 'pagina' bij een gepubliceerd thema",
                                       "status 'gepubliceerd' zonder leidraad of pagina"
                                       + (f" (de leidraad '{later[0].slug}' verschijnt pas op {later[0].gepubliceerd})"
                                          if later else ""),
                                       "Zet de status op 'in-ontwikkeling' tot de leidraad verschenen is."
                                       if later else ""))
        if theme.pagina and not (sources.docs_dir / theme.pagina).is_file():
            errors.append(ContentError(agenda.source, agenda_lines[("themas", i, "pagina")], f"themas[{i + 1}].pagina",
                                       "het pad van een bestaande pagina in " + sources.docs_dir.name + "/",
                                       f"'{theme.pagina}' (bestaat niet)"))
        themes.append(dataclasses.replace(theme, leidraden=linked))
    return dataclasses.replace(agenda, themas=tuple(themes)), errors


def check_approach_references(guides: list[Guide], toolkits: list, broken: list) -> list[ContentError]:
    """Every approach a recommendation (data-aanpakken) or an approach (verwant) names must exist."""
    known = {a.id for t in toolkits for a in t.aanpakken}
    # An approach with errors still exists: report its own errors, not a second one here.
    known |= {b.src_uri.removeprefix("toolkits/").removesuffix(".md") for b in broken
              if b.src_uri.startswith("toolkits/")}
    errors = []
    for guide in guides:
        for recommendation in guide.aanbevelingen:
            for ref in recommendation.aanpakken:
                if ref not in known:
                    errors.append(ContentError(
                        guide.source, recommendation.line, "data-aanpakken",
                        "de id van een aanpak als '<toolkit>/<bestandsnaam>', bv. 'leren-en-lesgeven/feedback'",
                        f"'{ref}' (bestaat niet)",
                        "Controleer de naam van de toolkitmap en van het bestand van de aanpak (zonder .md)."))
    for approach in (a for t in toolkits for a in t.aanpakken):
        for ref in approach.verwant:
            if ref not in known or ref == approach.id:
                errors.append(ContentError(
                    approach.source, approach.verwant_line, "verwant",
                    "de id van een andere aanpak als '<toolkit>/<bestandsnaam>', bv. 'leren-en-lesgeven/feedback'",
                    f"'{ref}'" + (" (dat is deze aanpak zelf)" if ref == approach.id else " (bestaat niet)")))
    return errors
