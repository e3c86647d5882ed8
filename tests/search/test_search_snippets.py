"""The snippet texts: in files of a few neighbouring pages, named by the index, each page findable."""

from __future__ import annotations

import json

from leerpunt.search.documents import sections_of
from leerpunt.search.facets import PageFacets
from leerpunt.search.index import SearchPage, build_index
from leerpunt.search.snippets import text_chunks
from leerpunt.search.synonyms import load_synonyms, packaged_file


def page_texts(count: int, words: int) -> list[list[str]]:
    return [[f"Samenvatting {n}.", " ".join(f"woord{n}x{i}" for i in range(words))] for n in range(count)]


def texts_in(files: dict[str, bytes], names: list[str], chunk_of: list[int], page: int) -> list[str]:
    chunk = json.loads(files[f"tekst/{names[chunk_of[page]]}.json"])
    return chunk["pages"][page - chunk["first"]]


def test_every_page_is_in_the_file_the_index_names_for_it():
    texts = page_texts(40, 30)
    files, names, chunk_of = text_chunks(texts, budget=2_000)
    assert sorted(f"tekst/{name}.json" for name in names) == sorted(files)
    for page, expected in enumerate(texts):
        assert texts_in(files, names, chunk_of, page) == expected
    assert chunk_of == sorted(chunk_of)  # neighbouring pages share a file


def test_files_hold_several_pages_and_stay_under_the_budget():
    texts = page_texts(40, 30)
    budget = 2_000
    page_size = max(len(json.dumps(t, ensure_ascii=False, separators=(",", ":")).encode()) for t in texts)
    files, names, _ = text_chunks(texts, budget=budget)
    chunks = sorted((json.loads(content) for content in files.values()), key=lambda chunk: chunk["first"])
    assert len(chunks) < len(texts)
    for chunk in chunks[:-1]:  # the last one holds what is left
        assert len(chunk["pages"]) >= budget // page_size
    for content in files.values():
        assert len(content) <= budget + 64  # the page texts within budget, plus the file's own few bytes


def test_a_page_longer_than_the_budget_gets_a_file_of_its_own():
    texts = page_texts(3, 5) + [["Lang.", "woord " * 2_000]] + page_texts(3, 5)
    files, names, chunk_of = text_chunks(texts, budget=1_000)
    alone = [page for page in range(len(texts)) if chunk_of[page] == chunk_of[3]]
    assert alone == [3]
    assert texts_in(files, names, chunk_of, 3) == texts[3]


def test_the_index_names_the_text_files_and_each_page_its_file():
    pages = [SearchPage(f"p{n}/", f"Pagina {n}", PageFacets(summary=f"Over pagina {n}."),
                        sections_of(f"<p>Tekst van pagina {n}.</p><h2 id='a'>Kop</h2><p>Meer over {n}.</p>"))
             for n in range(30)]
    built = build_index(pages, load_synonyms(packaged_file(), "synoniemen.yml"), {}, {"type": {}})
    data = built.data
    files = {path.removeprefix("search/"): content for path, content in built.files.items() if "/tekst/" in path}
    assert sorted(files) == sorted(f"tekst/{name}.json" for name in data["texts"])
    assert len(files) < len(pages)
    chunk_of = [entry[6] for entry in data["pages"]]
    for number, page in enumerate(pages):
        assert texts_in(files, data["texts"], chunk_of, number) == \
            [page.facets.summary, f"Tekst van pagina {number}.", f"Meer over {number}."]
