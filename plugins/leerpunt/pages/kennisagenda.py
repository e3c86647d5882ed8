"""The status overview of the knowledge agenda, appended to its page."""

from __future__ import annotations

from ..catalogue.model import Catalogue, Guide, Kennisagenda
from ..catalogue.vocabularies import enum_labels
from ..texts import text
from .common import link, md_escape
from .paths import AGENDA_PAGE as AGENDA_PAGE  # re-exported for the theme pages
from .projects import projects_section


def status_labels() -> dict[str, str]:
    return enum_labels("kennisagenda", "themas", "status")


def agenda_section(agenda: Kennisagenda, catalogue: Catalogue, page_uri: str) -> str:
    """Tables per school year: theme, status (text, never colour alone) and what answers it."""
    labels = status_labels()
    parts = ["## Thema's en hun status { #themas }\n\n",
             "Legende: " + " · ".join(f'<span class="lp-status lp-status--{key}">{label}</span>'
                                      for key, label in labels.items()) + "\n\n"]
    years = []
    for theme in agenda.themas:
        if theme.schooljaar not in years:
            years.append(theme.schooljaar)
    for year in years:
        title = "Overkoepelend" if year == "overkoepelend" else f"Schooljaar {year}"
        parts.append(f"### {title}\n\n| Thema | Status | Resultaat |\n|---|---|---|\n")
        for theme in (t for t in agenda.themas if t.schooljaar == year):
            status = f'<span class="lp-status lp-status--{theme.status}">{labels[theme.status]}</span>'
            if theme.verwacht:
                status += f" (verwacht {theme.verwacht})"
            if not theme.geverifieerd:
                status += "<br><small>status nog te bevestigen</small>"
            guides = [_linked_guide(catalogue, slug) for slug in theme.leidraden]
            results = [f"[{md_escape(guide.titel)}]({link(page_uri, guide.src_uri)})" for guide in guides]
            if theme.pagina:
                results.append(f"[Lees meer]({link(page_uri, theme.pagina)})")
            note = f"<br><small>{md_escape(theme.toelichting)}</small>" if theme.toelichting else ""
            projects = catalogue.projects_on_agenda_theme(theme.id)
            if projects:
                results.append(f"[{text('projecten_aantal_n', n=len(projects))}](#projecten-{theme.id})")
            parts.append(f'| <span id="agenda-{theme.id}"></span>{md_escape(theme.titel)}{note} | {status} | '
                         f"{'<br>'.join(results) or '–'} |\n")
        parts.append("\n")
    parts.append(f"<small>Bron: {md_escape(agenda.bron)}</small>\n\n")
    for theme in agenda.themas:
        parts.append(projects_section(catalogue.projects_on_agenda_theme(theme.id), page_uri,
                                      text("projecten_rond", thema=theme.titel), f"projecten-{theme.id}"))
    return "".join(parts)


def _linked_guide(catalogue: Catalogue, slug: str) -> Guide:
    """A guide that answers a theme: the loader links a theme only to guides it loaded."""
    guide = catalogue.guide(slug)
    assert guide is not None, f"the knowledge agenda links to a guide '{slug}' that was not loaded"
    return guide
