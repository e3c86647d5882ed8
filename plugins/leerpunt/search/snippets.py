"""The texts result snippets are cut from, in files of a few neighbouring pages.

Not in the index: the texts are several times its size and a search shows ten results. One file
per page made a search on a slow phone connection wait for ten or more requests; one file for
the whole site would grow with it. So pages go, in the order of the index (neighbouring pages
are mostly of the same toolkit or guide), into files of at most CHUNK_BYTES each (a longer page
gets a file of its own). The browser fetches the file of the first result first, so its snippet
needs one request, then the files of the other shown results.

A file: {"first": number of its first page, "pages": [[summary, text of document 1, ...], ...]};
the index names the files (`texts`) and gives every page the number of its file.
"""

from __future__ import annotations

import hashlib
import json

TEXT_DIR = "tekst"
# One to three pages, 2–3 kB over the wire. Bigger files hardly save requests (a search's results
# are spread over the site) and cost bytes: 16 kB saved 1–4 of 20 requests for 1.7 times the bytes
# (bench/search.md, "Snippet texts").
CHUNK_BYTES = 8_000


def text_chunks(page_texts: list[list[str]],
                budget: int = CHUNK_BYTES) -> tuple[dict[str, bytes], list[str], list[int]]:
    """Files (name → bytes), the file names in order (without .json), and every page's file number.

    page_texts: per page in index order, its summary and then the text of each of its documents.
    """
    groups: list[list[int]] = []
    size = 0
    for number, texts in enumerate(page_texts):
        page_size = len(_json_bytes(texts))
        if not groups or size + page_size > budget:
            groups.append([])
            size = 0
        groups[-1].append(number)
        size += page_size
    files, names, chunk_of = {}, [], [0] * len(page_texts)
    for chunk, members in enumerate(groups):
        content = _json_bytes({"first": members[0], "pages": [page_texts[number] for number in members]})
        name = hashlib.sha256(content).hexdigest()[:12]
        files[f"{TEXT_DIR}/{name}.json"] = content
        names.append(name)
        for number in members:
            chunk_of[number] = chunk
    return files, names, chunk_of


def _json_bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
