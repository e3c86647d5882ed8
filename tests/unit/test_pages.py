"""Generated page Markdown: notices, update box, glance list, agenda links."""

from helpers import FIXTURES, load
from leerpunt.pages import generated_pages
from leerpunt.pages import page_notices


def test_generated_pages_cover_every_source():
    pages = generated_pages(load(FIXTURES / "valid"))
    assert sorted(pages) == ["leidraden/goede-feedback/index.md", "leidraden/index.md", "nieuw.md", "open-data.md",
                             "themas/feedback-en-evaluatie.md", "themas/index.md", "themas/leren-leren.md",
                             "toolkits/hoe-lees-je-de-toolkit.md", "toolkits/index.md", "toolkits/kern/feedback.md", "toolkits/kern/grafiek.md",
                             "toolkits/kern/index.md", "toolkits/kern/leerstijlen.md", "toolkits/vergelijk.md"]


def test_unverified_figures_carry_one_small_status_without_the_editors_note():
    pages = generated_pages(load(FIXTURES / "valid"))
    status = '<span class="lp-unconfirmed" '
    assert status in pages["toolkits/kern/leerstijlen.md"]
    assert "Cijfers: nog te bevestigen tegen de bron" in pages["toolkits/kern/leerstijlen.md"]
    assert "Nog te bevestigen op de bron." not in pages["toolkits/kern/leerstijlen.md"]  # the fixture's `verificatie`
    figures = pages["toolkits/kern/feedback.md"].split('<div class="lp-figures">')[1].split("</dl></div>")[0]
    assert status not in figures  # confirmed figures (its related approaches may carry the status)
    assert status in pages["toolkits/kern/index.md"]  # the explorer row of leerstijlen


def test_update_box_shows_before_and_after():
    page = generated_pages(load(FIXTURES / "valid"))["toolkits/kern/feedback.md"]
    assert '!!! note "Update 2025: wat is er veranderd?"' in page
    assert "- Impact (maanden): +5 maanden → +6 maanden" in page
    assert "- Nieuwe studies: 12" in page


def test_guide_opens_with_its_recommendations_at_a_glance():
    page = generated_pages(load(FIXTURES / "valid"))["leidraden/goede-feedback/index.md"]
    assert "1. [Geef taakgerichte feedback](#taakgericht)" in page
    assert "2. [Plan tijd om feedback te gebruiken](#tijd)" in page
    assert page.index("In één oogopslag") < page.index("## Geef taakgerichte feedback")


def test_voorbeeld_notice_goes_under_the_title():
    marked = page_notices("# Titel\n\nTekst.", {"voorbeeld": True})
    assert marked.startswith("# Titel\n\n!!! info \"Voorbeeldtekst\"")
    assert page_notices("Tekst.", {}) == "Tekst."


def test_titles_are_escaped_in_front_matter_and_links(site):
    path = site / "toolkits" / "kern" / "feedback.md"
    path.write_text(path.read_text("utf-8").replace("titel: Feedback", 'titel: "Feedback: <script>x</script> [a]"'), "utf-8")
    pages = generated_pages(load(site))
    assert "title: 'Feedback: &lt;script&gt;x&lt;/script&gt; [a]'" in pages["toolkits/kern/feedback.md"]
    assert '<a href="feedback/">Feedback: &lt;script&gt;x&lt;/script&gt; [a]</a>' in pages["toolkits/kern/index.md"]


def test_theme_page_lists_approaches_with_badges_and_guides():
    page = generated_pages(load(FIXTURES / "valid"))["themas/feedback-en-evaluatie.md"]
    assert ('## Kerntoolkit\n\n<!--lp-af--><ul>\n<li><a href="../../toolkits/kern/feedback/">Feedback</a> '
            '<span class="lp-badges">') in page
    assert "## Leidraden\n\n- [Goede feedback](../leidraden/goede-feedback/index.md) (november 2025)" in page


def test_editorial_line_links_the_official_text_or_says_where_to_find_it():
    from leerpunt.pages.common import editorial_line

    own = editorial_line("https://leerpunt.be/leidraden/feedback")
    assert "(https://leerpunt.be/leidraden/feedback)" in own and "leerpunt.be" in own
    fallback = editorial_line("", "de officiële leidraad vind je op leerpunt.be")
    assert "[de officiële leidraad vind je op leerpunt.be ↗](https://leerpunt.be/)" in fallback
    assert editorial_line("") == "Samenvatting door de redactie\n{: .lp-editorial }\n\n"


def test_finished_link_lists_are_what_markdown_would_write():
    """Lists of links the builders write as finished HTML (related approaches, a theme's approaches,
    sources) read exactly as the Markdown lists they replace."""
    import markdown

    from leerpunt.pages.common import html_link, html_list, md_escape

    links = [("https://example.org/a?x=1&y=2", "Feedback & evaluatie"), ("../b/", 'Lezen <of> "schrijven"'),
             ("c/", "Werk_woorden *en* [haken]")]
    written = markdown.markdown("\n".join(f"- [{md_escape(label)}]({href})" for href, label in links))
    assert html_list([html_link(href, label) for href, label in links]) == written
