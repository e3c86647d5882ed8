"""Small typographic care for plain texts on paper: Dutch quotes, and web addresses that break after '/'.

Markdown bodies get their quotes from Python-Markdown's smarty extension; texts that never pass
through Markdown (titles, card questions, summaries) get the same quotes here.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# A quote that opens: at the start, or after a space, an opening bracket or a dash.
_OPENS = r"(^|(?<=[\s(\[{–—/]))"


def dutch_quotes(text: str) -> str:
    """“Dubbele” and ‘enkele’ quotes and the apostrophe ’ (zo’n, collega’s) instead of straight ones."""
    text = re.sub(_OPENS + '"', "\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(_OPENS + "'", "\u2018", text)
    return text.replace("'", "\u2019")


LONGEST_WHOLE = 40  # characters: a longer part may still break at its hyphens rather than stick out


def breakable_url(url: str) -> Markup:
    """A web address that may wrap only after a '/': each part between slashes stays whole."""
    parts = url.split("/")
    pieces = [part + "/" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return Markup("<wbr>".join(f'<span class="nowrap">{escape(piece)}</span>' if len(piece) <= LONGEST_WHOLE
                               else str(escape(piece)) for piece in pieces))
