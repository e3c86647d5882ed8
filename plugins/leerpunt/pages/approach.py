"""The page of one toolkit approach: figures, notices, update history, body, card and source."""

from __future__ import annotations

from ..badges import approach_badges, figure_tiles, recommendation_badge
from ..catalogue import scales
from ..catalogue.dates import dutch_date
from ..catalogue.model import Approach, Catalogue, Toolkit, Update
from ..formatting import figure_text
from ..texts import text
from ..web import DEFAULT, Web
from .breadcrumbs import titled
from .common import (
    editorial_line,
    front_matter,
    indent,
    link,
    md_escape,
    niveaus_text,
    official_text_link,
    themes_links,
)
from .finished import finished
from .paths import TOOLKITS_INDEX, TOOLKITS_TITLE
from .projects import projects_section

Frame = tuple[str, str]  # the Markdown the site writes before and after an editor's text


def approach_page(approach: Approach, catalogue: Catalogue, web: Web = DEFAULT, frame: Frame | None = None) -> str:
    """Complete Markdown (with front matter) for an approach page; `frame`: approach_frame() of it, if
    already made (the content check makes every frame to know the page's anchors)."""
    before, after = frame or approach_frame(approach, catalogue, web)
    return before + approach.body.strip() + "\n\n" + after


def approach_frame(approach: Approach, catalogue: Catalogue, web: Web = DEFAULT) -> Frame:
    """What an approach page has around the editor's text: figures, notices and update box before it;
    citations, related approaches, projects, card and sources after it."""
    toolkit = _toolkit_of(approach, catalogue)
    toolkit_title = toolkit.titel
    before = [
        front_matter(title=approach.titel, description=approach.samenvatting, voorbeeld=approach.voorbeeld),
        titled(approach.src_uri, [(TOOLKITS_TITLE, TOOLKITS_INDEX), (toolkit.titel, toolkit.src_uri)], approach.titel,
               web),
        editorial_line(approach.leerpunt or approach.bron),
        finished(figure_tiles(approach.impact, approach.kosten, approach.bewijssterkte, web=web,
                              unconfirmed=not approach.geverifieerd)) + "\n\n",
        f"Toolkit: [{md_escape(toolkit_title)}](index.md) · Voor: {niveaus_text(approach.niveaus)} · "
        f"Thema's: {themes_links(approach.src_uri, approach.themas)}\n{{: .lp-meta }}\n\n",
    ]
    if approach.historiek:
        before.append(_update_box(approach.historiek[0]))
    after = [
        _citations(approach, catalogue, web),
        _related(approach, catalogue, web),
        projects_section(catalogue.projects_on_approach(approach), approach.src_uri,
                         text("projecten_rond_deze_aanpak")),
        _card(approach),
        _sources(approach),
    ]
    return "".join(before), "".join(after)


def _toolkit_of(approach: Approach, catalogue: Catalogue) -> Toolkit:
    """The toolkit an approach belongs to: there is one, the approach was loaded from its folder."""
    toolkit = catalogue.toolkit(approach.toolkit)
    assert toolkit is not None, f"approach '{approach.slug}' without its toolkit '{approach.toolkit}'"
    return toolkit


def _update_box(update: Update) -> str:
    year = update.datum[:4]
    lines = [f"**{dutch_date(update.datum).capitalize()}.** {md_escape(update.toelichting)}", ""]
    for change in update.wijzigingen:
        lines.append(f"- {scales.scale_title(change.veld)}: "
                     f"{figure_text(change.veld, change.van)} → {figure_text(change.veld, change.naar)}")
    if update.studies_toegevoegd:
        lines.append(f"- {text('nieuwe_studies')}: {update.studies_toegevoegd}")
    return f'!!! note "{text("update_titel", jaar=year)}"\n{indent(chr(10).join(lines))}\n\n'


def _citations(approach: Approach, catalogue: Catalogue, web: Web) -> str:
    cited = catalogue.citations(approach)
    if not cited:
        return ""
    items = "\n".join(f"- [{md_escape(r.titel)}]({link(approach.src_uri, g.src_uri)}#{r.anchor}) "
                      f"({md_escape(g.titel)})" + (f" {recommendation_badge(r.bewijs, web)}" if r.bewijs else "")
                      for g, r in cited)
    return (f"## {text('in_de_leidraden')} {{ #in-de-leidraden }}\n\n{text('in_de_leidraden_intro')}\n\n"
            f"{items}\n\n")


def _related(approach: Approach, catalogue: Catalogue, web: Web) -> str:
    related = catalogue.related(approach)
    if not related:
        return ""
    items = "\n".join(f"- [{md_escape(a.titel)}]({link(approach.src_uri, a.src_uri)}) "
                      f"{finished(approach_badges(a, web))}"
                      + ("" if a.toolkit == approach.toolkit
                         else f" <small>({md_escape(_toolkit_of(a, catalogue).titel)})</small>")
                      for a in related)
    return f"## {text('verwante_aanpakken')} {{ #verwante-aanpakken }}\n\n{items}\n\n"


def _card(approach: Approach) -> str:
    body = f"**{md_escape(approach.kaart.vraag)}**\n\n{md_escape(approach.kaart.antwoord)}"
    return f'??? question "{text("toolkitkaartje")}"\n{indent(body)}\n\n'


def _sources(approach: Approach) -> str:
    """Where the figures and the text come from, dated: what a reader needs to trust the page."""
    figures, lines = approach.cijfers, []
    if not approach.geverifieerd:
        lines.append(f"- {text('cijfers_onbevestigd')}")
    elif figures:
        line = text("cijfers_bron", titel=md_escape(figures.titel), datum=dutch_date(figures.geraadpleegd))
        lines.append(f"- [{line}]({figures.bron})")
    if approach.leerpunt:
        lines.append(f"- {official_text_link(approach.leerpunt)}")
    lines.append(f"- [{text('eef_thema')}]({approach.bron})")
    if approach.bijgewerkt:
        lines.append(f"- {text('laatst_bijgewerkt', datum=dutch_date(approach.bijgewerkt))}")
    return f"## {text('bronnen')} {{ #bronnen }}\n\n" + "\n".join(lines) + "\n"
