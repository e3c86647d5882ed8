"""Search in Debian Chromium: the same terms, index and results as Python, and the interface itself."""

import json
import re
from pathlib import Path

import pytest

from bench.relevance import evaluate, recorded
from browser.conftest import AXE
from bench import search_twin
from leerpunt.search import analysis, assets, compact
from bench.search_twin import clauses, ranked_pages, search
from search.support import index_data, relevance_set

pytestmark = pytest.mark.browser
QUERIES = relevance_set()
# Words that broke lunr.py's Dutch trimmer, accents in every position, digits, emoji, odd Unicode.
TRICKY = ["quiz", "yoga", "reflex", "2024;", "(phonics)", "differentiëren.", "rekenstrategieën", "strategieen",
          "ideeën", "coöperatief", "geïndividualiseerde", "crèche", "één-op-één", "e\u0301e\u0301n", "İstanbul", "ĳsje",
          "straße", "ﬁets", "huiswerk🙂", "🙂", "‘klassen’", "kaartjes", "balletje", "groepjes", "lessen", "taken",
          "zomerscholen", "Sociaal-Emotioneel", "leerpunt.be/feedback", "x²", "½", "١٢", "naïef", "reëel", "«quote»"]


def load_core(page):
    """search-core.js with lunr and lunr-languages in a blank page: the code the worker runs."""
    page.goto("about:blank")
    for part in assets.WORKER_PARTS[:-2]:  # lunr, lunr-languages, search-core.js
        page.add_script_tag(content=(assets.ASSETS / part).read_text("utf-8"))


def words_of(site: Path, data: dict) -> list[str]:
    texts = [page[1] for page in data["pages"]] + [doc[2] for doc in data["docs"] if len(doc) > 2]
    for chunk in (site / "search" / "tekst").glob("*.json"):
        texts.extend(text for page in json.loads(chunk.read_text("utf-8"))["pages"] for text in page)
    return texts


def test_pipeline_gives_identical_terms_in_python_and_chromium(shipped_build, chromium):
    def scenario(page):
        site, _ = shipped_build
        data = index_data(site)
        texts = words_of(site, data) + TRICKY
        tokens = sorted({token for text in texts for token in analysis.tokenize(text)})
        assert len(tokens) > 3000
        load_core(page)
        stops = sorted(analysis.stop_words())
        in_chromium = page.evaluate("""([texts, tokens, stops]) => {
            const core = LeerpuntSearchCore, stopWords = new Set(stops)
            return {
                tokens: texts.map(core.tokenize),
                terms: tokens.map(t => { const w = core.normalize(t); return [w, w && !stopWords.has(w) ? core.stem(w) : null] }),
            }
        }""", [texts, tokens, stops])
        assert in_chromium["tokens"] == [analysis.tokenize(text) for text in texts]
        in_python = [[w, analysis.stem(w) if w and w not in analysis.stop_words() else None]
                     for w in map(analysis.normalize, tokens)]
        differences = [(t, p, c) for t, p, c in zip(tokens, in_python, in_chromium["terms"]) if p != c]
        assert differences == []

    chromium.run(scenario)


def test_decoded_index_is_identical_in_python_and_chromium(shipped_build, chromium):
    """Every posting and every weight of every field vector, to the last bit."""
    def scenario(page):
        data = index_data(shipped_build[0])
        load_core(page)
        in_chromium = page.evaluate("data => LeerpuntSearchCore.decodeIndex(data).materialize()", data)
        index = search_twin.decode(data)
        assert in_chromium["invertedIndex"] == [
            [term, {"_index": posting["_index"], **{f: sorted(map(int, posting[f])) for f in index.fields}}]
            for term, posting in sorted(index.inverted_index.items(), key=lambda item: item[1]["_index"])]
        assert in_chromium["fieldVectors"] == {ref: vector.elements for ref, vector in index.field_vectors.items()}

    chromium.run(scenario)


def test_relevance_set_gives_identical_results_in_python_and_chromium(shipped_url, shipped_index, chromium):
    def scenario(page):
        page.goto(shipped_url)
        queries = [entry["zoek"] for entry in QUERIES] + ["huist", "leerl", "strategie ", "xyzzyq", "de het een"] \
            + WORD_FORM_QUERIES
        in_chromium = page.evaluate("async queries => { const out = []; for (const q of queries) "
                                    "out.push(await window.leerpuntSearch.debug(q)); return out }", queries)
        for q, answer in zip(queries, in_chromium):
            assert [tuple(c) for c in answer["clauses"]] == clauses(shipped_index, q), q
            assert [tuple(hit) for hit in answer["hits"]] == search(shipped_index, q), q
            assert answer["pages"] == ranked_pages(shipped_index, q), q
        figures = evaluate(QUERIES, {entry["zoek"]: answer["pages"] for entry, answer in zip(QUERIES, in_chromium)})
        assert figures["zero"] == []
        assert figures["rate"] >= recorded()["chromium"]["rate"], figures["misses"]

    chromium.run(scenario)


# Queries that take the word-form paths of the query (bench/search_twin.py): compounds cut at query time, families,
# words written apart or joined, typing errors (one edit), and words that are none of these.
WORD_FORM_QUERIES = ["leesstrategie", "lichaamsbeweging", "rekenstrategieën", "differentiëren", "gedifferentieerde",
                     "geëvalueerd", "reflecteren", "remediëren", "huisswerk", "huiswrek", "zittenblijvn", "refelctie",
                     "kleuter klas", "één op één begeleiding", "peertutoring", "coperatief leren", "schoolbeweegmoment",
                     "klasgroepwerking", "xyzzyqwerty", "qqqqq"]


def test_word_forms_are_identical_in_python_and_chromium(shipped_build, shipped_index, chromium):
    """Families of every word of the site, the cut of every index term into known terms, one-edit
    tests of every term against its own misspellings and its neighbours in the term list, and the
    index shard of every term and word."""
    def scenario(page):
        terms = shipped_index.terms
        texts = words_of(shipped_build[0], shipped_index.data) + TRICKY
        words = sorted({word for text in texts for word, _ in analysis.analyse(text)})
        pairs = [(term, variant) for term in terms[::7] for variant in _misspellings(term)] + \
            [(a, b) for a, b in zip(terms, terms[1:])]
        load_core(page)
        in_chromium = page.evaluate("""([words, terms, stops, pairs, tricky]) => {
            const core = LeerpuntSearchCore, known = new Set(terms), stopWords = new Set(stops)
            const isKnown = term => known.has(term)
            return {
                families: words.map(core.family),
                parts: terms.map(term => core.decompound(term, isKnown, stopWords)),
                edits: pairs.map(([a, b]) => core.withinOneEdit(a, b)),
                shards: terms.concat(words, tricky).map(core.shardKey),
            }
        }""", [words, terms, sorted(analysis.stop_words()), pairs, TRICKY])
        known = set(terms)
        assert in_chromium["shards"] == [compact.shard_key(term) for term in terms + words + TRICKY]
        assert in_chromium["families"] == [analysis.family(word) for word in words]
        assert in_chromium["parts"] == [analysis.decompound(term, known) for term in terms]
        assert in_chromium["edits"] == [analysis.within_one_edit(a, b) for a, b in pairs]
        assert sum(1 for family in in_chromium["families"] if family) > 20  # the test sees families at all
        assert sum(1 for parts in in_chromium["parts"] if len(parts) == 2) > 50
        assert any(in_chromium["edits"]) and not all(in_chromium["edits"])

    chromium.run(scenario)


def _misspellings(term: str) -> list[str]:
    """One letter dropped, doubled, replaced and two neighbours swapped, and two edits at once."""
    middle = len(term) // 2
    return [term[:middle] + term[middle + 1:], term[:middle] + term[middle] + term[middle:],
            term[:middle] + "x" + term[middle + 1:], term[:middle - 1] + term[middle:middle + 1] + term[middle - 1:middle]
            + term[middle + 1:] if middle else term, term[1:] + "q"]


def test_strategie_finds_leesstrategie_and_rekenstrategieen(search_site_url, chromium):
    def scenario(page):
        page.goto(search_site_url)
        pages = page.evaluate("window.leerpuntSearch.debug('strategie').then(r => r.pages)")
        assert set(pages[:3]) == {"samenstellingen/kiezen/", "samenstellingen/lezen/", "samenstellingen/rekenen/"}

    chromium.run(scenario)


def open_search(page, url):
    page.goto(url)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.matches('[data-lp-search-input]')")
    assert page.evaluate("document.getElementById('__search').checked")


def hit_titles(page, scope="[data-lp-search]"):
    return page.locator(f"{scope} .lp-search-hit__title").all_inner_texts()


def test_results_appear_while_typing_grouped_with_badges_and_marked_snippets(shipped_url, chromium):
    def scenario(page):
        open_search(page, shipped_url)
        page.keyboard.type("huist", delay=40)
        page.wait_for_selector("[data-lp-search] .lp-search-hit")
        assert hit_titles(page)[0].startswith("Huiswerk")
        page.keyboard.type("aak", delay=40)
        page.wait_for_function("document.querySelector('[data-lp-search] .md-search-result__meta').textContent"
                               ".includes('resultaten')")
        page.wait_for_selector("[data-lp-search] .lp-search-hit__snippet mark")  # snippets follow the results
        groups = page.locator("[data-lp-search] .lp-search-group__title").all_inner_texts()
        assert groups[0].lower() == "aanpakken" and len(groups) == len(set(groups))
        first = page.locator("[data-lp-search] .lp-search-hit").first
        assert first.locator(".lp-badge--kosten").count() == 1 and first.locator(".lp-badge--bewijs").count() == 1
        marks = first.locator("mark").all_inner_texts()
        assert {m.lower() for m in marks} & {"huiswerk", "huistaken", "huistaak"}
        assert "Kosten: zeer laag (1 van 5)." in first.inner_text()

    chromium.run(scenario)


def test_facets_filter_and_count(shipped_url, chromium):
    def scenario(page):
        open_search(page, shipped_url)
        page.keyboard.type("feedback ")
        page.wait_for_selector("[data-lp-search] .lp-search-chip")
        chips = page.locator("[data-lp-search] .lp-search-chip")
        labels = chips.all_inner_texts()
        assert labels[0].startswith("Alles (")
        total = int(re.search(r"\((\d+)\)", labels[0]).group(1))
        guides = next(label for label in labels if label.startswith("Leidraden"))
        page.locator("[data-lp-search] .lp-search-chip", has_text="Leidraden").focus()
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelectorAll('[data-lp-search] .lp-search-group').length === 1")
        assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"
        assert page.locator("[data-lp-search] .lp-search-group__title").inner_text().lower() == "leidraden"
        assert page.locator("[data-lp-search] .lp-search-chip[aria-pressed=true]").inner_text() == guides
        count = int(re.search(r"\((\d+)\)", guides).group(1))
        assert page.locator("[data-lp-search] .md-search-result__meta").inner_text() == \
            ("1 resultaat" if count == 1 else f"{count} resultaten")
        page.select_option("[data-lp-search] .lp-search-select:has-text('Niveau') select", "lager")
        page.wait_for_function("[...document.querySelectorAll('[data-lp-search] .lp-search-hit')].length > 0")
        assert page.locator("[data-lp-search] .lp-search-group").count() == 1
        page.locator("[data-lp-search] .lp-search-chip", has_text="Alles").click()
        page.wait_for_function("document.querySelectorAll('[data-lp-search] .lp-search-group').length > 1")
        assert total >= page.locator("[data-lp-search] .lp-search-hit").count()

    chromium.run(scenario)


def test_results_page_works_from_a_link_and_keeps_its_filters_in_the_address(shipped_url, chromium):
    def scenario(page):
        page.goto(shipped_url + "zoeken/?q=huistaak")
        page.wait_for_selector(".lp-search-page .lp-search-hit")
        assert page.input_value("#lp-search-page-q") == "huistaak"
        assert hit_titles(page, ".lp-search-page")[0].startswith("Huiswerk")
        page.focus(".lp-search-page__facet input[name=type][value=aanpak]")
        page.keyboard.press("Space")
        page.wait_for_url(re.compile(r"type=aanpak"))
        page.wait_for_function("document.querySelectorAll('.lp-search-page .lp-search-group').length === 1")
        # the filters are drawn anew with the new counts; the keyboard focus stays on the box
        assert page.evaluate("document.activeElement.matches('input[name=type][value=aanpak]:checked')")
        page.reload()
        page.wait_for_selector(".lp-search-page .lp-search-hit")
        assert page.is_checked(".lp-search-page__facet input[name=type][value=aanpak]")
        assert [title.lower() for title in page.locator(".lp-search-page .lp-search-group__title").all_inner_texts()] \
            == ["aanpakken"]
        page.click(".lp-search-page .lp-search-clear")
        page.wait_for_function("document.querySelectorAll('.lp-search-page .lp-search-group').length > 1")
        assert "type=" not in page.url

    chromium.run(scenario)


def test_header_links_to_the_results_page(shipped_url, chromium):
    def scenario(page):
        open_search(page, shipped_url)
        page.keyboard.type("zittenblijven")
        page.click("[data-lp-search] .lp-search-all")
        page.wait_for_selector(".lp-search-page .lp-search-hit")
        assert page.url.endswith("zoeken/?q=zittenblijven")

    chromium.run(scenario)


def test_keyboard_works_like_materials_search(shipped_url, chromium):
    def scenario(page):
        open_search(page, shipped_url)
        page.keyboard.type("zittenblijven")
        page.wait_for_selector("[data-lp-search] .lp-search-hit")
        links = page.evaluate("[...document.querySelectorAll('[data-lp-search] a[href]')].map(a => a.href)")
        active = "document.activeElement.href || document.activeElement.getAttribute('data-lp-search-input')"
        page.keyboard.press("ArrowDown")
        assert page.evaluate(active) == links[0]
        page.keyboard.press("ArrowDown")
        assert page.evaluate(active) == links[1]
        page.keyboard.press("ArrowUp")
        page.keyboard.press("ArrowUp")
        assert page.evaluate(active) == ""
        page.keyboard.press("ArrowUp")  # wraps around to the last link, like Material
        assert page.evaluate(active) == links[-1]
        page.keyboard.press("Escape")
        # Closing is Material's toggle reacting to the key event: wait for it rather than race it.
        page.wait_for_function("!document.getElementById('__search').checked", timeout=5000)
        page.keyboard.press("s")
        page.keyboard.press("Enter")  # the query is still there: Enter opens the best result
        page.wait_for_url(re.compile(r"/toolkits/leren-en-lesgeven/zittenblijven/"))

    chromium.run(scenario)


def test_enter_on_a_chosen_result_opens_it(shipped_url, chromium):
    def scenario(page):
        open_search(page, shipped_url)
        page.keyboard.type("feedback")
        page.wait_for_selector("[data-lp-search] .lp-search-hit")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        target = page.evaluate("document.activeElement.href")
        page.keyboard.press("Enter")
        page.wait_for_url(target)

    chromium.run(scenario)


def test_no_results_says_so_with_a_hint(shipped_url, chromium):
    def scenario(page):
        open_search(page, shipped_url)
        page.keyboard.type("xyzzyq")
        page.wait_for_selector("[data-lp-search] .lp-search-none")
        meta = page.locator("[data-lp-search] .md-search-result__meta").inner_text()
        assert meta.startswith("Geen resultaten voor ‘xyzzyq’.") and "Controleer de spelling" in meta
        assert page.locator("[data-lp-search] .lp-search-hit").count() == 0
        page.goto(shipped_url + "zoeken/?q=xyzzyq")
        page.wait_for_selector(".lp-search-page .lp-search-none")

    chromium.run(scenario)


def test_no_results_offer_a_close_query_the_explorer_and_the_popular_pages(shipped_url, shipped_index, chromium):
    """Two letters off (beyond the one-edit fallback): 'Bedoelde je zittenblijven?', explorers filtered on
    the themes of what that finds, and the home page's popular pages ('Populair')."""
    typo = "zittenblijfenn"
    assert ranked_pages(shipped_index, typo) == []

    def scenario(page):
        page.goto(shipped_url)
        home_links = page.evaluate("[...document.querySelector('#lp-home-populair ~ ol').querySelectorAll('a')]"
                                   ".map(a => a.href)")
        open_search(page, page.url)
        page.keyboard.type(typo)
        page.wait_for_selector("[data-lp-search] .lp-search-nothing")
        box = page.locator("[data-lp-search] .lp-search-nothing")
        suggestion = box.locator(".lp-search-suggestion").first
        assert suggestion.inner_text() == "zittenblijven"
        explorers = box.locator(".lp-search-nothing__explore a").evaluate_all("links => links.map(a => a.href)")
        themes = {theme for page_ in shipped_index.data["pages"]
                  if page_[0] == "toolkits/leren-en-lesgeven/zittenblijven/" for theme in page_[4]}
        assert explorers and all(re.search(r"/toolkits/[^/]+/\?thema=", href) for href in explorers)
        assert themes & {href.split("thema=")[1] for href in explorers}
        popular = box.locator(".lp-search-nothing__popular a").evaluate_all("links => links.map(a => a.href)")
        assert len(popular) >= 3 and popular == home_links
        suggestion.click()
        page.wait_for_selector(".lp-search-page .lp-search-hit")
        assert hit_titles(page, ".lp-search-page")[0].startswith("Zittenblijven")
        page.goto(shipped_url + "zoeken/?q=" + typo)
        page.wait_for_selector(".lp-search-page .lp-search-nothing .lp-search-suggestion")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("""() => axe.run({include: [['.lp-search-page']]},
            {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
            .then(r => r.violations.map(v => [v.id, v.nodes.map(n => n.target.join(' '))]))""")
        assert violations == []

    chromium.run(scenario)


def test_a_link_with_q_opens_the_search_and_closing_forgets_it(shipped_url, chromium):
    def scenario(page):
        page.goto(shipped_url + "over/?q=kennisagenda")
        page.wait_for_selector("[data-lp-search] .lp-search-hit")
        assert page.evaluate("document.getElementById('__search').checked")
        page.keyboard.press("Escape")
        assert "q=" not in page.url and page.url.endswith("/over/")

    chromium.run(scenario)


def test_nothing_from_the_content_is_ever_html(search_site_url, chromium):
    def scenario(page):
        page.goto(search_site_url + "zoeken/?q=gedrag")
        page.wait_for_selector(".lp-search-page .lp-search-hit__snippet mark")
        results = page.locator(".lp-search-page__results")
        assert '<img src=x onerror="window.pwned=1">Gevaarlijke titel' in results.inner_text()
        assert "<script>window.pwned=2</script>" in results.inner_text()
        page.fill("[data-lp-search-input]", "gevaarlijke kop")
        page.wait_for_selector("[data-lp-search] .lp-search-hit__snippet mark")
        assert '<img src=y onerror="window.pwned=3">' in page.locator("[data-lp-search]").inner_text()
        assert page.evaluate("document.querySelectorAll('.lp-search-hit img, .lp-search-hit script, "
                             ".lp-search-hit b').length") == 0
        assert page.evaluate("window.pwned") is None

    chromium.run(scenario)


def test_search_ui_has_no_accessibility_violations(shipped_url, chromium):
    def scenario(page):
        page.goto(shipped_url + "zoeken/?q=feedback")
        page.wait_for_selector(".lp-search-page .lp-search-hit__snippet mark")
        open_search(page, page.url)
        page.keyboard.type("feedback")
        page.wait_for_selector("[data-lp-search] .lp-search-hit__snippet mark")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("""() => axe.run({include: [['.lp-search-page'], ['[data-lp-search]']]},
            {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
            .then(r => r.violations.map(v => [v.id, v.nodes.map(n => [n.target.join(' '), n.failureSummary])]))""")
        assert violations == []

    chromium.run(scenario)


def test_on_a_phone_the_search_button_opens_it_full_screen(shipped_url, chromium):
    def scenario(page):
        page.goto(shipped_url)
        page.locator(".md-header label[for=__search]").first.tap()
        assert page.evaluate("document.getElementById('__search').checked")
        page.keyboard.type("zomerscholen")
        page.wait_for_selector("[data-lp-search] .lp-search-hit")
        box = page.locator("[data-lp-search] .md-search__inner").bounding_box()
        assert box["width"] >= 380 and page.locator("[data-lp-search] .lp-search-hit").first.is_visible()
        assert hit_titles(page)[0].startswith("Zomerscholen")

    chromium.run(scenario, viewport=(390, 844), mobile=True)


def test_a_missing_index_is_reported_not_hidden(shipped_url, chromium):
    def scenario(page):
        page.route("**/search/index.*.json", lambda route: route.abort())
        open_search(page, shipped_url)
        page.keyboard.type("huiswerk")
        page.wait_for_function("document.querySelector('[data-lp-search] .md-search-result__meta').textContent"
                               ".startsWith('De zoekfunctie kon niet laden')")

    chromium.run(scenario)


def test_results_page_shows_more_on_request(shipped_url, chromium):
    def scenario(page):
        page.goto(shipped_url + "zoeken/?q=leerling")
        page.wait_for_selector(".lp-search-page .lp-search-hit")
        shown = page.locator(".lp-search-page .lp-search-hit").count()
        assert shown == 20 and page.is_visible(".lp-search-page__more")
        page.click(".lp-search-page__more")
        page.wait_for_function(f"document.querySelectorAll('.lp-search-page .lp-search-hit').length > {shown}")

    chromium.run(scenario)


def test_general_pages_come_after_the_content_they_point_to(shipped_url, chromium):
    # A theme page may score higher than the approach it lists; the approach is what a teacher came for.
    def scenario(page):
        open_search(page, shipped_url)
        page.keyboard.type("lichaamsbeweging ", delay=20)
        page.wait_for_function("document.querySelectorAll('[data-lp-search] .lp-search-group').length > 1")
        groups = [g.lower() for g in page.locator("[data-lp-search] .lp-search-group__title").all_inner_texts()]
        assert "pagina's" in groups and groups[-1] == "pagina's", groups

    chromium.run(scenario)


def test_a_shard_that_cannot_be_had_is_reported_and_asked_for_again(shipped_url, chromium):
    """The body postings of a query's terms come from a shard file (search/compact.py): when it fails,
    the search says so instead of ranking without it, and the next search asks for it again."""
    def scenario(page):
        attempts = []

        def fail_once(route):
            attempts.append(route.request.url)
            route.abort() if len(attempts) == 1 else route.continue_()

        page.route(re.compile(r".*/search/index\.[0-9a-f]+\.h\.json$"), fail_once)
        open_search(page, shipped_url)
        page.fill("[data-lp-search-input]", "huiswerk")  # one search, not one per letter
        page.wait_for_function("document.querySelector('[data-lp-search] .md-search-result__meta').textContent"
                               ".startsWith('De zoekfunctie kon niet laden')")
        assert page.locator("[data-lp-search] .lp-search-hit").count() == 0
        page.keyboard.type(" ")
        page.wait_for_selector("[data-lp-search] .lp-search-hit")
        assert len(attempts) == 2

    chromium.run(scenario)
