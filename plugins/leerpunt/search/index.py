"""Build the search index of a site: pages → section documents → lunr.py → compact JSON files.

Pure: pages in, files (name → bytes) out. The work is done in two passes over the text:
the first collects the vocabulary of the site (every stem), the second adds the word forms
that need it (a diminutive's base word, the last part of a compound, the derivational family,
synonym groups). The
terms are counted here, as lunr.py's Builder counts them (a test checks they agree): the
compact index ships counts, not lunr's weights, and the Builder spends most of its time
re-tokenizing term lists and keeping metadata we do not use.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from . import compact, snippets
from .analysis import analyse, compound_parts, diminutive_base, family, stop_words
from .documents import Section, is_link_list_heading
from .facets import PageFacets
from .synonyms import Synonyms, group_finder

# Fields with their boosts: a hit in a page title counts ten times a hit in body text, a hit in
# the summary (what the page says it is about) six times.
FIELDS = (("title", 10), ("headings", 5), ("summary", 6), ("body", 1))
K1, B = 1.2, 0.75
# A document's score is multiplied by the weight of its page's type: overviews, lists, projects and
# other pages ('pagina') count less than the toolkits' approaches and the guides they point to.
TYPE_WEIGHTS = {"pagina": 0.7, "project": 0.7}
INDEX_DIR = "search"


@dataclass(frozen=True)
class SearchPage:
    """One page of the site as the index sees it."""

    url: str                   # relative to the site root, e.g. 'toolkits/leren-en-lesgeven/feedback/'
    title: str
    facets: PageFacets
    sections: list[Section]


@dataclass
class Document:
    page: int
    anchor: str                # '' for the text at the top of the page
    heading: str
    fields: dict[str, str]
    level: str = ""            # the evidence level of a guide's recommendation ('' when its source gives none)
    recommendation: bool = False  # a guide's recommendation: a result of its own, typed 'aanbeveling'


@dataclass(frozen=True)
class BuiltIndex:
    """The files to write into the site, by path, and the index's own path among them. `data` is the
    index whole (compact.py): the index file without the sharded postings, joined with its shards."""

    files: dict[str, bytes]
    index_path: str
    data: dict = field(repr=False)


def documents_of(pages: list[SearchPage]) -> list[Document]:
    """Every section with words becomes a document; a page's first one carries title and summary."""
    documents = []
    for number, page in enumerate(pages):
        recommendations = page.facets.recommendations or {}
        for position, section in enumerate(page.sections):
            if position and not (section.text or section.heading and not is_link_list_heading(section.heading)):
                continue  # nothing to find: no words, or only the heading of a list of links
            first = position == 0
            documents.append(Document(number, section.anchor, section.heading, {
                "title": page.title if first else "",
                # 'Projecten rond deze aanpak' says what its list was, not what the text under it is about
                "headings": "" if is_link_list_heading(section.heading) else section.heading,
                "summary": page.facets.summary if first else "",
                "body": section.text,
            }, "" if first else recommendations.get(section.anchor) or "",
                not first and section.anchor in recommendations))
    return documents


def build_index(pages: list[SearchPage], synonyms: Synonyms, badges: dict[str, str], labels: dict,
                version: str | None = None) -> BuiltIndex:
    """The compact index and the text files the result snippets come from.

    `version` names the index file; without it, a digest of the index's bytes does. (The plugin
    passes `index_version()` of its inputs: the templates name the file before it is built.)
    """
    documents = documents_of(pages)
    data, shards = _compact(indexed_terms(documents, synonyms), documents)
    text_files, text_names, chunk_of = snippets.text_chunks(_page_texts(pages, documents))
    data.update({
        "pages": [_page_entry(page, chunk_of[number]) for number, page in enumerate(pages)],
        "texts": text_names,
        "labels": labels,
        "badges": {key: badges[key] for key in sorted({f"aanbeveling:{doc.level}" for doc in documents if doc.level} |
                                                      {k for page in pages for k in page.facets.badges})},
        "synonyms": synonyms.table(),
        "stopwords": sorted(stop_words()),
        "typeWeights": TYPE_WEIGHTS,
    })
    files = {f"{INDEX_DIR}/{path}": content for path, content in text_files.items()}
    index_bytes = _json_bytes(compact.shipped(data))
    version = version or _digest(index_bytes + _json_bytes(shards))
    index_path = index_file(version)
    files[index_path] = index_bytes
    files.update({shard_file(version, key): _json_bytes(shard) for key, shard in shards.items()})
    return BuiltIndex(files, index_path, data)


def write_index(files: dict[str, bytes], site_dir: Path) -> None:
    """Write the index and the snippet files (BuiltIndex.files) into the built site."""
    for path, content in files.items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def index_file(version: str) -> str:
    return f"{INDEX_DIR}/index.{version}.json"


def shard_file(version: str, key: str) -> str:
    """The file of a shard of the body postings (compact.py): the index file's name with the key."""
    return f"{INDEX_DIR}/index.{version}.{key}.json"


def page_digest(url: str, title: str, facets: PageFacets, html: str, excluded_classes) -> str:
    """What the index takes from one page, in a few bytes: its address, title, facets and content."""
    digest = hashlib.sha256(_json_bytes([url, title, repr(facets), sorted(excluded_classes)]))
    digest.update(html.encode("utf-8"))  # not through JSON: escaping every page's HTML costs more than hashing it
    return digest.hexdigest()


def index_version(page_digests: list[str], synonyms: Synonyms, badges: dict[str, str], labels: dict) -> str:
    """A name for the index file that changes whenever its content can: the inputs and this code."""
    inputs = _json_bytes([page_digests, synonyms.table(), badges, labels, code_digest()])
    return _digest(inputs)


@cache
def code_digest() -> str:
    """The search package's code, its word lists and the stemmer's version: another version of any
    of them may index the same pages differently."""
    package = sorted((*Path(__file__).parent.glob("*.py"), *Path(__file__).parent.glob("*.yml")))
    return _digest(b"".join(path.read_bytes() for path in package) + metadata.version("PyStemmer").encode())


def indexed_terms(documents: list[Document], synonyms: Synonyms) -> list[dict[str, list[str]]]:
    """Per document, per field, the terms that go into the index, in order (repeats included)."""
    fields = [name for name, _ in FIELDS]
    # A section's title and summary are empty (only a page's first document has them).
    analysed = [{name: analyse(text) if (text := doc.fields[name]) else [] for name in fields} for doc in documents]
    pairs = {pair for doc in analysed for words in doc.values() for pair in words}
    vocabulary = {term for _, term in pairs}
    find_groups = group_finder(synonyms.table())
    # Most words add nothing: only those that do are looked up per occurrence (a million at 1,000 pages).
    extra_terms = _word_forms(vocabulary)
    extras = {pair: forms for pair in pairs if (forms := extra_terms(*pair))}
    extras_of = extras.get
    records = []
    for doc in analysed:
        record = {}
        for name in fields:
            words = doc[name]
            stems = [term for _, term in words]
            terms = stems + find_groups(stems)
            for forms in filter(None, map(extras_of, words)):
                terms.extend(forms)
            record[name] = terms
        records.append(record)
    return records


def _word_forms(vocabulary: set[str]):
    """Extra terms for a word: its diminutive's base word, the known last parts of compounds and
    its derivational family."""

    def extra(word: str, term: str) -> list[str]:
        forms = []
        base = diminutive_base(word, vocabulary)
        if base:
            forms.append(base)
        for stem in ([base] if base else []) + [term]:
            forms.extend(part for part in compound_parts(stem, vocabulary) if part not in forms)
        kin = family(word)
        if kin:
            forms.append(kin)
        return forms

    return extra


def _compact(records: list[dict[str, list[str]]], documents: list[Document]) -> tuple[dict, dict[str, dict]]:
    fields = [name for name, _ in FIELDS]
    # Per field, per term, its documents and counts as a flat list [doc, count, doc, count, ...], in
    # document order: the order the compact format writes them in, so nothing is sorted afterwards.
    postings: dict[str, dict[str, list[int]]] = {name: {} for name in fields}
    lengths: dict[str, list[int]] = {name: [] for name in fields}
    for number, record in enumerate(records):
        for name in fields:
            terms = record[name]
            lengths[name].append(len(terms))
            if not terms:
                continue
            of_field = postings[name]
            for term, count in Counter(terms).items():
                found = of_field.get(term)
                if found is None:
                    of_field[term] = [number, count]
                else:
                    found += number, count
    terms = sorted({term for of_field in postings.values() for term in of_field})
    data = {"format": compact.FORMAT, "fields": fields, "boosts": [boost for _, boost in FIELDS], "k1": K1, "b": B}
    encoded, shards = compact.encode_postings(terms, fields, postings, lengths, len(documents))
    data.update(encoded)
    # [page] for the top of a page, [page, anchor, heading] for a section, plus the level of a recommendation.
    data["docs"] = [[doc.page, doc.anchor, doc.heading, doc.level][:4 if doc.recommendation
                                                                   else 3 if doc.anchor or doc.heading else 1]
                    for doc in documents]
    return data, shards


def _page_texts(pages: list[SearchPage], documents: list[Document]) -> list[list[str]]:
    """Per page its summary and the text of each of its documents: what snippets are cut from."""
    texts = [[page.facets.summary] for page in pages]
    for doc in documents:
        texts[doc.page].append(doc.fields["body"])
    return texts


def _page_entry(page: SearchPage, text_chunk: int) -> list:
    facets = page.facets
    return [page.url, page.title, facets.type, list(facets.niveaus), list(facets.themas), list(facets.badges),
            text_chunk]


def _json_bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:12]
