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
"""

from __future__ import annotations

FORMAT = 1
LAST_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_"


def encode_numbers(numbers) -> str:
    out: list[str] = []
    for number in numbers:
        digits = [LAST_DIGITS[number & 31]]
        number >>= 5
        while number:
            digits.append(MORE_DIGITS[number & 31])
            number >>= 5
        out.extend(reversed(digits))
    return "".join(out)


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
