"""Finished HTML that Markdown need not read: held out before Markdown runs, put back after it.

Generated pages carry large pieces of finished HTML (figure tiles, the explorer table, the
chart, rows of badges). Python-Markdown and MkDocs each read all raw HTML of a page with
html.parser, which costs more than the rest of the page. Page builders wrap such HTML in
finished(); the collections plugin swaps each piece for a short comment before Markdown
runs (hold) and swaps it back in the HTML (restore). Left alone (without the plugin), the
wrapped HTML is the same HTML between two comments.
"""

from __future__ import annotations

import re

START, END = "<!--lp-af-->", "<!--/lp-af-->"
_WRAPPED = re.compile(re.escape(START) + "(.*?)" + re.escape(END), re.S)
_HELD = re.compile(r"<!--lp-af:(\d+)-->")
# Generated HTML writes attributes with double quotes (html.escape); MkDocs checks links to these ids.
_ID = re.compile(r"""<[a-zA-Z][^>]*?\sid="([^"]*)\"""")


def finished(html: str) -> str:
    """Mark HTML that needs no Markdown processing (no Markdown inside, no headings for the table of contents)."""
    return START + html + END


def hold(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with each finished piece replaced by a numbered comment, and the pieces."""
    if START not in markdown:
        return markdown, []
    held: list[str] = []

    def swap(match: re.Match) -> str:
        held.append(match.group(1))
        return f"<!--lp-af:{len(held) - 1}-->"

    return _WRAPPED.sub(swap, markdown), held


def restore(html: str, held: list[str]) -> str:
    """The pieces back in place of their comments (a comment with another number is left as it is)."""
    if not held:
        return html
    return _HELD.sub(lambda m: held[int(m.group(1))] if int(m.group(1)) < len(held) else m.group(0), html)


def anchor_ids(held: list[str]) -> set[str]:
    """The ids in the pieces: MkDocs looks for link anchors in the HTML it read, which these were not."""
    return {found for piece in held for found in _ID.findall(piece)}
