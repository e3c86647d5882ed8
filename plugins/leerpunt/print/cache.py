"""Content-addressed PDF cache: a PDF is made again only when one of its inputs changed.

The key is computed from a recipe without rendering anything: the recipe's arguments by value
(catalogue objects, addresses, stamp), the files it may embed, the font files, the versions of
the packages that lay out and write a PDF, Pango's, and the code and data of this whole Python
package (templates, scales, interface texts, vocabularies: anything the HTML can be made from).
Nothing in the key depends on where the project is checked out, so a CI cache of the folder
stays valid between runs.

Each site address gets its own subfolder (QR codes point to the address): `mkdocs serve` (the
local address) and `mkdocs build` (the published one) keep their PDFs side by side, and pruning
after a build only forgets PDFs of the same address.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import time
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from ..buildcache import write_atomically
from .fonts import fonts_fingerprint
from .jobs import Recipe

# Written when the print set changed in the background under `mkdocs serve` (not a PDF: prune keeps it).
CHANGED_MARKER = "gewijzigd"
PACKAGES = ("weasyprint", "pydyf", "fonttools", "tinycss2", "cssselect2", "tinyhtml5", "pillow", "segno",
            "Jinja2", "Markdown", "pymdown-extensions", "mkdocs-material", "leerpunt-site")
CODE_SUFFIXES = (".py", ".css", ".j2", ".json", ".yml", ".yaml", ".txt", ".js", ".html", ".svg")


@dataclass(frozen=True)
class Entry:
    """A cached PDF and what the download links say about it."""

    path: Path
    pages: int
    size: int


@cache
def environment_fingerprint() -> str:
    """Package versions, Pango (it shapes the text), fonts and every file of this package."""
    digest = hashlib.sha256()
    for name in PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=-\n".encode())
    digest.update(f"pango={_pango_version()}\n".encode())
    digest.update(fonts_fingerprint().encode())
    for name, data in sorted(_files(resources.files("leerpunt"))):
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _pango_version() -> str:
    """Pango shapes the text WeasyPrint lays out; read its version without importing WeasyPrint."""
    name = ctypes.util.find_library("pango-1.0")
    try:
        return str(ctypes.CDLL(name).pango_version()) if name else "-"
    except (OSError, AttributeError):
        return "-"


def _files(folder, prefix: str = ""):
    for entry in folder.iterdir():
        if entry.name == "__pycache__" or entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _files(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith(CODE_SUFFIXES):
            yield f"{prefix}{entry.name}", entry.read_bytes()


def address_folder(site_url: str) -> str:
    """The subfolder of one site address: readable and unique ('leerpunt.example-1f2e3d4c')."""
    readable = "".join(c if c.isalnum() or c in ".-" else "-" for c in site_url.split("://", 1)[-1]).strip("-")
    return f"{readable[:40]}-{hashlib.sha256(site_url.encode()).hexdigest()[:8]}"


class Cache:
    """PDFs under `folder`, named by the hash of their recipe, with their page count beside them."""

    def __init__(self, folder: Path, root: Path | None = None):
        self.folder = folder
        self.root = root or Path.cwd()  # the project folder: recipes name their inputs relative to it

    def key(self, recipe: Recipe) -> str:
        digest = hashlib.sha256(environment_fingerprint().encode())
        digest.update(recipe.key_text().encode("utf-8"))
        for name in recipe.inputs:
            path = self.root / name
            digest.update(b"\0" + name.encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"(missing)")
        return digest.hexdigest()

    def get(self, key: str) -> Entry | None:
        pdf, meta = self._paths(key)
        try:
            pages = json.loads(meta.read_text("utf-8"))["pages"]
            return Entry(pdf, pages, pdf.stat().st_size)
        except (OSError, ValueError, KeyError):
            return None

    def put(self, key: str, pdf_bytes: bytes, pages: int) -> Entry:
        pdf, meta = self._paths(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(pdf, pdf_bytes)
        write_atomically(meta, json.dumps({"pages": pages}).encode())  # written last: marks the entry complete
        return Entry(pdf, pages, len(pdf_bytes))

    def mark_changed(self) -> None:
        """Touch a marker file: `mkdocs serve` watches this folder and rebuilds."""
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.folder / CHANGED_MARKER, str(time.time_ns()).encode())

    def prune(self, keep: set[str]) -> None:
        """Forget PDFs this build no longer uses, so an edited site does not pile up old files."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.suffix in (".pdf", ".json") and path.stem not in keep:
                path.unlink(missing_ok=True)

    def _paths(self, key: str) -> tuple[Path, Path]:
        return self.folder / f"{key}.pdf", self.folder / f"{key}.json"
