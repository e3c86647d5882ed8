"""The projects Leerpunt funds: an overview with filters and totals, one page per project, and the
'Projecten rond dit thema' lists on approach, theme and knowledge-agenda pages.

Totals per school year are computed from the projects, never typed.
"""

from __future__ import annotations

from ..badges import approach_badges
from ..catalogue.dates import dutch_date
from ..catalogue.model import Catalogue
from ..catalogue.projects import Project, totals
from ..catalogue.vocabularies import enum_labels, niveau_labels, thema_labels
from ..texts import text
from ..web import DEFAULT, Web
from .breadcrumbs import titled
from .common import front_matter, link, md_escape, niveaus_text, themes_links
from .finished import finished
from .paths import AGENDA_PAGE, PROJECTS_INDEX, PROJECTS_TITLE


def soort_labels() -> dict[str, str]:
    return enum_labels("project", "soort")


def projects_index(catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """All projects, newest school year first, with their totals and filters."""
    projects = sorted(catalogue.projects, key=lambda p: (-int(p.schooljaren[-1].schooljaar[:4]), p.titel.casefold()))
    years = sorted({y.schooljaar for p in projects for y in p.schooljaren}, reverse=True)
    facets = [
        ("soort", text("soort"), [(k, v) for k, v in soort_labels().items() if any(p.soort == k for p in projects)]),
        ("schooljaar", text("schooljaar"), [(y, y) for y in years]),
        ("niveau", text("niveau"),
         [(k, v) for k, v in niveau_labels().items() if any(k in p.niveaus for p in projects)]),
        ("thema", text("thema"), [(k, v) for k, v in thema_labels().items() if any(k in p.themas for p in projects)]),
    ]
    cards = web.render("leerpunt/projects.html", projects=projects, facets=facets, soorten=soort_labels())
    return (front_matter(title=PROJECTS_TITLE, description=text("projecten_beschrijving")) +
            f"{text('projecten_intro')}\n\n{totals_table(catalogue.projects)}\n{finished(cards)}\n")


def totals_table(projects) -> str:
    """Per school year and kind: projects and schools, summed from the projects themselves."""
    labels = soort_labels()
    rows = [f"| {t.schooljaar} | {labels[t.soort]} | {t.projecten} | {t.scholen or '–'}"
            + (f" ({text('zonder_aantal_scholen', n=t.zonder_aantal_scholen)})" if t.zonder_aantal_scholen and t.scholen
               else "") + " |"
            for t in totals(projects)]
    if not rows:
        return ""
    return (f"## {text('projecten_per_schooljaar')} {{ #per-schooljaar }}\n\n"
            f"| {text('schooljaar')} | {text('soort')} | {PROJECTS_TITLE} | {text('scholen')} |\n|---|---|---|---|\n"
            + "\n".join(rows) + "\n")


def project_page(project: Project, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """One project: what, who, where, and how it connects to the toolkits, themes and agenda."""
    uri = project.src_uri
    years = ", ".join(y.schooljaar for y in project.schooljaren)
    meta = (f"{soort_labels()[project.soort]} · {text('schooljaar')}: {years} · "
            f"{enum_labels('project', 'status')[project.status]} · {text('voor')}: {niveaus_text(project.niveaus)}")
    if project.themas:
        meta += f" · {text('themas_label')}: {themes_links(uri, project.themas)}"
    parts = [front_matter(title=project.titel, description=project.samenvatting),
             titled(uri, [(PROJECTS_TITLE, PROJECTS_INDEX)], project.titel, web),
             f"{meta}\n{{: .lp-meta }}\n\n{md_escape(project.samenvatting)}\n\n",
             f"## {text('wie_en_waar')} {{ #wie-en-waar }}\n\n- {text('aanvrager')}: {md_escape(project.aanvrager)}\n"]
    for year in project.schooljaren:
        partners = ", ".join(md_escape(p) for p in year.partners) or "–"
        schools = "" if year.scholen is None else f"; {text('scholen').lower()}: {year.scholen}"
        parts.append(f"- {year.schooljaar}: {text('partners').lower()}: {partners}{schools}\n")
    parts.append("\n")
    approaches = [a for a in (catalogue.approach(ref) for ref in project.aanpakken) if a]
    if approaches:
        items = "\n".join(f"- [{md_escape(a.titel)}]({link(uri, a.src_uri)}) {finished(approach_badges(a, web))}"
                          for a in approaches)
        parts.append(f"## {text('aanpakken_uit_de_toolkit')} {{ #aanpakken }}\n\n{items}\n\n")
    agenda = catalogue.kennisagenda
    themes = [t for t in (agenda.themas if agenda else ()) if t.id in project.kennisagenda]
    if themes:
        items = "\n".join(f"- [{md_escape(t.titel)}]({link(uri, AGENDA_PAGE)}#agenda-{t.id})" for t in themes)
        parts.append(f"## {text('op_de_kennisagenda')} {{ #kennisagenda }}\n\n{items}\n\n")
    made = [m for m in catalogue.materials if m.project == project.slug]
    if made or project.verwachte_materialen:
        items = "\n".join("- " + (f"[{md_escape(m.titel)}]({m.link})" if m.link else md_escape(m.titel))
                          + f" <small>({enum_labels('materialen', 'materialen', 'type')[m.type].lower()})</small>"
                          for m in made)
        expected = f"\n\n{md_escape(project.verwachte_materialen)}" if project.verwachte_materialen else ""
        parts.append(f"## {text('materialen')} {{ #materialen }}\n\n{items}{expected}\n\n")
    parts.append(references_section(project.bronnen))
    return "".join(parts)


def references_section(references) -> str:
    """'Bronnen': the public sources of an entry's facts, each with the date it was checked."""
    if not references:
        return ""
    items = "\n".join("- " + (f"[{md_escape(r.titel)}]({r.url})" if r.url else md_escape(r.titel))
                      + f", {text('geraadpleegd')} {dutch_date(r.geraadpleegd)}" for r in references)
    return f"## {text('bronnen')} {{ #bronnen }}\n\n{items}\n"


def projects_section(projects, from_uri: str, heading: str = "", anchor: str = "projecten") -> str:
    """'Projecten rond dit thema': the projects linked to an approach, a theme or an agenda theme."""
    if not projects:
        return ""
    labels = soort_labels()
    items = "\n".join(f"- [{md_escape(p.titel)}]({link(from_uri, p.src_uri)}) "
                      f"<small>({labels[p.soort].lower()}, {', '.join(y.schooljaar for y in p.schooljaren)})</small>"
                      for p in projects)
    return f"## {heading or text('projecten_rond_dit_thema')} {{ #{anchor} }}\n\n{items}\n\n"
