"""Issue 19.2: the allowlist keeps what editors and our pages need and removes what runs code."""

import pytest

from leerpunt.sanitize import Removal, attribute_text, clean, removed
from leerpunt.sourcechecks.documents import Document

KEPT = [
    '<p><strong>vet</strong> <em>schuin</em> <a href="../x/" title="t">link</a> <a href="https://leerpunt.be">web</a> '
    '<a href="mailto:info@leerpunt.be">mail</a></p>',
    '<table><thead><tr><th style="text-align: left;">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    '<p><img alt="Schema" src="schema.png" title="s"></p>',
    '<div class="admonition note"><p class="admonition-title">Let op</p><p>x</p></div>',
    '<details class="question"><summary>Vraag</summary><p>antwoord</p></details>',
    '<span class="lp-badge lp-badge--impact" data-lp-tip="x" aria-label="Impact" role="img" tabindex="0">+6</span>',
    '<span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 2h3"></path>'
    '</svg></span>',
    '<h2 id="anker">Kop<a class="headerlink" href="#anker" title="Link">¶</a></h2><!--lp-af:0-->',
    '<div class="grid cards"><ul><li><p><small>klein</small><br>regel</p></li></ul></div>',
    '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>',
]


@pytest.mark.parametrize("html", KEPT)
def test_what_markdown_material_and_our_pages_make_stays(html):
    assert removed(html) == []


@pytest.mark.parametrize("html, lost", [
    ("<p>a</p><script>alert(1)</script>", Removal("script")),
    ('<p><img src="x" onerror="alert(1)" alt="x"></p>', Removal("img", "onerror", "alert(1)")),
    ('<p><a href="javascript:alert(1)">k</a></p>', Removal("a", "href", "javascript:alert(1)")),
    ('<p><a href="y.md" onclick="alert(1)">k</a></p>', Removal("a", "onclick", "alert(1)")),
    ('<iframe src="https://example.org"></iframe>', Removal("iframe")),
    ('<p style="color: red">rood</p>', Removal("p", "style", "color: red")),
    ('<form action="https://x"><input name="q"></form>', Removal("form")),
    ('<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', Removal("a", "href", "javascript:alert(1)")),
    ('<p><a href="data:text/html;base64,PHNjcmlwdD4=">k</a></p>', Removal("a", "href", "data:text/html;base64,PHNjcmlwdD4=")),
])
def test_what_runs_code_goes_and_is_named(html, lost):
    assert lost in removed(html)
    cleaned = clean(html)
    assert "onerror" not in cleaned and "onclick" not in cleaned and "javascript:" not in cleaned and "<script" not in cleaned


def test_removals_are_described_in_dutch():
    assert Removal("script").describe() == "het element <script>"
    assert Removal("img", "onerror", "alert(1)").describe() == 'het attribuut onerror="alert(1)" op <img>'
    assert Removal("a", "href", "javascript:x").describe() == "het adres 'javascript:x' in <a>"


def test_text_for_an_attribute_is_escaped_once():
    assert attribute_text('Feedback" onmouseover="alert(1)') == "Feedback&quot; onmouseover=&quot;alert(1)"
    assert attribute_text("Lezen &amp; schrijven <b>") == "Lezen &amp; schrijven &lt;b&gt;"


def test_markup_errors_name_the_line_of_each_injection():
    from leerpunt.sourcechecks.markup import markup_errors

    body = ("Tekst.\n\n<script>alert(5)</script>\n\n<img src=x alt=y onerror=alert(6)>\n\n[klik](javascript:alert(7))\n\n"
            '[x](y.md){: onclick="alert(8)" }\n')
    document = Document("toolkits/kern/feedback.md", "toolkits/kern/feedback.md", None, body, 30, "aanpak")
    found = sorted((e.line, e.found) for e in markup_errors(document))
    assert found == [(32, "het element <script>: wordt van de pagina gehaald"),
                     (34, 'het attribuut onerror="alert(6)" op <img>: wordt van de pagina gehaald'),
                     (36, "het adres 'javascript:alert(7)' in <a>: wordt van de pagina gehaald"),
                     (38, 'het attribuut onclick="alert(8)" op <a>: wordt van de pagina gehaald')]


@pytest.mark.parametrize("body", ["[klik][r]\n\n[r]: javascript:alert(1)\n", "Zie <javascript:alert(1)>.\n",
                                  "[klik]( javascript:alert(1))\n", "[klik](JavaScript:alert(1))\n"])
def test_every_way_to_write_a_javascript_link_is_found(body):
    from leerpunt.sourcechecks.markup import markup_errors

    document = Document("index.md", "content/index.md", None, body, 1, "pagina")
    assert len(markup_errors(document)) == 1, markup_errors(document)


def test_a_file_url_with_rel_attachment_is_removed_and_named():
    """Issue 19.3: `[x](file:///etc/passwd){: rel="attachment" }` made WeasyPrint attach the file; on the web
    page neither the address nor the attribute survives, and the check names both."""
    from leerpunt.sourcechecks.markup import markup_errors

    document = Document("index.md", "content/index.md", None, '[x](file:///etc/passwd){: rel="attachment" }\n', 4, "pagina")
    assert sorted(e.found for e in markup_errors(document)) == [
        'het adres \'file:///etc/passwd\' in <a>: wordt van de pagina gehaald',
        'het attribuut rel="attachment" op <a>: wordt van de pagina gehaald']
    assert all(e.line == 4 for e in markup_errors(document))
