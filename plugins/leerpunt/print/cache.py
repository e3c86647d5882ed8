"""Content-addressed PDF cache: a PDF is made again only when one of its inputs changed.

The key hashes everything that can change the bytes of a PDF: its HTML (content, templates and
CSS are all in it, QR codes and stamp included), the files it embeds, the font files, the
versions of the packages that lay out and write it, and this package's own code.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import os
import time
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from .fonts import fonts_fingerprint
from .jobs import Job

# Written when the print set changed in the background under `mkdocs serve` (not a PDF: prune keeps it).
CHANGED_MARKER = "gewijzigd"
PACKAGES = ("weasyprint", "pydyf", "fonttools", "tinycss2", "cssselect2", "tinyhtml5", "pillow", "segno",
            "Jinja2", "Markdown", "pymdown-extensions", "leerpunt-site")


@dataclass(frozen=True)
class Entry:
    """A cached PDF and what the download links say about it."""

    path: Path
    pages: int
    size: int


@cache
def environment_fingerprint() -> str:
    """Package versions, Pango (it shapes the text), fonts and this package's files."""
    digest = hashlib.sha256()
    for name in PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=-\n".encode())
    digest.update(f"pango={_pango_version()}\n".encode())
    digest.update(fonts_fingerprint().encode())
    package = resources.files("leerpunt.print")
    for path in sorted(_files(package), key=lambda p: p[0]):
        digest.update(path[0].encode() + b"\0" + path[1])
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
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            yield from _files(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith((".py", ".css", ".j2")):
            yield f"{prefix}{entry.name}", entry.read_bytes()


class Cache:
    """PDFs under `folder`, named by the hash of their inputs, with their page count beside them."""

    def __init__(self, folder: Path):
        self.folder = folder

    def key(self, job: Job) -> str:
        digest = hashlib.sha256(environment_fingerprint().encode())
        digest.update(repr((job.filename, job.bleed_mm, job.one_page, job.source, job.line, job.what)).encode())
        digest.update(job.html.encode("utf-8"))
        for name in job.inputs:
            path = Path(name)
            digest.update(name.encode() + (path.read_bytes() if path.is_file() else b"(missing)"))
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
        _write_atomically(pdf, pdf_bytes)
        _write_atomically(meta, json.dumps({"pages": pages}).encode())  # written last: marks the entry complete
        return Entry(pdf, pages, len(pdf_bytes))

    def mark_changed(self) -> None:
        """Touch a marker file: `mkdocs serve` watches this folder and rebuilds."""
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.folder / CHANGED_MARKER, str(time.time_ns()).encode())

    def prune(self, keep: set[str]) -> None:
        """Forget PDFs this build no longer uses, so an edited site does not pile up old files."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.suffix in (".pdf", ".json") and path.stem not in keep:
                path.unlink(missing_ok=True)

    def _paths(self, key: str) -> tuple[Path, Path]:
        return self.folder / f"{key}.pdf", self.folder / f"{key}.json"


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
