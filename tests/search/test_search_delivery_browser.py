"""The results page on a phone and on a wide screen, and how the snippets reach it (issue 17, points 4 and 5)."""

import re

import pytest

from browser.conftest import AXE

pytestmark = pytest.mark.browser
QUERY = "feedback"
AXE_RUN = """() => axe.run({include: [['.lp-search-page'], ['[data-lp-search]']]},
    {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
    .then(r => r.violations.map(v => [v.id, v.nodes.map(n => [n.target.join(' '), n.failureSummary])]))"""


def open_results(page, url, query=QUERY):
    page.goto(url + "zoeken/?q=" + query)
    page.wait_for_selector(".lp-search-page .lp-search-hit__snippet mark")


def text_file_requests(page) -> list[tuple[str, str]]:
    """('asked' | 'in', url) for every snippet text file, in the order the browser reports them."""
    events: list[tuple[str, str]] = []
    page.on("request", lambda r: events.append(("asked", r.url)) if "/search/tekst/" in r.url else None)
    page.on("requestfinished", lambda r: events.append(("in", r.url)) if "/search/tekst/" in r.url else None)
    return events


def only_the_first_text_file(page) -> list[str]:
    """Let the first snippet text file through and fail the others; the addresses asked for."""
    asked: list[str] = []

    def route(request_route):
        asked.append(request_route.request.url)
        request_route.continue_() if len(asked) == 1 else request_route.abort()

    page.route("**/search/tekst/*.json", route)
    return asked


def facets_shown(page) -> bool:
    return page.locator(".lp-search-page__facet").first.is_visible()


def test_on_a_phone_results_come_first_and_the_filters_fold_behind_a_button(shipped_url, chromium):
    def scenario(page):
        open_results(page, shipped_url)
        assert page.locator(".lp-search-page__facet").count() > 0  # this query has filters to offer
        # Reading order: the results, then the filters.
        assert page.evaluate("""() => {
            const results = document.querySelector('.lp-search-page__list')
            const filters = document.querySelector('.lp-search-page__facets')
            return Boolean(results.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING)
        }""")
        assert not facets_shown(page)
        button = page.locator(".lp-search-page__filters-button")
        assert page.locator(".lp-search-hit").first.bounding_box()["y"] < button.bounding_box()["y"]
        # The button is a native toggle: keyboard opens and closes it.
        button.focus()
        page.keyboard.press("Enter")
        assert facets_shown(page)
        first_facet = page.locator(".lp-search-page__facet").first.bounding_box()
        assert page.locator(".lp-search-hit").first.bounding_box()["y"] < first_facet["y"]
        page.keyboard.press("Enter")
        assert not facets_shown(page)
        # The link above the results opens the filters and takes the focus there.
        page.locator(".lp-search-page__to-filters").click()
        assert facets_shown(page)
        assert page.evaluate("document.activeElement.matches('.lp-search-page__filters-button')")
        # Nothing wider than the phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        # The query is in both search fields.
        assert page.input_value(".lp-search-page__input") == QUERY
        assert page.input_value("[data-lp-search-input]") == QUERY
        page.add_script_tag(path=str(AXE))
        assert page.evaluate(AXE_RUN) == []  # filters open
        page.keyboard.press("Enter")
        assert page.evaluate(AXE_RUN) == []  # and folded

    chromium.run(scenario, viewport=(390, 844), mobile=True)


def test_a_chosen_filter_shows_on_the_folded_button(shipped_url, chromium):
    def scenario(page):
        open_results(page, shipped_url)
        page.locator(".lp-search-page__to-filters").click()
        box = page.locator(".lp-search-page__facet input[type=checkbox]").first
        box.check()
        page.wait_for_function("document.querySelector('.lp-search-page__filters-button').textContent"
                               " === 'Filters (1 gekozen)'")
        assert "Filters (1 gekozen)" == page.locator(".lp-search-page__to-filters").inner_text()

    chromium.run(scenario, viewport=(390, 844), mobile=True)


def test_on_a_wide_screen_the_filters_stand_open_beside_the_results(shipped_url, chromium):
    def scenario(page):
        open_results(page, shipped_url)
        assert facets_shown(page)
        assert not page.locator(".lp-search-page__filters-button").is_visible()
        assert not page.locator(".lp-search-page__to-filters").is_visible()
        hit = page.locator(".lp-search-hit").first.bounding_box()
        facet = page.locator(".lp-search-page__facet").first.bounding_box()
        assert facet["x"] >= hit["x"] + hit["width"]
        assert page.input_value("[data-lp-search-input]") == QUERY
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280

    chromium.run(scenario)


def test_the_first_snippet_needs_one_request(shipped_url, chromium):
    """The first result's text file is asked for alone; the other shown results' files only after it."""
    def scenario(page):
        events = text_file_requests(page)
        page.goto(shipped_url)
        page.keyboard.press("/")
        page.fill("[data-lp-search-input]", QUERY)  # one query (typing asks for every prefix)
        page.wait_for_selector("[data-lp-search] .lp-search-hit")
        page.wait_for_function("""() => {
            const first = document.querySelector('[data-lp-search] .lp-search-hit__snippet')
            return first && first.textContent.trim() !== ''
        }""")
        page.wait_for_load_state("networkidle")
        kinds = [kind for kind, _ in events]
        assert kinds[:2] == ["asked", "in"], events  # nothing else asked for until the first file is in
        shown = page.locator("[data-lp-search] .lp-search-hit").count()
        assert 1 <= kinds.count("asked") <= shown

    chromium.run(scenario)


def test_snippets_come_from_the_first_file_even_when_the_others_fail(shipped_url, chromium):
    def scenario(page):
        asked = only_the_first_text_file(page)
        open_results(page, shipped_url)
        first = page.locator(".lp-search-page .lp-search-hit").first
        assert first.locator(".lp-search-hit__snippet mark").count() > 0
        page.wait_for_load_state("networkidle")
        assert len(asked) > 1  # this query's results are in more than one file
        # Results whose file could not be had lose the place kept for their snippet, nothing more.
        assert page.locator(".lp-search-page .lp-search-hit__snippet:empty").count() == 0

    chromium.run(scenario)


def test_on_the_results_page_the_first_snippet_needs_one_request_too(shipped_url, chromium):
    """There the worker fetches the first result's file as soon as the index is in; the page's own search reuses it."""
    def scenario(page):
        events = text_file_requests(page)
        open_results(page, shipped_url)
        page.wait_for_load_state("networkidle")
        kinds = [kind for kind, _ in events]
        assert kinds[:2] == ["asked", "in"], events
        asked = [url for kind, url in events if kind == "asked"]
        assert len(asked) == len(set(asked))  # no file asked for twice

    chromium.run(scenario)


@pytest.mark.parametrize("where", ["", "zoeken/"])
def test_the_first_file_asked_for_holds_the_snippet_of_the_first_result_on_screen(shipped_url, chromium, where):
    """General pages are shown after the content they point to, so the best-scored item is not always
    the first on screen; the one file the worker asks for first must serve the first one shown."""
    query = "lichaamsbeweging"  # a theme page outscores the approach it lists (see test_search_browser)

    def scenario(page):
        only_the_first_text_file(page)
        page.goto(f"{shipped_url}{where}?q={query}")
        hits = page.locator(".lp-search-page .lp-search-hit" if where else "[data-lp-search] .lp-search-hit")
        hits.first.wait_for(state="attached")
        page.wait_for_load_state("networkidle")
        scores = [float(score) for score in hits.locator("a.lp-search-hit__link").evaluate_all(
            "links => links.map(a => a.getAttribute('data-lp-score'))")]
        assert scores[0] < max(scores), "the best-scored result is shown first: this query tests nothing"
        assert hits.first.locator(".lp-search-hit__snippet mark").count() > 0

    chromium.run(scenario)


def test_the_shards_of_the_querys_words_come_beside_the_index(shipped_url, chromium):
    """An address with ?q= asks for the index and for the shards of its words' body postings side by
    side (search/compact.py), and the worker asks only for shards it does not have: no file twice,
    none that fails."""
    def scenario(page):
        asked, failed = [], []
        page.on("request", lambda r: asked.append(r.url) if "/search/index." in r.url else None)
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        open_results(page, shipped_url, "differentiëren")
        page.wait_for_load_state("networkidle")
        index = [url for url in asked if re.search(r"/index\.[0-9a-f]+\.json$", url)]
        shards = [url for url in asked if url not in index]
        assert len(index) == 1 and asked[0] == index[0], asked  # the index first, then its shards
        assert {url.rsplit(".", 2)[1] for url in shards[:2]} == {"d", "_d"}, asked
        assert len(shards) == len(set(shards)) and failed == []

    chromium.run(scenario)


def test_the_early_start_waits_for_the_first_paint(shipped_url, chromium):
    """The index of a ?q= address is asked for after the first paint, not beside the page's own bytes
    (on a throttled phone that made the results page paint later than Material's). search-ui.js is held
    back here, so only the template's early start can ask; the results come all the same."""
    def scenario(page):
        def late(request_route):
            page.wait_for_timeout(500)
            request_route.continue_()

        page.route(re.compile(r".*/search-ui\.js(\?.*)?$"), late)
        open_results(page, shipped_url)
        index, paint = page.evaluate("""() => [
            performance.getEntriesByType('resource').filter(e => /\\/search\\/index\\.[0-9a-f]+\\.json$/.test(e.name))
              .map(e => e.startTime),
            performance.getEntriesByName('first-contentful-paint').map(e => e.startTime)]""")
        assert len(index) == 1 and len(paint) == 1, (index, paint)
        assert index[0] >= paint[0]

    chromium.run(scenario)


LAYOUT_SHIFT = """() => new Promise(resolve => {
    // With no shift at all the observer never calls back: then the answer is 0 after a moment.
    new PerformanceObserver(list => resolve(list.getEntries().reduce((sum, e) => sum + e.value, 0)))
        .observe({type: 'layout-shift', buffered: true})
    setTimeout(() => resolve(0), 500)
})"""


@pytest.mark.parametrize("width,height", [(412, 823), (1280, 900)])
def test_the_results_page_does_not_shift_while_it_fills(shipped_url, chromium, width, height):
    """The page is built after the first paint and the snippets come after the results: the footer must
    not jump down (a screen's height is kept for the page) and no result may move when a snippet comes
    (on a phone four lines are kept for it). Before, Lighthouse measured a layout shift of 0.21 here."""
    def scenario(page):
        open_results(page, shipped_url)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)  # the last snippets
        assert page.evaluate(LAYOUT_SHIFT) < 0.01

    chromium.run(scenario, viewport=(width, height), mobile=width < 600)
