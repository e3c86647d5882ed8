"""From what a visitor types to ranked documents: the twin of `search` in search-core.js.

Test and benchmark code (it is not part of the site's package, and lunr.py with it): the
relevance set and the browser-equality tests run the browser's search again in Python.

Both run the same lunr query: the same clauses, in the same order, with the same boosts, on
an index decoded with the same arithmetic, so they return the same documents with the same
scores. The relevance tests run this module in Python and search-core.js in Chromium.

Clauses, all optional (a document matching more of them ranks higher):
- the stem of every word that is not a stop word;
- the base word of a diminutive that the index knows (`kaartje` → `kaart`);
- the synonym groups found in the words (`een jaar overdoen` → `=zittenblijv`);
- while a word is still being typed (no space after it yet): the index terms that start
  with it, the most frequent first, with a small boost;
- the derivational family of a word (`differentiëren` → `~differenti`, which the guide
  'Differentiatie' carries);
- two neighbouring words written as one, when the index knows the compound (`één op één
  begeleiding` → `eenbegeleid`, `kleuter klas` → `kleuterklas`);
- for a word whose stem is in fewer than FEW_HITS documents (and in no synonym group, which
  says what it means already): its compound cut into a known
  head and tail (`lichaamsbeweging` → `licham` + `beweg`), whose stems also count for the
  synonym groups (`beweging` ~ `fysieke activiteit`);
- for a word whose stem the index lacks (`metacognitieve`): the terms that start with that
  stem minus one or two letters, with the same small boost;
- for a word of FUZZY_MIN_LENGTH letters or more that none of the above finds in the index:
  the terms at most one edit away from its stem (`coperatief` → `cooperatief`).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.token_set_builder import TokenSetBuilder
from lunr.vector import Vector

from leerpunt.search.analysis import (
    FAMILY_MARK,
    decompound,
    diminutive_base,
    family,
    is_separator,
    normalize,
    stem,
    stop_words,
    tokenize,
    within_one_edit,
)
from leerpunt.search.compact import LAST_DIGITS, MORE_DIGITS, SHARD_KEYS, encode_numbers, shard_key
from leerpunt.search.synonyms import GROUP_MARK, group_finder

WORD_BOOST = 1.0
DIMINUTIVE_BOOST = 0.7
SYNONYM_BOOST = 0.5
PREFIX_BOOST = 0.2
PREFIX_MIN_LENGTH = 3
PREFIX_LIMIT = 20
NEAR_CUTS = (1, 2)
NEAR_MIN_LENGTH = 5
FAMILY_BOOST = 0.7
JOINED_BOOST = 1.0
HEAD_BOOST = 0.3
TAIL_BOOST = 0.6
FEW_HITS = 3
FUZZY_BOOST = 0.5
FUZZY_MIN_LENGTH = 5
FUZZY_LIMIT = 5


@dataclass(frozen=True)
class LoadedIndex:
    data: dict
    lunr: Index
    terms: list[str]
    frequency: dict[str, int]

    @classmethod
    def from_data(cls, data: dict) -> LoadedIndex:
        index = decode(data)
        terms = data["terms"].split("\n") if data["terms"] else []
        frequency = {term: sum(len(index.inverted_index[term][field]) for field in data["fields"]) for term in terms}
        return cls(data, index, terms, frequency)


def clauses(index: LoadedIndex, text: str) -> list[tuple[str, float]]:
    """The (term, boost) clauses of a query, in the order lunr runs them."""
    text = text.replace("*", "")
    tokens = tokenize(text)
    typing = bool(text) and not is_separator(text[-1]) and bool(tokens)
    stops = stop_words()
    found: list[tuple[str, float]] = []
    seen: set[str] = set()

    def add(term: str, boost: float) -> None:
        if term not in seen:
            seen.add(term)
            found.append((term, boost))

    find_groups = group_finder(index.data["synonyms"])
    stems, expanded, unknown, lost, words = [], [], [], [], []
    for token in tokens:
        word = normalize(token)
        if word:
            words.append(word)
        if not word or word in stops:
            continue
        stems.append(stem(word))
        add(stems[-1], WORD_BOOST)
        base = diminutive_base(word, index.frequency)
        if base:
            add(base, DIMINUTIVE_BOOST)
        elif stems[-1] not in index.frequency:
            unknown.append(stems[-1])
        kin = family(word)
        if kin and kin in index.frequency:
            add(kin, FAMILY_BOOST)
        rare = index.frequency.get(stems[-1], 0) < FEW_HITS and not find_groups(stems[-1:])
        parts = decompound(stems[-1], index.frequency) if rare else []
        for part, boost in zip(parts, (HEAD_BOOST, TAIL_BOOST) if len(parts) == 2 else (TAIL_BOOST,)):
            add(part, boost)
        expanded.extend(parts or [stems[-1]])
        if stems[-1] not in index.frequency and not base and not parts and not (kin and kin in index.frequency):
            lost.append(stems[-1])
    for first, second in zip(words, words[1:]):
        joined = stem(first + second)
        if joined in index.frequency:
            add(joined, JOINED_BOOST)
    for group in find_groups(stems) + find_groups(expanded):
        add(group, SYNONYM_BOOST)
    completed = False
    if typing:
        word = normalize(tokens[-1])
        if len(word) >= PREFIX_MIN_LENGTH:
            for term in _completions(index, [word, stem(word)], seen):
                completed = True
                add(term, PREFIX_BOOST)
    nothing_near = set()
    for missing in unknown:
        nearby = _near(index, missing, seen)
        if not nearby:
            nothing_near.add(missing)
        for term in nearby:
            add(term, PREFIX_BOOST)
    if completed and lost and lost[-1] == stem(normalize(tokens[-1])):
        lost.pop()  # the word being typed: its completions are what it will be
    for missing in lost:
        if missing in nothing_near and len(missing) >= FUZZY_MIN_LENGTH:
            for term in _fuzzy(index, missing, seen):
                add(term, FUZZY_BOOST)
    return found


def _fuzzy(index: LoadedIndex, term: str, exclude: set[str]) -> list[str]:
    """Index words at most one edit away from a stem (`huisswerk` → `huiswerk`), most frequent first."""
    found = [known for known in index.terms if abs(len(known) - len(term)) <= 1 and known not in exclude
             and known[0] not in (GROUP_MARK, FAMILY_MARK) and within_one_edit(term, known)]
    return sorted(found, key=lambda known: (-index.frequency[known], known))[:FUZZY_LIMIT]


def _near(index: LoadedIndex, term: str, exclude: set[str]) -> list[str]:
    """For a stem the index lacks (`metacognitiev`, from metacognitieve): the terms that start
    with it minus its last one or two letters (`metacognitie`), if there are any."""
    for cut in NEAR_CUTS:
        if len(term) - cut >= NEAR_MIN_LENGTH:
            found = _completions(index, [term[:-cut]], exclude)
            if found:
                return found
    return []


def _completions(index: LoadedIndex, prefixes: list[str], exclude: set[str]) -> list[str]:
    """Index terms that start with one of the prefixes, most frequent first (then alphabetical)."""
    candidates = set()
    for prefix in prefixes:
        at = bisect_left(index.terms, prefix)
        while at < len(index.terms) and index.terms[at].startswith(prefix):
            term = index.terms[at]
            if term not in exclude and "*" not in term:
                candidates.add(term)
            at += 1
    return sorted(candidates, key=lambda term: (-index.frequency[term], term))[:PREFIX_LIMIT]


def search(index: LoadedIndex, text: str) -> list[tuple[int, float]]:
    """Ranked (document number, score) for a query; the best first."""
    query = index.lunr.create_query()
    for term, boost in clauses(index, text):
        query.clause(term=term, boost=boost, use_pipeline=False)
    if not query.clauses:
        return []
    weights, pages, docs = index.data.get("typeWeights", {}), index.data["pages"], index.data["docs"]
    hits = [(int(match["ref"]), match["score"]) for match in index.lunr.query(query)]
    weighted = [(doc, score * weights[pages[docs[doc][0]][2]] if pages[docs[doc][0]][2] in weights else score)
                for doc, score in hits]
    return sorted(weighted, key=lambda hit: -hit[1])  # stable: equal scores keep lunr's order


def ranked_pages(index: LoadedIndex, text: str) -> list[str]:
    """The URLs of the pages with a hit, in the order of their best document."""
    pages, seen = [], set()
    for doc, _ in search(index, text):
        page = index.data["docs"][doc][0]
        if page not in seen:
            seen.add(page)
            pages.append(index.data["pages"][page][0])
    return pages


# --- the compact index read back: the twin of decodeIndex in search-core.js -------------------

_VALUES = {**{c: (i, True) for i, c in enumerate(LAST_DIGITS)}, **{c: (i, False) for i, c in enumerate(MORE_DIGITS)}}


def decode_numbers(text: str) -> list[int]:
    numbers, value = [], 0
    for char in text:
        digit, last = _VALUES[char]
        value = value * 32 + digit
        if last:
            numbers.append(value)
            value = 0
    return numbers



def site_index_path(site: Path) -> Path:
    """The index file of a built site: search/index.<version>.json (its shards add a key to that name)."""
    (path,) = [path for path in (site / "search").glob("index.*.json") if path.name.count(".") == 2]
    return path


def read_site_index(path: Path) -> dict:
    """The whole index (compact.py) of a built site, from its index file and the shard files beside it."""
    main = json.loads(path.read_text("utf-8"))
    name = path.name.removesuffix(".json")
    return joined(main, {key: json.loads((path.parent / f"{name}.{key}.json").read_text("utf-8"))
                         for key in (SHARD_KEYS if "shards" in main else ())})


def joined(main: dict, shards: dict[str, dict]) -> dict:
    """The index file with the sharded field's stream put back together from its shards: the twin of
    the worker's addShard (search-core.js), which reads each shard where this writes it back."""
    meta = main.get("shards")
    if not meta or main["postings"][meta["field"]]:
        return main
    terms = main["terms"].split("\n") if main["terms"] else []
    counts = decode_numbers(meta["counts"])
    streams = {key: (decode_numbers(shard["postings"]), [0]) for key, shard in shards.items()}
    numbers: list[int] = []
    for term, count in zip(terms, counts):
        if not count:
            numbers.append(0)
            continue
        stream, at = streams[shard_key(term)]
        start = at[0]
        at[0] += 1
        assert stream[start] == count, f"shard {shard_key(term)}: {term} has {stream[start]} documents, not {count}"
        for _ in range(count):
            at[0] += 1 + (stream[at[0]] & 1)
        numbers.extend(stream[start:at[0]])
    postings = list(main["postings"])
    postings[meta["field"]] = encode_numbers(numbers)
    return {**main, "postings": postings}


def js_round(value: float) -> int:
    """Math.round of JavaScript (halves go up), exactly: the browser must get the same weights."""
    whole = math.floor(value)
    return whole + 1 if value - whole >= 0.5 else whole


def weight(tf: int, length: int, average: float, idf: float, boost: float, k1: float, b: float) -> float:
    """lunr's BM25 weight of a term in a field, in lunr.js's order of operations, to 3 decimals."""
    score = idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average)) + tf)
    score *= boost
    return js_round(score * 1000) / 1000


def idf(documents_with_term: int, doc_count: int) -> float:
    x = (doc_count - documents_with_term + 0.5) / (documents_with_term + 0.5)
    return math.log(1 + abs(x))


def decode(data: dict) -> Index:
    """The lunr.py Index of a compact index: the twin of decodeIndex in search-core.js."""
    fields, boosts = data["fields"], data["boosts"]
    k1, b = data["k1"], data["b"]
    terms = data["terms"].split("\n") if data["terms"] else []
    doc_count = len(data["docs"])
    lengths = [decode_numbers(stream) for stream in data["lengths"]]
    averages = [sum(field_lengths) / doc_count for field_lengths in lengths]
    # First pass: the documents of every term per field, to know each term's document frequency.
    per_field = []
    frequency = [0] * len(terms)
    for stream in data["postings"]:
        numbers, at = decode_numbers(stream), 0
        field_postings = []
        for term_number in range(len(terms)):
            count, at = numbers[at], at + 1
            docs, previous = [], -1
            for _ in range(count):
                value, at = numbers[at], at + 1
                doc = previous + 1 + (value >> 1)
                tf = 1
                if value & 1:
                    tf, at = numbers[at] + 2, at + 1
                docs.append((doc, tf))
                previous = doc
            frequency[term_number] += count
            field_postings.append(docs)
        per_field.append(field_postings)
    inverted_index: dict[str, dict[str, int | dict[str, dict]]] = {
        term: {"_index": number} for number, term in enumerate(terms)}
    field_vectors: dict[str, Vector] = {}
    for f, field in enumerate(fields):
        elements: dict[int, list] = {}
        for term_number, docs in enumerate(per_field[f]):
            term_idf = idf(frequency[term_number], doc_count)
            posting: dict[str, dict] = {}
            for doc, tf in docs:
                posting[str(doc)] = {}
                elements.setdefault(doc, []).extend(
                    (term_number, weight(tf, lengths[f][doc], averages[f], term_idf, boosts[f], k1, b)))
            inverted_index[terms[term_number]][field] = posting
        for doc in sorted(elements):
            field_vectors[f"{field}/{doc}"] = Vector(elements[doc])
    builder = TokenSetBuilder()
    for term in terms:
        builder.insert(term)
    builder.finish()
    return Index(inverted_index=inverted_index, field_vectors=field_vectors, token_set=builder.root,
                 fields=list(fields), pipeline=Pipeline())
