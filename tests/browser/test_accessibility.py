"""axe-core (pinned from npm) in Debian Chromium: 0 violations at WCAG 2.2 AA on every page type."""

import pytest

from .conftest import axe_violations

pytestmark = pytest.mark.browser

PAGES = {
    "home": "",
    "toolkits": "toolkits/",
    "overview": "toolkits/leren-en-lesgeven/",
    "overview-filtered": "toolkits/leren-en-lesgeven/?niveau=kleuter&thema=wiskunde&sorteer=kosten",
    "approach": "toolkits/leren-en-lesgeven/feedback/",
    "approach-unverified": "toolkits/leren-en-ontwikkelen-bij-kleuters/beginnende-gecijferdheid/",
    "approach-no-impact": "toolkits/leren-en-lesgeven/leerstijlen/",
    "legend": "toolkits/hoe-lees-je-de-toolkit/",
    "chart": "toolkits/leren-en-lesgeven/grafiek/",
    "compare": "toolkits/vergelijk/?a=leren-en-lesgeven/feedback&a=leren-en-lesgeven/huiswerk",
    "guides": "leidraden/",
    "guide": "leidraden/feedback-die-het-leren-verbetert/",
    "model": "model/",
    "kennisagenda": "kennisagenda/",
    "nieuw": "nieuw/",
    "themes": "themas/",
    "theme": "themas/taal-en-lezen/",
    "open-data": "open-data/",
    "materials": "materialen/",
    "search-results": "zoeken/?q=feedback",
    "free-page": "over/",
    "not-found": "404.html",
}


def describe(violations):
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in violations]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_axe_violations(page, shipped_url, name):
    page.goto(shipped_url + PAGES[name])
    page.wait_for_load_state("networkidle")
    assert describe(axe_violations(page)) == []


@pytest.mark.parametrize("name", ["overview", "approach", "guide"])
def test_no_axe_violations_on_a_phone_in_dark_mode(browser, shipped_url, name):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, color_scheme="dark")
    page = context.new_page()
    page.goto(shipped_url + PAGES[name])
    page.wait_for_load_state("networkidle")
    assert describe(axe_violations(page)) == []
    context.close()
