"""Our stylesheet and scripts as site files: Material's palette rules in ours, scripts after the stylesheets."""

from leerpunt import web_assets

PALETTE = ("@media screen{[data-md-color-scheme=slate]{color-scheme:dark;--x:hsla(1, 2%, 3%, 1)}"
           "[data-md-color-scheme=slate][data-md-color-primary=pink]{--y:1}}"
           "[data-md-color-primary=pink],[data-md-color-primary=custom] .md-header{--z:2}"
           "[data-md-color-accent=red]{--a:3}[data-md-color-switching] *,:is(a,b){transition:none}"
           "@media screen and (min-width:60em){[data-md-color-primary=black] .md-tabs{--b:4}}")


def test_the_palette_keeps_the_schemes_and_only_the_colours_the_site_names():
    rules = web_assets.palette_rules(PALETTE, {"custom"}, {"custom"})
    assert rules == ("@media screen{[data-md-color-scheme=slate]{color-scheme:dark;--x:hsla(1, 2%, 3%, 1)}}"
                     "[data-md-color-primary=custom] .md-header{--z:2}"
                     "[data-md-color-switching] *,:is(a,b){transition:none}")
    assert "--a:3" in web_assets.palette_rules(PALETTE, {"custom"}, {"red"})


def test_the_colours_of_theme_palette_with_materials_default():
    palette = [{"scheme": "default", "primary": "custom", "accent": "custom"},
               {"scheme": "slate", "primary": "deep purple"}]
    assert web_assets.palette_colours(palette) == ({"custom", "deep-purple"}, {"custom", "indigo"})
    assert web_assets.palette_colours({"primary": "teal"}) == ({"teal"}, {"indigo"})


def test_the_installed_materials_palette_gives_the_dark_scheme():
    rules = web_assets.palette_rules(web_assets.material_palette_css(), {"custom"}, {"custom"})
    assert "[data-md-color-scheme=slate]{" in rules and "--md-default-bg-color:" in rules
    assert "data-md-color-primary=" not in rules and "sourceMappingURL" not in rules


def test_the_stylesheet_keeps_the_order_of_the_files_it_replaces():
    sheet = web_assets.stylesheet("/* icons */", before="/* palette */", after="/* search */")
    assert sheet.content.startswith("/* palette */") and sheet.content.endswith("/* icons *//* search */")
    assert sheet.url != web_assets.stylesheet("/* icons */").url


def test_the_palette_link_goes_and_script_files_load_with_low_priority():
    head = ('<link rel="stylesheet" href="../assets/stylesheets/main.57a0d79d.min.css">\n'
            '        <link rel="stylesheet" href="../assets/stylesheets/palette.fb2fffe2.min.css">\n')
    assert web_assets.without_palette_link(head) == '<link rel="stylesheet" href="../assets/stylesheets/main.57a0d79d.min.css">\n'
    page = '<script>inline()</script><script src="a.js"></script>'
    assert web_assets.with_low_priority_scripts(page) == '<script>inline()</script><script fetchpriority="low" src="a.js"></script>'
