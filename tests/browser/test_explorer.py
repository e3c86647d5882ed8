"""The toolkit explorer in a real browser: sort, filter, URL state, keyboard, compare, toolkit switch."""

import re

import pytest

from helpers import REPO, load

pytestmark = pytest.mark.browser

TOOLKIT = "leren-en-lesgeven"
OVERVIEW = f"toolkits/{TOOLKIT}/"


@pytest.fixture(scope="module")
def approaches():
    """How many approaches the overview lists: from the sources, so a new approach keeps this green."""
    return len(next(t for t in load(REPO).toolkits if t.slug == TOOLKIT).aanpakken)


def visible_ids(page):
    return page.eval_on_selector_all(".lp-toolkit-table tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.id)")


def visible_numbers(page, key):
    return page.eval_on_selector_all(".lp-toolkit-table tbody tr:not([hidden])",
                                     f"rows => rows.map(r => r.dataset.{key} === '' ? null : Number(r.dataset.{key}))")


def test_default_order_is_impact_high_to_low_with_unknown_last(page, shipped_url, approaches):
    page.goto(shipped_url + OVERVIEW)
    impacts = visible_numbers(page, "impact")
    known = [i for i in impacts if i is not None]
    assert len(impacts) == approaches and known == sorted(known, reverse=True)
    assert impacts[-len(impacts) + len(known):] == [None] * (len(impacts) - len(known))
    assert page.inner_text(".lp-explorer__status") == f"{approaches} aanpakken"


def test_sort_by_cost_and_share_it_in_the_url(page, shipped_url):
    page.goto(shipped_url + OVERVIEW)
    page.select_option("select[name=sorteer]", "kosten")
    costs = visible_numbers(page, "kosten")
    assert costs == sorted(costs)
    assert "sorteer=kosten" in page.url
    shared = page.url
    page.goto(shipped_url)
    page.goto(shared)
    assert page.input_value("select[name=sorteer]") == "kosten"
    assert visible_numbers(page, "kosten") == costs


def test_filter_by_niveau_and_thema_restores_from_url(page, shipped_url, approaches):
    page.goto(shipped_url + OVERVIEW + "?niveau=buitengewoon&thema=taal-en-lezen")
    assert page.is_checked("input[name=niveau][value=buitengewoon]")
    assert page.input_value("select[name=thema]") == "taal-en-lezen"
    rows = page.eval_on_selector_all(".lp-toolkit-table tbody tr:not([hidden])",
                                     "rows => rows.map(r => [r.dataset.niveaus, r.dataset.themas])")
    assert rows and all("buitengewoon" in n.split() and "taal-en-lezen" in t.split() for n, t in rows)
    assert re.fullmatch(rf"\d+ van de {approaches} aanpakken", page.inner_text(".lp-explorer__status"))
    page.locator(".lp-explorer__controls button[type=reset]").press("Enter")
    page.wait_for_function(f"document.querySelectorAll('.lp-toolkit-table tbody tr:not([hidden])').length === {approaches}")
    assert "niveau=" not in page.url and "thema=" not in page.url


def test_sorting_by_title_is_alphabetical_in_dutch(page, shipped_url):
    page.goto(shipped_url + OVERVIEW + "?sorteer=titel")
    titles = page.eval_on_selector_all(".lp-toolkit-table tbody tr", "rows => rows.map(r => r.dataset.titel)")
    assert titles == sorted(titles, key=lambda t: t.replace("é", "e").replace("ë", "e"))


def test_keyboard_only_use(page, shipped_url):
    page.goto(shipped_url + OVERVIEW)
    page.focus("select[name=sorteer]")
    page.keyboard.press("ArrowDown")  # next option: kosten
    page.wait_for_function("location.search.includes('sorteer=kosten')")
    page.focus("input[name=niveau][value=lager]")
    page.keyboard.press("Space")
    page.wait_for_function("location.search.includes('niveau=lager')")
    first_compare = "tbody tr:not([hidden]) input[name=vergelijk]"
    page.focus(first_compare)
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # focus moves on within the table, nothing traps it
    assert page.evaluate("document.activeElement.tagName") in ("A", "INPUT")


def test_choose_two_to_four_approaches_and_compare(page, shipped_url):
    page.goto(shipped_url + OVERVIEW)
    button = page.locator(".lp-explorer__compare")
    assert button.get_attribute("aria-disabled") == "true"
    boxes = page.locator("tbody tr input[name=vergelijk]")
    for index in range(4):
        boxes.nth(index).check()
    assert boxes.nth(4).is_disabled()  # at most four
    assert button.inner_text() == "Vergelijk (4) →"
    assert button.get_attribute("aria-disabled") == "false"
    chosen = page.eval_on_selector_all("input[name=vergelijk]:checked", "boxes => boxes.map(b => b.value)")
    button.click()
    page.wait_for_selector(".lp-compare__item")
    titles = page.eval_on_selector_all(".lp-compare__item", "hs => hs.map(h => h.textContent)")
    assert len(titles) == 4
    # One row per criterion, a cell per approach in it: the figures line up.
    rows = page.eval_on_selector_all(".lp-compare__table tbody tr", "rows => rows.map(r => r.cells.length)")
    assert rows and rows == [5] * len(rows)
    assert page.locator(".lp-compare__headline").count() == 4
    assert page.url.count("a=") == 4 and all(c.split("/")[1] in page.url for c in chosen)


def test_compare_view_ignores_unknown_ids_and_escapes(page, shipped_url):
    page.goto(shipped_url + "toolkits/vergelijk/?a=leren-en-lesgeven/feedback&a=%3Cimg%20src%3Dx%3E&a=leren-en-lesgeven/huiswerk")
    page.wait_for_selector(".lp-compare__item")
    assert page.locator(".lp-compare__item").count() == 2
    assert page.locator(".lp-compare img").count() == 0


def test_switching_toolkits_keeps_level_and_order(page, shipped_url):
    page.goto(shipped_url + OVERVIEW + "?sorteer=kosten&niveau=buitengewoon")
    page.click("a.lp-explorer__toolkit:not([aria-current])")
    page.wait_for_url(re.compile(r".*leren-en-ontwikkelen-bij-kleuters/\?.*"))
    assert page.input_value("select[name=sorteer]") == "kosten"
    assert page.is_checked("input[name=niveau][value=buitengewoon]")


def test_without_javascript_the_table_is_complete(browser, shipped_url, approaches):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(shipped_url + OVERVIEW)
    assert page.locator(".lp-toolkit-table tbody tr").count() == approaches
    assert not page.is_visible(".lp-explorer__controls")
    assert not page.is_visible("input[name=vergelijk]")
    assert page.locator(".lp-toolkit-table tbody tr").first.locator(".lp-badge--kosten .lp-sr").count() == 1
    context.close()
