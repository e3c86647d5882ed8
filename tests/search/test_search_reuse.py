"""The search index's build cache: sections and index files are reused only for the same input, never stale."""

import pytest

from leerpunt.search import reuse as reuse_module
from leerpunt.search.documents import sections_of
from leerpunt.search.facets import PageFacets
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
