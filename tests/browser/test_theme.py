"""Home page, 404 and the drawn model in Chromium: no axe violations on a phone and a desktop, the
model's parts reachable with Tab, each leading to its explanation."""

import pytest

from .conftest import axe_violations
from .test_accessibility import describe

pytestmark = pytest.mark.browser

PAGES = {"home": "", "not-found": "404.html", "model": "model/"}
SIZES = {"phone": (390, 844, "light"), "desktop": (1280, 900, "light"), "phone-dark": (390, 844, "dark")}


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_axe_violations(browser, shipped_url, name, size):
    width, height, scheme = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-BE", color_scheme=scheme)
    page = context.new_page()
    page.goto(shipped_url + PAGES[name])
    page.wait_for_load_state("networkidle")
    assert describe(axe_violations(page)) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen
    context.close()


def test_every_part_of_the_model_is_reached_with_tab_and_leads_to_its_explanation(page, shipped_url):
    page.goto(shipped_url + "model/")
    links = page.locator("svg.lp-model a")
    expected = [links.nth(i).get_attribute("aria-label") for i in range(links.count())]
    assert len(expected) >= 3
    page.locator(".lp-model-figure").evaluate("figure => figure.previousElementSibling.setAttribute('tabindex', '-1')")
    page.locator(".lp-model-figure").evaluate("figure => figure.previousElementSibling.focus()")
    reached = []
    for _ in range(len(expected) + 5):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.closest('svg.lp-model') ? "
                              "document.activeElement.getAttribute('aria-label') : null")
        if label is None and reached:
            break
        if label:
            reached.append(label)
    assert reached == expected
    last = links.nth(links.count() - 1)
    last.focus()
    target = last.get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_function("hash => location.hash === hash", arg=target)
    assert page.locator(target).is_visible()


def test_home_search_box_opens_the_results_page(page, shipped_url):
    page.goto(shipped_url)
    page.fill("#lp-search-q", "feedback")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=feedback")
