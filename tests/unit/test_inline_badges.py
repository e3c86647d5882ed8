"""Inline badges in editors' Markdown: [[impact:6]] … [[aanpak:<toolkit>/<slug>]]."""

from helpers import FIXTURES, load
from leerpunt.pages.inline_badges import badge_errors_in, expand_inline_badges, inline_badge_errors

CATALOGUE = load(FIXTURES / "valid")


def test_every_kind_expands_to_an_accessible_badge():
    html = expand_inline_badges("[[impact:6]] [[kosten:1]] [[bewijs:4]] [[aanbeveling:matig]] [[impact:leeg]]",
                                CATALOGUE, "index.md")
    assert "[[" not in html
    assert html.count('class="lp-sr"') == 4 and 'class="lp-level lp-level--matig"' in html


def test_approach_badge_links_the_page_relatively():
    html = expand_inline_badges("Zie [[aanpak:kern/feedback]].", CATALOGUE, "leidraden/goede-feedback/index.md")
    assert html.startswith("Zie [Feedback](../../toolkits/kern/feedback.md) <span class=\"lp-badges\">")


def test_code_is_left_alone():
    text = "`[[impact:6]]` and\n```\n[[kosten:1]]\n```"
    assert expand_inline_badges(text, CATALOGUE, "index.md") == text
    assert badge_errors_in("`[[impact:99]]`", CATALOGUE, "x.md", 1) == []


def test_invalid_badges_are_errors_with_their_line():
    errors = badge_errors_in("Tekst.\n\n[[kosten:9]] en [[aanpak:kern/onbekend]]", CATALOGUE, "content/x.md", 5)
    assert [str(e) for e in errors] == [
        "content/x.md:7: veld '[[kosten:9]]': verwacht een getal van 1 tot 5; gevonden: '9'",
        "content/x.md:7: veld '[[aanpak:kern/onbekend]]': verwacht de id van een aanpak als '<toolkit>/<bestandsnaam>'; "
        "gevonden: 'kern/onbekend'"]


def test_errors_in_free_pages_count_lines_after_the_front_matter(site):
    (site / "content" / "nieuw.md").write_text("---\ntitle: x\n---\n\n[[bewijs:7]]\n", "utf-8")
    [error] = inline_badge_errors(load(site), site / "content", site)
    assert (error.file, error.line) == ("content/nieuw.md", 5)
