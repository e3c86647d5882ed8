"""The footer a web page carries on paper: its address and the date of its content."""

from leerpunt.pages.on_paper import paper_footer, with_paper_footer


def test_the_footer_names_the_address_and_the_date_in_dutch():
    footer = paper_footer("https://leerpunt.example/toolkits/a/?x=<y>", "2025-11-03")
    assert "https://leerpunt.example/toolkits/a/?x=&lt;y&gt;" in footer
    assert "3 november 2025" in footer
    assert 'class="lp-on-paper"' in footer


def test_without_a_date_only_the_address():
    footer = paper_footer("https://leerpunt.example/", "")
    assert "https://leerpunt.example/" in footer and "Stand van" not in footer


def test_the_footer_goes_at_the_end_of_the_article_and_nowhere_without_one():
    page = "<main><article class='md-content__inner'><h1>T</h1></article></main>"
    assert with_paper_footer(page, "<footer>F</footer>") == (
        "<main><article class='md-content__inner'><h1>T</h1><footer>F</footer></article></main>")
    assert with_paper_footer("<p>geen artikel</p>", "<footer>F</footer>") == "<p>geen artikel</p>"


def test_each_script_only_where_its_markup_is_and_every_address_versioned():
    from leerpunt import web_assets

    scripts = web_assets.scripts()
    page = "".join(f'<script src="../{s.url}"></script>\n' for s in scripts) + '<div data-lp-explorer>'
    kept = web_assets.without_unused_scripts(page, scripts)
    assert [s.path for s in scripts if s.url in kept] == ["assets/leerpunt/explorer.js"]
    assert all("?v=" in asset.url for asset in (web_assets.stylesheet(), *scripts))
    changed = web_assets.Asset("assets/leerpunt/x.js", "a"), web_assets.Asset("assets/leerpunt/x.js", "b")
    assert changed[0].url != changed[1].url
    assert "@media print" in web_assets.stylesheet().content  # paper rules travel in the one stylesheet
