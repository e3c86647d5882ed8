"""The catalogue of the build in progress, so every plugin reads the same one.

The collections plugin loads it once per build (MkDocs makes a new config object for each
build, also under `serve`); other plugins ask for it with the config they were given.
"""

from __future__ import annotations

from .model import Catalogue

_current: tuple[int, Catalogue] | None = None


def publish(config: object, catalogue: Catalogue) -> None:
    global _current
    _current = (id(config), catalogue)


def current(config: object) -> Catalogue:
    """The catalogue of this build; the collections plugin must run first."""
    if _current is None or _current[0] != id(config):
        raise LookupError("no catalogue for this build: list 'leerpunt-collections' first under plugins in mkdocs.yml")
    return _current[1]
