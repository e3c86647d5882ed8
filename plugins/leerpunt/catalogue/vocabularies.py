"""The controlled vocabularies (niveaus, themas), read from their one definition in the schemas."""

from __future__ import annotations

from functools import cache

from .schemas import load_schema


@cache
def _labels(name: str) -> dict[str, str]:
    definition = load_schema("vocabularies")["$defs"][name]
    return dict(zip(definition["enum"], definition["enumDescriptions"]))


def niveau_labels() -> dict[str, str]:
    """Niveau id → Dutch label, in the defined order."""
    return _labels("niveau")


def thema_labels() -> dict[str, str]:
    """Thema id → Dutch label, in the defined order."""
    return _labels("thema")
