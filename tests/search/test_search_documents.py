"""A page's HTML cut into sections: the documents of the index."""

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leerpunt.search import documents
from leerpunt.search.documents import sections_of

PAGE = """
<h1 id="huiswerk">Huiswerk<a class="headerlink" href="#huiswerk">&para;</a></h1>
<p>Huiswerk zijn <em>taken</em> die leerlingen buiten de lestijd maken.</p>
<div class="lp-figures"><p class="lp-headline">Groot effect tegen zeer lage kosten.</p>
<dl class="lp-tiles"><dt>Kosten</dt><dd class="lp-tile__definition">Gemiddelde kostprijs om de aanpak in te voeren.</dd>
</dl><svg><title>icoon</title></svg></div>
<h2 id="wat-is-het">Wat is het?<a class="headerlink" href="#wat-is-het">&para;</a></h2>
<p>In de lagere school spreken we van huistaken &amp; taken.</p>
<ul><li>Eén</li><li>Twee</li></ul>
<table><tr><td>links</td><td>rechts</td></tr></table>
<p hidden>verborgen tekst</p><div data-search-exclude><p>niet zoeken</p></div>
<script>var x = "geen tekst"</script>
<h2 id="taak" data-bewijs="sterk" data-aanpakken="kern/feedback">Geef taakgerichte feedback</h2>
<p class="lp-level-line"><span class="lp-level lp-level--sterk">sterk bewijs</span> Toolkit: <a href="f">Feedback</a></p>
<p><a href="x">Prestatieloon</a><span class="lp-explorer__summary">Leerkrachten krijgen een bonus</span></p>
<h3>Zonder id</h3><p>Tekst onder een kop zonder id.</p>
"""


def test_sections_follow_the_headings_and_the_h1_is_not_text():
    sections = sections_of(PAGE)
    assert [(s.anchor, s.heading, s.level) for s in sections] == [
        ("", "", 1), ("wat-is-het", "Wat is het?", 2), ("taak", "Geef taakgerichte feedback", 2),
        ("", "Zonder id", 3)]
    assert sections[0].text == ("Huiswerk zijn taken die leerlingen buiten de lestijd maken. "
                                "Groot effect tegen zeer lage kosten.")


def test_decoration_hidden_and_excluded_text_is_left_out():
    text = " ".join(s.text for s in sections_of(PAGE))
    for left_out in ("¶", "kostprijs", "Kosten", "icoon", "sterk bewijs", "verborgen", "niet zoeken", "geen tekst"):
        assert left_out not in text


def test_blocks_links_and_spans_separate_words_but_formatting_does_not():
    sections = sections_of(PAGE)
    assert sections[1].text == "In de lagere school spreken we van huistaken & taken. Eén Twee links rechts"
    assert sections[2].text.startswith("Toolkit: Feedback Prestatieloon Leerkrachten krijgen een bonus")
    assert sections_of("<p>in<em>ter</em>net</p>")[0].text == "internet"


def test_recommendation_headings_keep_their_data_attributes():
    assert sections_of(PAGE)[2].attributes == {"data-bewijs": "sterk", "data-aanpakken": "kern/feedback"}


def test_classes_to_leave_out_can_be_chosen():
    assert "kostprijs" in sections_of(PAGE, excluded_classes=("headerlink",))[0].text


def test_lists_of_links_are_not_content():
    html = ("<p>Intro.</p><h2 id=v>Verwante aanpakken</h2><ul><li><a href=a>Feedback</a> een lange uitleg over wat "
            "deze aanpak met de andere deelt, langer dan een kort bijschrift bij een link ooit is</li></ul>"
            "<h2 id=t>Leren en lesgeven</h2><ul><li><a href=b>Huiswerk</a> <small>(2024)</small></li>"
            "<li><a href=c>Zittenblijven</a></li></ul>"
            "<h2 id=w>Wat is het?</h2><ul><li><a href=d>Feedback</a> geven is informatie over hoe het leren "
            "loopt ten opzichte van een doel, zodat leerling en leerkracht weten wat de volgende stap is.</li>"
            "<li>Leerlingen <a href=e>plannen</a> zelf.</li></ul><p>Slot.</p>")
    sections = sections_of(html)
    assert [(s.heading, s.text) for s in sections][1:3] == [("Verwante aanpakken", ""), ("Leren en lesgeven", "")]
    assert sections[3].text.startswith("Feedback geven is informatie") and "Leerlingen plannen zelf." in sections[3].text
    assert sections[0].text == "Intro." and sections[3].text.endswith("Slot.")


def test_broken_html_still_gives_every_word_once():
    sections = sections_of("<p>een <b>vet <i>schuin</p><p>daarna</div> verder</p><h2 id=a>Kop")
    assert sections[0].text == "een vet schuin daarna verder"
    assert sections[1].heading == "Kop"


# --- our markup reader against html.parser --------------------------------------------------

class _HtmlParserReference(HTMLParser):
    """html.parser driving the same section builder: what the fast reader must reproduce."""

    def __init__(self, builder):
        super().__init__(convert_charrefs=True)
        self.handle_starttag, self.handle_endtag, self.handle_data = (
            builder.handle_starttag, builder.handle_endtag, builder.handle_data)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)


def _with_html_parser(html: str) -> list:
    builder = documents._SectionParser(frozenset(documents.DEFAULT_EXCLUDED_CLASSES))
    reference = _HtmlParserReference(builder)
    reference.feed(html)
    reference.close()
    return builder.finish()


@pytest.mark.build
def test_every_page_of_the_shipped_site_reads_as_html_parser_reads_it(shipped_build):
    pages = sorted(shipped_build[0].rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        html = path.read_text("utf-8")
        assert sections_of(html) == _with_html_parser(html), path


FRAGMENTS = ["<p>", "</p>", "<h2 id=a>", "</h2>", "<h3 id='b' data-bewijs=\"sterk\">", "</h3>", "<br>", "<br/>",
             "<img src=x alt='a > b'>", "<span class=\"lp-sr\">", "</span>", "<em>", "</em>", "<!-- c -->",
             "<!-- <p>in comment</p> -->", "<script>if (a < b) x = '</p>'</script>", "<style>p{}</style>",
             "<svg><path d='M0'/></svg>", "<div hidden>", "<div data-search-exclude>", "</div>", "<!DOCTYPE html>",
             "&amp;", "&para;", "&#233;", "a < b", "<a href=\"x?a=1&amp;b=2\">", "</a>", "<P CLASS=HEADERLINK>",
             "<h2 id=\"x\"/>", "tekst", " ", "\n", "é", "<ul>", "</ul>", "<li>", "</li>", "<ol>",
             "<h2 id=m>Meer lezen</h2>"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=30))
def test_any_mix_of_markup_reads_as_html_parser_reads_it(parts):
    html = "".join(parts)
    assert sections_of(html) == _with_html_parser(html)
