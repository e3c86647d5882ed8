"""Show a toolkit's chart in Debian Chromium and report what a reader would meet, as JSON.

Run as its own process by test_chart_browser.py: Playwright's sync API allows one instance
per thread, and tests/browser keeps its own open for the whole test session.
"""

import json
import sys

from playwright.sync_api import sync_playwright

from browser.conftest import AXE, CHROMIUM, FLAGS
from helpers import REPO, load
from leerpunt.catalogue import scales
from leerpunt.chart import READABLE_WIDTH_PX, impact_cost_chart

# What the page around the chart is expected to do: scroll it sideways below READABLE_WIDTH_PX.
WRAPPER_CSS = (".lp-chart-wrap{overflow-x:auto}"
               f"@media (max-width:{READABLE_WIDTH_PX}px)"
               f"{{.lp-chart-wrap svg.lp-chart{{min-width:{READABLE_WIDTH_PX}px}}}}")

FONT_SIZES = """() => {
    const svg = document.querySelector('svg.lp-chart');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
}"""

# Where the browser really draws the text, in viewBox units, whatever font it picked (DejaVu Sans
# on Debian): the lines that leave the drawing, and the room between the bold legend title and
# the first legend marker on its row.
TEXT_FIT = """legendTitle => {
    const svg = document.querySelector('svg.lp-chart');
    const view = svg.viewBox.baseVal;
    const texts = [...svg.querySelectorAll('text')];
    const outside = texts.map(t => [t.textContent, t.getBBox()])
        .filter(([, b]) => b.x < 0 || b.x + b.width > view.width || b.y < 0 || b.y + b.height > view.height)
        .map(([text]) => text);
    const title = texts.find(t => t.textContent === legendTitle).getBBox();
    const first = Math.min(...[...svg.querySelectorAll('.lpc-ink .lpc-caps')].map(g => g.getBBox())
        .filter(b => b.y < title.y + title.height && title.y < b.y + b.height).map(b => b.x));
    return {outside, legend_gap: first - (title.x + title.width)};
}"""


def html(toolkit) -> str:
    chart = impact_cost_chart(toolkit, lambda approach: f"{approach.slug}/")
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width"><title>Grafiek</title>'
            f"<style>body{{margin:0 16px;font-family:Helvetica,Arial,sans-serif}}{WRAPPER_CSS}</style></head>"
            f'<body><main><h1>{toolkit.titel}</h1><div class="lp-chart-wrap">{chart}</div></main></body></html>')


def probe(slug: str) -> dict:
    toolkit = load(REPO).toolkit(slug)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        desktop = browser.new_page(viewport={"width": 1280, "height": 900})
        desktop.set_content(html(toolkit))
        desktop.add_script_tag(path=str(AXE))
        violations = desktop.evaluate("() => axe.run(document, {runOnly: {type: 'tag', values: "
                                      "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                                      ".then(r => r.violations.map(v => v.id))")
        names = desktop.evaluate("() => [...document.querySelectorAll('svg a')]"
                                 ".map(a => a.querySelector('title').textContent)")
        links_by_name = {name: desktop.get_by_role("link", name=name, exact=True).count() for name in names[:3]}
        tabbed = []
        for _ in range(4):
            desktop.keyboard.press("Tab")
            tabbed.append(desktop.evaluate("() => [document.activeElement.getAttribute('href'), "
                                           "document.activeElement.querySelector('title').textContent]"))
        phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True).new_page()
        phone.set_content(html(toolkit))
        result = {"violations": violations, "links_by_name": links_by_name, "tabbed": tabbed,
                  "group": desktop.get_by_role("group", name=f"Impact en kosten van de aanpakken in de toolkit "
                                                            f"{toolkit.titel}").count(),
                  "phone_font_sizes": phone.evaluate(FONT_SIZES),
                  "phone_page_width": phone.evaluate("document.documentElement.scrollWidth"),
                  "desktop_font_sizes": desktop.evaluate(FONT_SIZES),
                  "text_fit": desktop.evaluate(TEXT_FIT, scales.scale_title("bewijssterkte"))}
        browser.close()
    return result


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1])))
