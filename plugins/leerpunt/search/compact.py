"""The compact index format: what lunr needs, in a fraction of lunr's serialized size.

lunr's own serialization stores every field vector with a weight per term and document;
that makes it five times bigger over the wire than Material's search_index.json. The weights
follow from the term frequencies and field lengths (BM25, lunr's formula), so we ship those
and let the browser (`decodeIndex` in search-core.js) and, for the tests, Python (`decode` in
bench/search_twin.py) compute the
same lunr index with the same arithmetic in the same order. Shipped:

- `terms`: the sorted vocabulary, joined with newlines; a term's number is its place here;
- `postings`: per field, per term in order, the number of documents and then for each
  document the gap since the previous one and whether the term occurs more than once
  (then followed by the count minus two), as base-32 variable-length numbers; `sizes`:
  the number of postings per field (so the browser can allocate once);
- `lengths`: per field, the number of terms of every document.

Numbers are written most significant digit first; every digit but the last uses the
continuation alphabet, so a number below 32 is one character. Both alphabets are JSON-safe.

The body field's postings are most of the index (four fifths of its bytes) and a query needs those
of a few terms only, so they travel in files of their own, one per shard key (`shard_key`: a term's
first letter or digit; for the terms of synonym groups and word families, which start with a mark,
'_' and the letter after the mark). Every key has a file, empty or not, so a page that guesses the
keys of its query's words before the index is in never asks for a file that is not there. The index
file keeps the field's stream empty and says, under `shards`, which field that is and every term's
number of body documents (`counts`, for the weights and the query's word forms). A shard file
holds, in term order, the postings of its key's terms that have any (`postings`, in the format
above) and their number (`size`).
"""

from __future__ import annotations

FORMAT = 1
LAST_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_"


def _encoded(number: int) -> str:
    digits = [LAST_DIGITS[number & 31]]
    number >>= 5
    while number:
        digits.append(MORE_DIGITS[number & 31])
        number >>= 5
    return "".join(reversed(digits))


# Gaps and counts are almost all small: their encodings are looked up, not computed (a fifth of the
# index's CPU went into encoding numbers one digit at a time).
_SMALL = tuple(_encoded(number) for number in range(1 << 12))


def encode_numbers(numbers) -> str:
    small, limit = _SMALL, len(_SMALL)
    return "".join([small[n] if n < limit else _encoded(n) for n in numbers])


SHARDED_FIELD = "body"
KEY_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
SHARD_KEYS = tuple(sorted(KEY_CHARACTERS)) + tuple("_" + c for c in sorted(KEY_CHARACTERS | {"_"}))


def shard_key(term: str) -> str:
    """The shard of a term (one of SHARD_KEYS): the twin of shardKey in search-core.js, and what the
    early start of a search (leerpunt-search-start.html) guesses from the words of its query."""
    if term[:1] in KEY_CHARACTERS:
        return term[0]
    return "_" + (term[1] if term[1:2] in KEY_CHARACTERS else "_")


def encode_postings(terms: list[str], fields: list[str], postings: dict, lengths: dict,
                    doc_count: int) -> tuple[dict, dict[str, dict]]:
    """The compact form of an inverted index, whole, and the files of the sharded field's postings.

    postings: field → term → [doc number, term frequency, doc number, term frequency, ...] in document
    order; lengths: field → list of lengths. The whole form has every field's stream; the index file
    leaves the sharded one out (`shipped`).
    """
    streams, sizes, counts = [], [], []
    shards: dict[str, dict] = {}
    for field in fields:
        of_field = postings.get(field, {})
        per_term = [_term_postings(of_field.get(term, ())) for term in terms]
        streams.append("".join(text for _, text in per_term))
        sizes.append(sum(count for count, _ in per_term))
        if field == SHARDED_FIELD:
            counts = [count for count, _ in per_term]
            grouped: dict[str, list[tuple[int, str]]] = {key: [] for key in SHARD_KEYS}
            for term, encoded in zip(terms, per_term):
                if encoded[0]:
                    grouped[shard_key(term)].append(encoded)
            shards = {key: {"size": sum(count for count, _ in group), "postings": "".join(text for _, text in group)}
                      for key, group in grouped.items()}
    data: dict[str, object] = {
        "terms": "\n".join(terms),
        "postings": streams,
        "sizes": sizes,
        "lengths": [encode_numbers(lengths[field][:doc_count]) for field in fields],
    }
    if SHARDED_FIELD in fields:
        data["shards"] = {"field": fields.index(SHARDED_FIELD), "counts": encode_numbers(counts)}
    return data, shards


def shipped(data: dict) -> dict:
    """The index file's content: the whole form without the sharded field's stream."""
    if "shards" not in data:
        return data
    streams = list(data["postings"])
    streams[data["shards"]["field"]] = ""
    return {**data, "postings": streams}


def _term_postings(flat) -> tuple[int, str]:
    """One term's postings in one field ([doc, count, ...] in document order), encoded: the number of
    documents, then per document the gap since the previous one and whether the term occurs more than
    once (then the count minus two). Returns the number of documents with the text."""
    small, limit = _SMALL, len(_SMALL)
    size = len(flat) // 2
    parts, previous = [small[size] if size < limit else _encoded(size)], -1
    for at in range(0, len(flat), 2):
        doc, tf = flat[at], flat[at + 1]
        gap = (doc - previous - 1) * 2 + (tf > 1)
        parts.append(small[gap] if gap < limit else _encoded(gap))
        if tf > 1:
            parts.append(small[tf - 2] if tf - 2 < limit else _encoded(tf - 2))
        previous = doc
    return size, "".join(parts)
