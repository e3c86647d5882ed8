"""Explorer, compare view and chart on a phone and by keyboard; web pages on paper (issue 14)."""

import pytest

from helpers import REPO, load

from .conftest import axe_violations

pytestmark = pytest.mark.browser

TOOLKIT = "leren-en-lesgeven"
OVERVIEW = f"toolkits/{TOOLKIT}/"
CHART = f"toolkits/{TOOLKIT}/grafiek/"


def compare_address(count=4):
    """The compare view of the first `count` approaches of the toolkit (from the sources)."""
    approaches = next(t for t in load(REPO).toolkits if t.slug == TOOLKIT).aanpakken[:count]
    return "toolkits/vergelijk/?" + "&".join(f"a={a.id}" for a in approaches)


PAGES = {"explorer": OVERVIEW, "compare": compare_address(), "chart": CHART}


def new_page(browser, width):
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": 844 if phone else 900}, is_mobile=phone,
                                  has_touch=phone, locale="nl-BE")
    return context, context.new_page()


def test_ticking_compare_near_the_bottom_keeps_the_scroll_position_and_the_focus(page, shipped_url):
    page.goto(shipped_url + OVERVIEW)
    boxes = page.locator("tbody tr:not([hidden]) input[name=vergelijk]")
    last, before_last = boxes.nth(boxes.count() - 1), boxes.nth(boxes.count() - 2)
    before_last.scroll_into_view_if_needed()
    page.mouse.wheel(0, 200)  # not at the very top or bottom of the page
    page.wait_for_timeout(100)
    scrolled = page.evaluate("scrollY")
    assert scrolled > 1000
    before_last.click()  # with the mouse
    page.wait_for_function("location.search.includes('vergelijk=')")
    assert page.evaluate("scrollY") == scrolled
    assert before_last.evaluate("box => box === document.activeElement && box.checked")
    last.focus()  # and with the keyboard
    scrolled = page.evaluate("scrollY")
    page.keyboard.press("Space")
    page.wait_for_function("new URLSearchParams(location.search).getAll('vergelijk').length === 2")
    assert page.evaluate("scrollY") == scrolled
    assert last.evaluate("box => box === document.activeElement && box.checked")
    bar = page.locator(".lp-explorer__bar")
    assert bar.is_visible() and page.locator(".lp-explorer__compare").inner_text() == "Vergelijk (2) →"
    assert page.locator(".lp-explorer__compare").get_attribute("aria-disabled") == "false"
    # The bar stays in sight at the bottom of the screen while the table is in view.
    box = bar.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"] + 1


def focus_shows(page, element) -> bool:
    """Whether the element looks different with keyboard focus than without (a ring, a colour)."""
    box = element.bounding_box()
    clip = {"x": max(box["x"] - 6, 0), "y": max(box["y"] - 6, 0), "width": box["width"] + 12, "height": box["height"] + 12}
    focused = page.screenshot(clip=clip, animations="disabled")
    element.evaluate("el => el.blur()")
    unfocused = page.screenshot(clip=clip, animations="disabled")
    element.evaluate("el => el.focus()")  # back where the keyboard was, to tab on from there
    return focused != unfocused


@pytest.mark.parametrize("name,container", [("explorer", ".lp-explorer"), ("compare", ".lp-compare__table")])
def test_every_control_shows_where_the_keyboard_is(browser, shipped_url, name, container):
    context, page = new_page(browser, 1280)
    chosen = "?vergelijk=" + load(REPO).toolkit(TOOLKIT).aanpakken[0].id if name == "explorer" else ""
    page.goto(shipped_url + PAGES[name] + chosen)
    page.wait_for_selector(f"{container} a")
    page.wait_for_load_state("networkidle")
    page.locator(container).evaluate("root => { const start = document.createElement('button'); start.id = 'lp-start';"
                                     " start.textContent = 'start'; root.before(start); }")
    page.focus("#lp-start")
    seen = []
    while True:
        page.keyboard.press("Tab")
        element = page.evaluate_handle("document.activeElement").as_element()
        if not element.evaluate(f"(el, root) => !!el.closest(root)", container):
            break
        seen.append((element.evaluate("el => el.outerHTML.slice(0, 80)"), focus_shows(page, element)))
    kinds = {html.split(" ")[0].split(">")[0] for html, _ in seen}
    assert [html for html, shown in seen if not shown] == []
    if name == "explorer":
        assert {"<a", "<summary", "<select", "<input", "<button"} <= kinds
    else:
        assert "<a" in kinds
    context.close()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_nothing_runs_off_the_side_of_a_phone(browser, shipped_url, name):
    context, page = new_page(browser, 390)
    page.goto(shipped_url + PAGES[name])
    page.wait_for_load_state("networkidle")
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    assert inner == 390 and width <= inner  # a mobile viewport widens itself around content that overflows
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_axe_violations_at_phone_and_desktop_width(browser, shipped_url, name, width):
    context, page = new_page(browser, width)
    chosen = "?vergelijk=" + load(REPO).toolkit(TOOLKIT).aanpakken[0].id if name == "explorer" else ""
    page.goto(shipped_url + PAGES[name] + chosen)
    page.wait_for_load_state("networkidle")
    violations = axe_violations(page)
    assert [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations] == []
    context.close()


def test_on_a_phone_rows_are_labelled_and_the_filters_fold_away(phone, shipped_url):
    phone.goto(shipped_url + OVERVIEW + "?niveau=lager")
    filters = phone.locator(".lp-explorer__filters")
    assert filters.is_visible() and not filters.evaluate("d => d.open")
    assert phone.locator(".lp-explorer__toggle").inner_text().strip() == "Filters (1)"
    assert not phone.is_visible("select[name=sorteer]")
    phone.click(".lp-explorer__toggle")
    assert phone.is_visible("select[name=sorteer]")
    approach = next(a for a in load(REPO).toolkit(TOOLKIT).aanpakken if "lager" in a.niveaus)
    row = phone.locator(f'tbody tr[data-id="{approach.id}"]')
    from leerpunt import formatting
    from leerpunt.catalogue import scales
    expected = {formatting.scale_name("impact"): scales.impact_level(approach.impact).label,
                formatting.scale_name("kosten"): scales.kosten_level(approach.kosten).label,
                formatting.scale_name("bewijssterkte"): scales.bewijssterkte_level(approach.bewijssterkte).label}
    for label, words in expected.items():
        cell = row.locator("td.lp-cell", has=phone.locator(".lp-cell__label", has_text=label))
        assert cell.locator(".lp-cell__label").is_visible() and cell.locator(".lp-cell__words").inner_text() == words
        assert cell.locator(".lp-sr").count() == 1  # and in words for screen readers
    assert row.locator(".lp-compare-cell .lp-cell__label").is_visible()


def test_on_a_phone_the_chart_is_rows_by_impact_with_every_approach(phone, shipped_url):
    phone.goto(shipped_url + CHART)
    assert not phone.is_visible("svg.lp-chart") and phone.is_visible(".lp-chart-rows")
    toolkit = load(REPO).toolkit(TOOLKIT)
    links = phone.eval_on_selector_all(".lp-chart-rows a", "links => links.map(a => a.getAttribute('href'))")
    assert sorted(links) == sorted(f"../{a.slug}/" for a in toolkit.aanpakken)
    # The same evidence caps and cost signs as the explorer, not the chart's own markers.
    assert phone.locator(".lp-chart-rows .lp-scale--bewijs").count() == len(toolkit.aanpakken)
    sizes = phone.eval_on_selector_all(".lp-chart-rows a", "links => links.map(a => parseFloat(getComputedStyle(a).fontSize))")
    assert min(sizes) >= 14


def test_printing_leaves_out_navigation_and_forms_and_says_where_the_page_came_from(page, shipped_url):
    page.goto(shipped_url + OVERVIEW)
    canonical = page.get_attribute('link[rel="canonical"]', "href")
    footer = page.locator(".lp-on-paper")
    assert not footer.is_visible()
    page.emulate_media(media="print")
    assert footer.is_visible() and canonical in footer.inner_text()
    for hidden in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer", ".lp-explorer__filters",
                   ".lp-explorer__switch", "input[name=vergelijk]"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator(".lp-toolkit-table tbody tr").first.is_visible()
    assert page.locator(".lp-toolkit-table .lp-cell__words").first.is_visible()  # figures in words on paper
    assert page.eval_on_selector("h1", "h => getComputedStyle(h).breakAfter") == "avoid"
