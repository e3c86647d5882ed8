"""The three tiles of an approach: definition on hover and on keyboard focus, Escape dismisses."""

import pytest

from leerpunt.catalogue import scales

pytestmark = pytest.mark.browser

FEEDBACK = "toolkits/leren-en-lesgeven/feedback/"


def definition_visible(page, key):
    return page.is_visible(f".lp-tile--{key} .lp-tile__definition")


def test_definition_shows_on_hover_and_focus_and_escape_hides_it(page, shipped_url):
    page.goto(shipped_url + FEEDBACK)
    assert not definition_visible(page, "kosten")
    page.hover(".lp-tile--kosten")
    page.wait_for_function("getComputedStyle(document.querySelector('.lp-tile--kosten .lp-tile__definition')).opacity === '1'")
    assert definition_visible(page, "kosten")
    page.keyboard.press("Escape")
    assert not definition_visible(page, "kosten")
    page.mouse.move(0, 0)
    page.focus(".lp-tile--bewijs")
    assert definition_visible(page, "bewijs")
    described = page.get_attribute(".lp-tile--bewijs", "aria-describedby")
    assert page.inner_text(f"#{described}") == scales.scale_description("bewijssterkte")


def test_tiles_are_reached_with_the_tab_key(page, shipped_url):
    page.goto(shipped_url + FEEDBACK)
    page.focus(".lp-tile--impact")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('lp-tile--kosten')")


def test_on_a_phone_definitions_are_visible_without_hover(phone, shipped_url):
    phone.goto(shipped_url + FEEDBACK)
    for key in ("impact", "kosten", "bewijs"):
        assert definition_visible(phone, key)
