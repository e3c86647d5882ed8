"""Generated overview pages: all toolkits, one toolkit's approaches, all guides."""

from __future__ import annotations

from ..catalogue.dates import dutch_date
from ..catalogue.model import BrokenSource, Catalogue, Toolkit
from ..web import DEFAULT, Web
from .breadcrumbs import titled
from .chart_page import chart_uri
from .common import front_matter, link, md_escape, niveaus_text
from .explorer import COMPARE_PAGE, explorer_html
from .finished import finished
from .legend import LEGEND_URI as LEGEND
from .paths import GUIDES_INDEX, GUIDES_TITLE, TOOLKITS_INDEX, TOOLKITS_TITLE


def toolkits_index(catalogue: Catalogue) -> str:
    parts = [front_matter(title=TOOLKITS_TITLE,
                          description="De toolkits van Leerpunt: wat zegt onderzoek over aanpakken in de klas?"),
             "Wat werkt in de klas, wat kost het en hoe zeker weten we dat? De toolkits vatten het onderzoek "
             "samen per aanpak, met drie cijfers: impact in maanden, kosten en bewijssterkte. "
             f"[Hoe lees je de toolkit?]({link(TOOLKITS_INDEX, LEGEND)}) · "
             f"[Aanpakken vergelijken]({link(TOOLKITS_INDEX, COMPARE_PAGE)}) · "
             f"[Open data]({link(TOOLKITS_INDEX, 'open-data.md')})\n\n",
             '<div class="grid cards" markdown>\n\n']
    for toolkit in catalogue.toolkits:
        parts.append(f"-   **[{md_escape(toolkit.titel)}]({link(TOOLKITS_INDEX, toolkit.src_uri)})**\n\n"
                     f"    ---\n\n    {md_escape(toolkit.samenvatting)}\n\n"
                     f"    {len(toolkit.aanpakken)} aanpakken · {niveaus_text(toolkit.niveaus)}\n\n")
    parts.append("</div>\n\n")
    return "".join(parts)


def toolkit_overview(toolkit: Toolkit, catalogue: Catalogue, web: Web = DEFAULT) -> str:
    """The approaches of one toolkit: the explorer, which reads well without JavaScript too."""
    parts = [front_matter(title=toolkit.titel, description=toolkit.samenvatting),
             titled(toolkit.src_uri, [(TOOLKITS_TITLE, TOOLKITS_INDEX)], toolkit.titel, web)]
    if toolkit.inleiding:
        parts.append(toolkit.inleiding + "\n\n")
    parts.append(f"Deze toolkit telt {len(toolkit.aanpakken)} aanpakken. "
                 f"[Hoe lees je de toolkit?]({link(toolkit.src_uri, LEGEND)}) · "
                 f"[Grafiek: impact tegenover kosten]({link(toolkit.src_uri, chart_uri(toolkit))}) · "
                 f"Bron: <{toolkit.bron}>\n\n")
    parts.append(finished(explorer_html(toolkit, catalogue, web)) + "\n\n")
    mine = [b for b in catalogue.broken if b.src_uri.startswith(f"toolkits/{toolkit.slug}/")]
    if mine:
        parts.append(_broken_list(mine, toolkit.src_uri))
    return "".join(parts)


def guides_index(catalogue: Catalogue) -> str:
    parts = [front_matter(title=GUIDES_TITLE,
                          description="Praktische gidsen die onderzoek vertalen in aanbevelingen voor de klas."),
             "Leidraden bundelen het meest recente en relevante onderzoek over een thema en vertalen het in "
             "aanbevelingen. Elke aanbeveling vermeldt hoe sterk het bewijs erachter is.\n\n"]
    for guide in catalogue.guides:
        parts.append(f"## [{md_escape(guide.titel)}]({link(GUIDES_INDEX, guide.src_uri)})\n\n"
                     f"{md_escape(guide.samenvatting)}\n\n"
                     f"Gepubliceerd: {dutch_date(guide.gepubliceerd)} · Voor: {niveaus_text(guide.niveaus)} · "
                     f"{len(guide.aanbevelingen)} aanbevelingen · {len(guide.reflectiekaarten)} reflectiekaarten\n"
                     "{: .lp-meta }\n\n")
    mine = [b for b in catalogue.broken if b.src_uri.startswith("leidraden/")]
    if mine:
        parts.append(_broken_list(mine, GUIDES_INDEX))
    return "".join(parts)


def _broken_list(broken: list[BrokenSource], from_uri: str) -> str:
    items = "\n".join(f"- [{md_escape(b.titel)}]({link(from_uri, b.src_uri)}): {len(b.errors)} fout(en) in "
                      f"`{b.source}`" for b in broken)
    indented = "\n".join("    " + line for line in items.split("\n"))
    return '!!! failure "Pagina\'s met fouten in de bron"\n\n' + indented + "\n\n"
