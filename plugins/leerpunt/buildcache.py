"""What one build made that the next one can reuse, in .cache/leerpunt-build/ next to mkdocs.yml.

Every entry is found by a digest of everything it was made from (its input and a version of the
code and libraries that made it), so an entry that is found is right for this build and a changed
input simply finds nothing: there are no rules for when to throw something away. Each store keeps
what the last build used and drops the rest, so the folder stays the size of one site. Deleting
the folder is always safe (`make clean` does); CI keeps it between runs like the PDF cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

FOLDER = ".cache/leerpunt-build"


def cache_folder(project_root: Path) -> Path:
    return project_root / FOLDER


def digest(*parts: str | bytes) -> str:
    """A short name for the inputs (sha256, 32 hex digits)."""
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(part.encode("utf-8") if isinstance(part, str) else part)
        hashed.update(b"\0")
    return hashed.hexdigest()[:32]


class TextStore:
    """digest → text, in one JSON file: read once, written back with only the entries a build used.

    Under `mkdocs serve` the store lives on between rebuilds, so it also saves the work in memory.
    """

    def __init__(self, path: Path, version: str) -> None:
        self.path, self.version = path, version
        self.entries: dict[str, str] = _read(path, version)
        self.used: set[str] = set()

    def get(self, key: str) -> str | None:
        found = self.entries.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key: str, text: str) -> None:
        self.entries[key] = text
        self.used.add(key)

    def save(self) -> None:
        """Write what this build used (and forget the rest); the next build starts counting again."""
        self.entries = {key: self.entries[key] for key in sorted(self.used) if key in self.entries}
        self.used = set()
        write_atomically(self.path, json.dumps({"version": self.version, "entries": self.entries},
                                               ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _read(path: Path, version: str) -> dict[str, str]:
    """The entries of a store written by the same code version; anything unreadable counts as empty."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != version or not isinstance(data.get("entries"), dict):
        return {}
    return {k: v for k, v in data["entries"].items() if isinstance(v, str)}


def write_atomically(path: Path, content: bytes) -> None:
    """Write through a temporary file in the same folder: a build that stops halfway leaves the old file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.chmod(temporary, 0o644)  # as an ordinary file (mkstemp makes it private)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
