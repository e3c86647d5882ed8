"""QR codes (segno) as inline SVG, so they stay sharp at any print size and add no image files."""

from __future__ import annotations

from functools import cache

import segno

INK = "#12424b"


@cache  # choosing the best mask is slow, and one URL is on every card of its deck, in both variants
def qr_svg(url: str) -> str:
    """An SVG QR code for `url` with its quiet zone, error correction M (survives a smudge)."""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=1, border=4, dark=INK, light="#ffffff", omitsize=True, svgclass="qr")
    return svg.replace("<svg ", '<svg role="img" aria-label="QR-code naar de webpagina" ', 1)
