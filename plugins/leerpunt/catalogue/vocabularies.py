"""The controlled vocabularies (niveaus, themas, and the small enums of the other collections), read
from their one definition in the schemas."""

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


@cache
def enum_labels(schema: str, *path: str) -> dict[str, str]:
    """Value → Dutch label of an enum in a schema, e.g. enum_labels("project", "soort")."""
    node = load_schema(schema)
    for key in path:
        node = node["properties"][key] if "properties" in node else node["items"]["properties"][key]
    node = node.get("items", node) if "enum" not in node else node
    return dict(zip(node["enum"], node["enumDescriptions"]))
