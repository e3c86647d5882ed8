"""The build cache: a store finds only what the same code made from the same input, and keeps what a build used."""

import json

from leerpunt.buildcache import TextStore, digest
from leerpunt.sourcechecks import documents
from leerpunt.sourcechecks.documents import remember_rendered, render_version, to_html


def test_a_store_keeps_what_the_build_used_and_drops_the_rest(tmp_path):
    path = tmp_path / "store.json"
    first = TextStore(path, "v1")
    first.put("a", "A")
    first.put("b", "B")
    first.save()
    second = TextStore(path, "v1")
    assert second.get("a") == "A" and second.get("b") == "B"
    second.used = set()
    assert second.get("a") == "A"  # this build reads only a
    second.save()
    assert TextStore(path, "v1").entries == {"a": "A"}


def test_a_store_of_other_code_or_an_unreadable_file_counts_as_empty(tmp_path):
    path = tmp_path / "store.json"
    store = TextStore(path, "v1")
    store.put("a", "A")
    store.save()
    assert TextStore(path, "v2").entries == {}
    path.write_text("{niet af", "utf-8")
    assert TextStore(path, "v1").entries == {}
    path.write_text(json.dumps({"version": "v1", "entries": ["geen", "tabel"]}), "utf-8")
    assert TextStore(path, "v1").entries == {}


def test_digests_differ_when_any_part_differs():
    assert digest("ab", "c") != digest("a", "bc") != digest("abc")
    assert digest("x") == digest(b"x")


def test_the_content_check_renders_a_text_once_and_reads_it_back(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "_RENDERED", [])
    store = TextStore(tmp_path / "html.json", render_version())
    remember_rendered(store)
    text = "# Kop\n\nEen [link](elders.md).\n"
    html = to_html(text)
    assert '<a href="elders.md">link</a>' in html and store.get(digest(text)) == html
    store.save()
    later = TextStore(tmp_path / "html.json", render_version())
    later.entries[digest(text)] = "<p>uit de cache</p>"  # proves the lookup: a real render would differ
    remember_rendered(later)
    assert to_html(text) == "<p>uit de cache</p>"
    assert to_html("Iets *anders*.") == "<p>Iets <em>anders</em>.</p>"


def test_html_the_allowlist_keeps_whole_reads_as_clean_makes_it():
    from leerpunt.sanitize import as_cleaned, clean

    kept = '<h2 id="x">Kop<a class="headerlink" href="#x" title="Permanent link">&para;</a></h2><p>Tekst &amp; meer.</p>'
    assert clean(kept) == as_cleaned(kept) != kept
    assert clean('<p onclick="x()">Tekst</p>') != as_cleaned('<p onclick="x()">Tekst</p>')
