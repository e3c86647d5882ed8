"""Finished HTML held out of Markdown: every generated page renders to the same HTML with and without it."""

import markdown
import pytest
from mkdocs.config import load_config

from helpers import REPO, load
from leerpunt.pages import generated_pages
from leerpunt.pages.finished import END, START, anchor_ids, finished, hold, restore


@pytest.fixture(scope="module")
def converter():
    """Python-Markdown with the shipped site's extensions, as MkDocs sets it up."""
    config = load_config(str(REPO / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def test_held_pieces_come_back_where_they_were():
    block, inline = finished('<div id="a">één</div>'), finished("<span>b</span>")
    text = f"Tekst\n\n{block}\n\n- punt {inline}\n"
    held_text, held = hold(text)
    assert held == ['<div id="a">één</div>', "<span>b</span>"] and START not in held_text
    assert held_text == "Tekst\n\n<!--lp-af:0-->\n\n- punt <!--lp-af:1-->\n"
    assert restore(held_text, held) == text.replace(START, "").replace(END, "")
    assert anchor_ids(held) == {"a"}


def test_a_marker_that_is_not_ours_stays_and_text_without_pieces_is_untouched():
    assert hold("Gewoon <!--lp-af:0--> tekst.") == ("Gewoon <!--lp-af:0--> tekst.", [])
    assert restore("<!--lp-af:7--><!--lp-af:0-->", ["x"]) == "<!--lp-af:7-->x"


def test_every_generated_page_renders_the_same_with_held_html(converter):
    pages = generated_pages(load(REPO))
    with_pieces = [uri for uri, text in pages.items() if START in text]
    assert len(with_pieces) > 40  # approach pages, toolkit overviews, charts, theme pages
    for uri in with_pieces:
        text = pages[uri].split("---\n", 2)[2]
        plain = converter.reset().convert(text.replace(START, "").replace(END, ""))  # as before finished()
        held_text, held = hold(text)
        assert restore(converter.reset().convert(held_text), held) == plain, uri
