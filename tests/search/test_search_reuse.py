"""The search index's build cache: sections, terms and index files are reused only for the same input, never stale."""

import pytest

from leerpunt.search import reuse as reuse_module
from leerpunt.search.documents import sections_of
from leerpunt.search.facets import PageFacets
from leerpunt.search import index as index_module
from leerpunt.search.index import SearchPage, build_index
from leerpunt.search.reuse import SearchReuse
from leerpunt.search.synonyms import load_synonyms, packaged_file

HTML = '<h1>Titel</h1><p>Eerste alinea over feedback.</p><h2 id="meer">Meer</h2><p>Tweede <em>deel</em>.</p>'


def _fail(*args, **kwargs):
    raise AssertionError("had uit de cache moeten komen")


def test_sections_come_back_from_the_store_as_they_were_cut(tmp_path, monkeypatch):
    first = SearchReuse(tmp_path)
    assert first.sections("d1", HTML, ()) == sections_of(HTML, ())
    first.sections_store.save()
    monkeypatch.setattr(reuse_module, "sections_of", _fail)
    assert SearchReuse(tmp_path).sections("d1", HTML, ()) == sections_of(HTML, ())
    with pytest.raises(AssertionError):
        SearchReuse(tmp_path).sections("d2", HTML, ())  # another digest: cut again


def test_an_index_is_built_once_per_version_and_other_versions_are_dropped(tmp_path):
    synonyms = load_synonyms(packaged_file(), "synoniemen.yml")
    pages = [SearchPage("a/", "Feedback", PageFacets(summary="Feedback"), sections_of(HTML))]
    built = []

    def build(version):
        def make():
            built.append(version)
            return build_index(pages, synonyms, {}, {"type": {}}, version)
        return make

    first = SearchReuse(tmp_path)
    files = first.index_files("v1", build("v1"))
    first.save("v1")
    again = SearchReuse(tmp_path)
    assert again.index_files("v1", build("v1")) == files and built == ["v1"]
    again.save("v1")
    other = SearchReuse(tmp_path)
    other.index_files("v2", build("v2"))
    other.save("v2")
    assert built == ["v1", "v2"] and [p.name.endswith("-v2.json") for p in other.index_folder.iterdir()] == [True]
    (other.index_folder / next(other.index_folder.iterdir()).name).write_text("{kapot", "utf-8")
    SearchReuse(tmp_path).index_files("v2", build("v2"))  # an unreadable entry is built again
    assert built == ["v1", "v2", "v2"]


def _pages(*texts: str) -> list[SearchPage]:
    return [SearchPage(f"p{n}/", f"Pagina {n}", PageFacets(summary="Over de klas."), sections_of(f"<p>{text}</p>"))
            for n, text in enumerate(texts)]


def _built_with_store(tmp_path, pages, digests):
    """The index built with the stored terms, the store saved as a build saves it."""
    reuse = SearchReuse(tmp_path)
    build = reuse.build_with_terms(
        lambda memo: build_index(pages, load_synonyms(packaged_file(), "synoniemen.yml"), {}, {"type": {}}, "v", memo),
        digests)
    reuse.save("v")
    return build


def test_stored_terms_make_the_same_index(tmp_path, monkeypatch):
    """Built with a cold store, with a warm one, and with one page edited: each time the index equals one
    built without a store; an unchanged page is not analysed again."""
    texts = ["Leerlingen lezen een kaartje.", "Rekenstrategieën in de klas.", "Een strategie voor huiswerk."]
    synonyms = load_synonyms(packaged_file(), "synoniemen.yml")

    def plain(pages):
        return build_index(pages, synonyms, {}, {"type": {}}, "v").files

    pages = _pages(*texts)
    # A new word in one page: its word forms reach the others ('kaart' makes 'kaartje' findable as
    # 'kaart'), so the added terms are worked out again, from the stored analyses.
    edited = _pages(texts[0], texts[1] + " Een kaart.", texts[2])
    expected, expected_edited = plain(pages), plain(edited)
    assert expected != expected_edited
    assert _built_with_store(tmp_path, pages, ["d0", "d1", "d2"]).files == expected
    analysed = []
    real = index_module.analyse_document
    monkeypatch.setattr(index_module, "analyse_document", lambda doc: analysed.append(doc) or real(doc))
    assert _built_with_store(tmp_path, pages, ["d0", "d1", "d2"]).files == expected
    assert analysed == []  # nothing changed: every analysis came from the store
    assert _built_with_store(tmp_path, edited, ["d0", "d1-bewerkt", "d2"]).files == expected_edited
    assert len(analysed) == 1  # the edited page's one document


def test_unreadable_stored_terms_are_worked_out_again(tmp_path):
    pages = _pages("Feedback in de klas.")
    built = _built_with_store(tmp_path, pages, ["d0"])
    store = tmp_path / "search-terms.json"
    text = store.read_text("utf-8")
    store.write_text(text.replace('"analysed":[', '"analysed":[[],'), "utf-8")  # one document too many
    assert _built_with_store(tmp_path, pages, ["d0"]).files == built.files
