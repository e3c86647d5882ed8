"""The page of one toolkit approach: figures, notices, update history, body, card and source."""

from __future__ import annotations

from ..badges import figure_tiles, recommendation_badge
from ..catalogue.dates import dutch_date
from ..catalogue.model import Approach, Catalogue, Update
from ..catalogue import scales
from ..formatting import figure_text
from ..texts import text
from ..web import DEFAULT, Web
from .common import front_matter, indent, link, md_escape, niveaus_text, themes_links
from .finished import finished
from .notices import unverified_notice


def approach_page(approach: Approach, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """Complete Markdown (with front matter) for an approach page."""
    toolkit_title = catalogue.toolkit(approach.toolkit).titel
    parts = [
        front_matter(title=approach.titel, description=approach.samenvatting, voorbeeld=approach.voorbeeld),
        finished(figure_tiles(approach.impact, approach.kosten, approach.bewijssterkte, web=web)) + "\n\n",
        f"Toolkit: [{md_escape(toolkit_title)}](index.md) · Voor: {niveaus_text(approach.niveaus)} · "
        f"Thema's: {themes_links(approach.src_uri, approach.themas)}\n{{: .lp-meta }}\n\n",
    ]
    if not approach.geverifieerd:
        parts.append(unverified_notice())
    if approach.historiek:
        parts.append(_update_box(approach.historiek[0]))
    parts.append(approach.body.strip() + "\n\n")
    parts.append(_citations(approach, catalogue, web))
    parts.append(_card(approach))
    parts.append(_source(approach))
    return "".join(parts)


def _update_box(update: Update) -> str:
    year = update.datum[:4]
    lines = [f"**{dutch_date(update.datum).capitalize()}.** {update.toelichting}", ""]
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
                      f"({md_escape(g.titel)}) {recommendation_badge(r.bewijs, web)}" for g, r in cited)
    return f"## In de leidraden {{ #in-de-leidraden }}\n\nDeze aanbevelingen steunen op deze aanpak:\n\n{items}\n\n"


def _card(approach: Approach) -> str:
    body = f"**{approach.kaart.vraag}**\n\n{approach.kaart.antwoord}"
    return f'??? question "Toolkitkaartje"\n{indent(body)}\n\n'


def _source(approach: Approach) -> str:
    lines = ["## Bron", "",
             f"- Gebaseerd op het thema in de toolkit van de Education Endowment Foundation: <{approach.bron}>"]
    if approach.geverifieerd and approach.verificatie:
        lines.append(f"- Cijfers: {approach.verificatie}")
    if approach.bijgewerkt:
        lines.append(f"- Laatst bijgewerkt: {dutch_date(approach.bijgewerkt)}")
    return "\n".join(lines) + "\n"
