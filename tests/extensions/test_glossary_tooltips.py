"""Glossary tooltips as a Python-Markdown treeprocessor: the first use of a term on a page."""

import markdown

from helpers import REPO, load
from leerpunt.extensions.codes import CodeContext
from leerpunt.extensions.glossary import GlossaryExtension

CATALOGUE = load(REPO)
TERMS = {t.term: t for t in CATALOGUE.glossary}


def render(text: str, page: str = "toolkits/leren-en-lesgeven/feedback.md", plain: bool = False) -> str:
    context = CodeContext(CATALOGUE, page, plain=plain)
    return markdown.markdown(text, extensions=["attr_list", GlossaryExtension(context=lambda: context)])


def term_with_variant():
    return next(t for t in CATALOGUE.glossary if t.varianten)


def test_only_the_first_use_of_a_term_is_marked_with_its_definition():
    term = next(iter(TERMS.values()))
    html = render(f"Eerst {term.term}, dan nog eens {term.term}.")
    assert html.count('class="lp-term"') == 1
    assert f'title="{term.definitie}"' in html.replace("&quot;", '"')
    assert f'href="../../begrippen.md#{term.anchor}"' in html


def test_a_variant_counts_as_the_term():
    term = term_with_variant()
    html = render(f"Over {term.varianten[0]} en later {term.term}.")
    assert html.count('class="lp-term"') == 1 and f">{term.varianten[0]}</a>" in html


def test_headings_links_and_code_are_left_alone():
    term = next(iter(TERMS.values()))
    html = render(f"## Over {term.term}\n\n[{term.term}](x.md) en `{term.term}`\n\nHier wel: {term.term}.")
    assert html.count('class="lp-term"') == 1
    assert f"Hier wel: <a class=\"lp-term\"" in html


def test_the_glossary_page_and_print_get_no_tooltips():
    term = next(iter(TERMS.values()))
    assert "lp-term" not in render(term.term, page="begrippen.md")
    assert "lp-term" not in render(term.term, plain=True)


def test_every_term_finds_itself():
    for term in CATALOGUE.glossary:
        assert 'class="lp-term"' in render(f"Tekst met {term.term} erin."), term.term
