"""Index building (our term counts checked against lunr.py), the compact format and the query, without MkDocs."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunr.builder import Builder

from bench import search_twin
from leerpunt.search import compact
from leerpunt.search.documents import sections_of
from leerpunt.search.facets import PageFacets
from leerpunt.search.index import B, FIELDS, K1, SearchPage, build_index, documents_of, indexed_terms
from bench.search_twin import LoadedIndex, clauses, ranked_pages, search
from leerpunt.search.synonyms import Synonyms, load_synonyms, packaged_file

PAGES = {
    "lezen/": ("Begrijpend lezen", "<p>Leerlingen oefenen elke leesstrategie apart.</p>"
                                   "<h2 id='kaart'>Een kaart</h2><p>Een kaart met vragen.</p>"),
    "rekenen/": ("Rekenen", "<p>Rekenstrategieën helpen bij het hoofdrekenen.</p>"),
    "strategie/": ("Een strategie kiezen", "<p>Welke strategie past bij de klas?</p>"),
    "huiswerk/": ("Huiswerk", "<p>Taken die leerlingen thuis maken, een kaartje met uitleg.</p>"),
    "zitten/": ("Zittenblijven", "<p>Een leerling blijft een jaar langer in dezelfde klas.</p>"),
    "leeg/": ("Leeg", ""),
    "beweging/": ("Fysieke activiteit", "<p>Meer beweging en een actief lichaam op school.</p>"),
    "differentiatie/": ("Differentiatie", "<p>Dezelfde doelen voor de hele klasgroep.</p>"
                                          "<h2 id='meer-lezen'>Meer lezen</h2><ul><li><a href='../zitten/'>Zittenblijven</a></li></ul>"),
}


def site_pages() -> list[SearchPage]:
    return [SearchPage(url, title, PageFacets(summary=f"Over {title.lower()}."), sections_of(html))
            for url, (title, html) in PAGES.items()]


@pytest.fixture(scope="module")
def built():
    return build_index(site_pages(), load_synonyms(packaged_file(), "synoniemen.yml"), {}, {"type": {}})


@pytest.fixture(scope="module")
def index(built):
    return LoadedIndex.from_data(built.data)


@given(st.lists(st.integers(min_value=0, max_value=2**31)))
def test_numbers_survive_the_compact_encoding(numbers):
    assert search_twin.decode_numbers(compact.encode_numbers(numbers)) == numbers


def test_small_numbers_take_one_character():
    assert compact.encode_numbers([0, 31, 32, 1023, 1024]) == "0VX0_VXW0"


def test_numbers_on_both_sides_of_the_looked_up_ones_survive():
    numbers = [2**12 - 2, 2**12 - 1, 2**12, 2**12 + 1, 2**15, 2**20]
    assert search_twin.decode_numbers(compact.encode_numbers(numbers)) == numbers


@pytest.mark.parametrize("value, rounded", [(2.5, 3), (2.4999999999999996, 2), (0.49999999999999994, 0), (7.0, 7)])
def test_rounding_is_javascripts_math_round(value, rounded):
    assert search_twin.js_round(value) == rounded


def test_the_index_file_leaves_the_body_postings_to_its_shards_and_loses_nothing(built):
    """The index file without the body stream, joined with every shard file, is the whole index again;
    every shard key has a file (a page's guess never asks for one that is not there)."""
    from leerpunt.search.index import shard_file

    index_path = built.index_path
    version = index_path.removeprefix("search/index.").removesuffix(".json")
    main = json.loads(built.files[index_path])
    body = main["shards"]["field"]
    assert main["fields"][body] == compact.SHARDED_FIELD and main["postings"][body] == ""
    assert all(stream for f, stream in enumerate(main["postings"]) if f != body)
    shards = {key: json.loads(built.files[shard_file(version, key)]) for key in compact.SHARD_KEYS}
    assert len(built.files) == len(shards) + 1 + len(main["texts"])  # nothing else was written
    assert search_twin.joined(main, shards) == built.data
    assert sum(shard["size"] for shard in shards.values()) == main["sizes"][body]
    terms = main["terms"].split("\n")
    assert {compact.shard_key(term) for term in terms} <= set(compact.SHARD_KEYS)
    assert any(shard["size"] == 0 for shard in shards.values())  # keys without terms have a file too


@pytest.mark.parametrize("term, key", [("differentiatie", "d"), ("2024", "2"), ("~differenti", "_d"), ("=evaluatie", "_e"),
                                       ("~", "__"), ("=~x", "__"), ("ĳsje", "_s"), ("🙂a", "_a")])
def test_a_terms_shard_is_its_first_letter_or_the_letter_after_its_mark(term, key):
    assert compact.shard_key(term) == key


def test_decoded_index_is_what_lunr_py_builds(built):
    """The compact file loses nothing: same terms and postings as lunr.py's own index, same weights
    (lunr.py rounds halves to even, lunr.js and we round them up: at most 0.001 apart)."""
    documents = documents_of(site_pages())
    reference = _lunr_py_index(indexed_terms(documents, load_synonyms(packaged_file(), "synoniemen.yml")))
    decoded = search_twin.decode(built.data)
    assert sorted(decoded.inverted_index) == sorted(reference.inverted_index)
    for term, posting in reference.inverted_index.items():
        for field in reference.fields:
            assert set(decoded.inverted_index[term][field]) == set(posting[field]), (term, field)
    for ref, vector in reference.field_vectors.items():
        theirs = _by_term(vector.elements, reference)
        mine = _by_term(decoded.field_vectors[ref].elements, decoded) if ref in decoded.field_vectors else {}
        assert mine.keys() == theirs.keys(), ref
        assert all(abs(mine[term] - theirs[term]) <= 0.001 for term in mine), ref


def _lunr_py_index(records):
    """lunr.py's own Builder over the same terms: the reference our counting must match."""
    builder = Builder()
    builder.ref("id")
    for name, boost in FIELDS:
        builder.field(name, boost)
    builder.k1(K1)
    builder.b(B)
    for number, record in enumerate(records):
        builder.add({"id": str(number), **record})
    return builder.build()


def _by_term(elements: list, index) -> dict:
    names = {posting["_index"]: term for term, posting in index.inverted_index.items()}
    return {names[elements[i]]: elements[i + 1] for i in range(0, len(elements), 2)}


def test_the_same_pages_give_the_same_bytes(built):
    again = build_index(site_pages(), load_synonyms(packaged_file(), "synoniemen.yml"), {}, {"type": {}})
    assert again.files == built.files
    assert built.index_path.startswith("search/index.") and built.index_path in built.files


def test_strategie_finds_the_compounds(index):
    pages = ranked_pages(index, "strategie ")
    assert set(pages[:3]) == {"strategie/", "lezen/", "rekenen/"}
    assert pages[0] == "strategie/"


def test_a_diminutive_finds_its_base_word_and_back(index):
    assert set(ranked_pages(index, "kaartje ")) == {"huiswerk/", "lezen/"}
    assert "huiswerk/" in ranked_pages(index, "kaart ")


def test_synonyms_and_word_groups(index):
    assert ranked_pages(index, "huistaak ")[0] == "huiswerk/"
    assert ranked_pages(index, "een jaar overdoen ")[0] == "zitten/"


def test_clauses_stem_expand_and_complete_while_typing(index):
    assert clauses(index, "kaartje ") == [("kaartj", 1.0), ("kaart", 0.7)]
    assert clauses(index, "de huistaak ") == [("huistak", 1.0), ("=huiswerk", 0.5)]
    typing = clauses(index, "leerl")
    assert typing[0] == ("leerl", 1.0) and ("leerling", 0.2) in typing
    assert clauses(index, "") == [] and clauses(index, "de het een") == []
    assert clauses(index, "leer*ling") == clauses(index, "leerling")


def test_a_compound_the_index_lacks_is_cut_into_known_parts(index):
    assert ("licham", 0.3) in clauses(index, "lichaamsbeweging ") and ("beweg", 0.6) in clauses(index, "lichaamsbeweging ")
    assert ranked_pages(index, "lichaamsbeweging ")[0] == "beweging/"


def test_a_derivational_family_finds_the_noun_from_the_participle(index):
    assert ("~differenti", 0.7) in clauses(index, "gedifferentieerd ")
    assert ranked_pages(index, "gedifferentieerd ") == ["differentiatie/"]


def test_words_written_apart_find_the_compound(index):
    assert ("klasgroep", 1.0) in clauses(index, "klas groep ")


def test_one_typing_error_still_finds_the_word(index):
    assert ("huiswerk", 0.5) in clauses(index, "huiswrek ")
    assert ranked_pages(index, "huiswrek ")[0] == "huiswerk/"
    assert not [term for term, boost in clauses(index, "huiswerk ") if boost == 0.5 and term != "=huiswerk"]


def test_a_list_of_links_does_not_find_the_page_it_sits_on(index):
    assert "differentiatie/" not in ranked_pages(index, "zittenblijven ")


def test_nothing_found_is_an_empty_list(index):
    assert search(index, "xyzzyq") == [] and search(index, "   ") == []


def test_a_page_of_type_pagina_counts_less_than_an_approach_with_the_same_words():
    pages = [SearchPage(url, "Leesplezier", PageFacets(type=kind, summary="Over leesplezier."),
                        sections_of("<p>Voorlezen in de klas.</p>"))
             for url, kind in (("overzicht/", "pagina"), ("aanpak/", "aanpak"))]
    index = LoadedIndex.from_data(build_index(pages, Synonyms(()), {}, {"type": {}}).data)
    (first, top), (second, lower) = search(index, "leesplezier ")
    assert [first, second] == [1, 0] and lower == pytest.approx(top * 0.7)
