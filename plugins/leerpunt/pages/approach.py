"""The page of one toolkit approach: figures, notices, update history, body, card and source."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from ..badges import approach_badges, figure_tiles, recommendation_badge
from ..catalogue import scales
from ..catalogue.dates import dutch_date
from ..catalogue.model import Approach, Catalogue, Toolkit, Update
from ..formatting import figure_text
from ..siteurls import relative_url
from ..texts import text
from ..web import DEFAULT, Web
from .breadcrumbs import titled
from .common import (
    editorial_line,
    front_matter,
    html_link,
    html_list,
    indent,
    link,
    md_escape,
    niveaus_text,
    official_text_label,
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


# Lists of approaches (related ones, a theme's) and an approach's sources are lists of links with badges:
# finished HTML, as Markdown would write them. Read as Markdown they cost about a fifth of an approach
# page's rendering. What Markdown would add to their text is left out: glossary tooltips skip links
# anyway (a related approach's toolkit name and the 'last updated' line are the only text of their own,
# and a tooltip there would be noise), and an abbreviation a page defines is not marked in them.


def approach_list(from_uri: str, approaches: Iterable[Approach], web: Web = DEFAULT,
                  note: Callable[[Approach], str] = lambda approach: "") -> str:
    """Approaches linked with their badges (and `note`, plain text, in small print after them), as
    finished HTML."""
    items = []
    for approach in approaches:
        shown_note = note(approach)
        items.append(html_link(relative_url(from_uri, approach.src_uri), approach.titel) + " "
                     + approach_badges(approach, web)
                     + (f" <small>({escape(shown_note, quote=False)})</small>" if shown_note else ""))
    return finished(html_list(items))


def _related(approach: Approach, catalogue: Catalogue, web: Web) -> str:
    related = catalogue.related(approach)
    if not related:
        return ""

    def toolkit_note(other: Approach) -> str:
        return "" if other.toolkit == approach.toolkit else _toolkit_of(other, catalogue).titel

    items = approach_list(approach.src_uri, related, web, toolkit_note)
    return f"## {text('verwante_aanpakken')} {{ #verwante-aanpakken }}\n\n{items}\n\n"


def _card(approach: Approach) -> str:
    body = f"**{md_escape(approach.kaart.vraag)}**\n\n{md_escape(approach.kaart.antwoord)}"
    return f'??? question "{text("toolkitkaartje")}"\n{indent(body)}\n\n'


def _sources(approach: Approach) -> str:
    """Where the figures and the text come from, dated: what a reader needs to trust the page."""
    figures, items = approach.cijfers, []
    if not approach.geverifieerd:
        items.append(escape(text("cijfers_onbevestigd"), quote=False))
    elif figures:
        items.append(html_link(figures.bron, text("cijfers_bron", titel=figures.titel,
                                                  datum=dutch_date(figures.geraadpleegd))))
    if approach.leerpunt:
        items.append(html_link(approach.leerpunt, official_text_label(approach.leerpunt)))
    items.append(html_link(approach.bron, text("eef_thema")))
    if approach.bijgewerkt:
        items.append(escape(text("laatst_bijgewerkt", datum=dutch_date(approach.bijgewerkt)), quote=False))
    return f"## {text('bronnen')} {{ #bronnen }}\n\n{finished(html_list(items))}\n"
