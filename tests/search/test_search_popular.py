"""The popular pages offered when a search finds nothing: the links of one section of a page."""

from leerpunt.search.popular import section_links, site_path

HOME = ("<h1>Start</h1><p><a href='over/'>Over</a></p>"
        "<h2 id='populair'>Populair<a class='headerlink' href='#populair'>¶</a></h2><p>De vijf meest bekeken:</p>"
        "<ol><li><a href='toolkits/feedback/'>Feedback</a></li><li><a href=\"toolkits/huiswerk/?x=1\">Huiswerk</a></li>"
        "<li><a href='toolkits/feedback/'>Feedback</a></li></ol><h3 id='ook'>Ook</h3><a href='ook/'>Ook</a>"
        "<h2 id='verder'>Verder</h2><a href='verder/'>Verder</a>")


def test_the_links_of_a_section_up_to_the_next_heading_of_its_level():
    assert section_links(HOME, "populair") == ["toolkits/feedback/", "toolkits/huiswerk/", "ook/"]
    assert section_links(HOME, "ook") == ["ook/"]
    assert section_links(HOME, "bestaat-niet") is None


def test_links_become_addresses_from_the_site_root():
    assert site_path("", "toolkits/feedback/") == "toolkits/feedback/"
    assert site_path("toolkits/kern/", "../../leidraden/x/") == "leidraden/x/"
    assert site_path("toolkits/kern/", "../../") == ""
    assert site_path("a/", "../../buiten/") is None
    assert site_path("", "https://example.org/") is None and site_path("", "//example.org/") is None


def test_popular_pages_from_the_front_matter_are_the_listed_pages_addresses():
    from types import SimpleNamespace

    from leerpunt.search.popular import popular_in_front_matter

    urls = {"toolkits/a.md": "toolkits/a/", "index.md": ""}
    files = SimpleNamespace(get_file_from_path=lambda p: SimpleNamespace(url=urls[p]) if p in urls else None)
    meta = {"populair": {"paginas": ["toolkits/a.md", "weg.md", "index.md"]}}
    assert popular_in_front_matter(meta, files) == ["toolkits/a/", ""]
    assert popular_in_front_matter({}, files) is None
    assert popular_in_front_matter({"populair": "tekst"}, files) is None
