"""The compact index format: what lunr needs, in a fraction of lunr's serialized size.

lunr's own serialization stores every field vector with a weight per term and document;
that makes it five times bigger over the wire than Material's search_index.json. The weights
follow from the term frequencies and field lengths (BM25, lunr's formula), so we ship those
and let the browser (`decodeIndex` in search-core.js) and Python (`decode` here) compute the
same lunr index with the same arithmetic in the same order. Shipped:

- `terms`: the sorted vocabulary, joined with newlines; a term's number is its place here;
- `postings`: per field, per term in order, the number of documents and then for each
  document the gap since the previous one and whether the term occurs more than once
  (then followed by the count minus two), as base-32 variable-length numbers; `sizes`:
  the number of postings per field (so the browser can allocate once);
- `lengths`: per field, the number of terms of every document.

Numbers are written most significant digit first; every digit but the last uses the
continuation alphabet, so a number below 32 is one character. Both alphabets are JSON-safe.
"""

from __future__ import annotations

import math

from lunr.index import Index
from lunr.token_set_builder import TokenSetBuilder
from lunr.pipeline import Pipeline
from lunr.vector import Vector

FORMAT = 1
LAST_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_"
_VALUES = {**{c: (i, True) for i, c in enumerate(LAST_DIGITS)}, **{c: (i, False) for i, c in enumerate(MORE_DIGITS)}}


def encode_numbers(numbers) -> str:
    out = []
    for number in numbers:
        digits = [LAST_DIGITS[number & 31]]
        number >>= 5
        while number:
            digits.append(MORE_DIGITS[number & 31])
            number >>= 5
        out.extend(reversed(digits))
    return "".join(out)


def decode_numbers(text: str) -> list[int]:
    numbers, value = [], 0
    for char in text:
        digit, last = _VALUES[char]
        value = value * 32 + digit
        if last:
            numbers.append(value)
            value = 0
    return numbers


def encode_postings(terms: list[str], fields: list[str], postings: dict, lengths: dict, doc_count: int) -> dict:
    """The compact form of an inverted index.

    postings: term → field → {doc number: term frequency}; lengths: field → list of lengths.
    """
    streams, sizes = [], []
    for field in fields:
        numbers, size = [], 0
        for term in terms:
            docs = postings[term].get(field, {})
            numbers.append(len(docs))
            size += len(docs)
            previous = -1
            for doc in sorted(docs):
                tf = docs[doc]
                numbers.append((doc - previous - 1) * 2 + (tf > 1))
                if tf > 1:
                    numbers.append(tf - 2)
                previous = doc
        streams.append(encode_numbers(numbers))
        sizes.append(size)
    return {
        "terms": "\n".join(terms),
        "postings": streams,
        "sizes": sizes,
        "lengths": [encode_numbers(lengths[field][:doc_count]) for field in fields],
    }


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
    inverted_index = {term: {"_index": number} for number, term in enumerate(terms)}
    field_vectors: dict[str, Vector] = {}
    for f, field in enumerate(fields):
        elements: dict[int, list] = {}
        for term_number, docs in enumerate(per_field[f]):
            term_idf = idf(frequency[term_number], doc_count)
            posting = {}
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
