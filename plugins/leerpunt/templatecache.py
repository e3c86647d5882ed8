"""Compiled theme templates kept in memory across the rebuilds of one `mkdocs serve`.

MkDocs makes a new Jinja environment for every rebuild, so Material's templates are parsed
and compiled again after each save (about half a second on 2 cores). Jinja's bytecode cache
hook lets a later environment reuse the code; a template whose source changed has another
checksum and is compiled again.
"""

from __future__ import annotations

from types import CodeType

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class RememberedTemplates(BytecodeCache):
    """Jinja's bytecode cache, in memory: template key → (source checksum, compiled code)."""

    def __init__(self) -> None:
        self._compiled: dict[str, tuple[str, CodeType | None]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        checksum, code = self._compiled.get(bucket.key, (None, None))
        if checksum == bucket.checksum:
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = (bucket.checksum, bucket.code)
