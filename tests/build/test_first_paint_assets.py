"""What a page of the shipped site waits for before its first paint (issue 18): Material's main
stylesheet and ours, nothing else; the palette's rules and the search's stylesheet are in ours."""

import re

import pytest

pytestmark = pytest.mark.build

PAGES = ["index.html", "toolkits/leren-en-lesgeven/index.html", "zoeken/index.html", "404.html"]


@pytest.mark.parametrize("path", PAGES)
def test_a_page_blocks_on_two_stylesheets_and_its_scripts_come_after_them(shipped_build, path):
    site, _ = shipped_build
    html = (site / path).read_text("utf-8")
    head, body = html.split("</head>", 1)
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)">', head)
    assert len(links) == 2 and "stylesheets/main." in links[0] and "leerpunt/leerpunt.css?v=" in links[1], links
    assert "stylesheets/palette." not in html
    scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
    assert scripts and all('fetchpriority="low"' in tag for tag in scripts), scripts


def test_our_stylesheet_carries_the_dark_scheme_and_the_search(shipped_build):
    site, _ = shipped_build
    ours = (site / "assets" / "leerpunt" / "leerpunt.css").read_text("utf-8")
    assert "[data-md-color-scheme=slate]{color-scheme:dark" in ours and ".lp-search" in ours
    assert not (site / "assets" / "leerpunt" / "search" / "search.css").exists()
