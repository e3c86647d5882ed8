"""Card images made once: a PNG is drawn again only when its text, the fonts, Pillow or the drawing code changed
(the same idea as the PDF cache's keys, print/cache.py)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from ..buildcache import write_atomically
from ..print.fonts import fonts_fingerprint
from .card_image import card_png
from .social import SocialCard


@cache
def drawing_fingerprint() -> str:
    """Pillow's version, the font files and the code that lays out and draws a card."""
    digest = hashlib.sha256(f"pillow={metadata.version('pillow')}\n{fonts_fingerprint()}\n".encode())
    for name in ("card_image.py", "image_cache.py"):
        digest.update(resources.files("leerpunt.theme").joinpath(name).read_bytes())
    return digest.hexdigest()


def card_key(card: SocialCard) -> str:
    text = json.dumps(asdict(card), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((drawing_fingerprint() + "\n" + text).encode()).hexdigest()[:32]


class ImageCache:
    """A folder of PNGs named by their key; `made` and `reused` count this build's cards."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.made = self.reused = 0

    def png(self, card: SocialCard) -> bytes:
        path = self.folder / f"{card_key(card)}.png"
        if path.is_file():
            self.reused += 1
            return path.read_bytes()
        data = card_png(card)
        write_atomically(path, data)  # a half-written PNG is never taken for a cached one
        self.made += 1
        return data

    def prune(self, keep: set[str]) -> None:
        """Forget the PNGs no page uses any more."""
        for path in self.folder.glob("*.png") if self.folder.is_dir() else ():
            if path.stem not in keep:
                path.unlink(missing_ok=True)
