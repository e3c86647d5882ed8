"""Counts that prose may name ("[[aantal:aanpakken]]"), computed from the catalogue, never typed.

Kinds: `aanpakken` (all approaches), `aanpakken:<toolkit>`, `toolkits`, `leidraden`,
`kennisagenda` (the themes of the knowledge agenda).
"""

from __future__ import annotations

import re

from .model import Catalogue

COUNT = re.compile(r"\[\[aantal:([^\]\s]+)\]\]")
KINDS = ("aanpakken", "aanpakken:<toolkit>", "toolkits", "leidraden", "kennisagenda")


def count(catalogue: Catalogue, key: str) -> int | None:
    """The number a count code stands for, or None for an unknown code."""
    kind, _, detail = key.partition(":")
    if kind == "aanpakken" and detail:
        toolkit = catalogue.toolkit(detail)
        return len(toolkit.aanpakken) if toolkit else None
    if detail:
        return None
    totals = {"aanpakken": len(catalogue.approaches), "toolkits": len(catalogue.toolkits),
              "leidraden": len(catalogue.guides),
              "kennisagenda": len(catalogue.kennisagenda.themas) if catalogue.kennisagenda else 0}
    return totals.get(kind)


def fill_counts(text: str, catalogue: Catalogue) -> str:
    """Text with every known count code replaced by its number (unknown codes stay as written)."""
    if "[[aantal:" not in text:
        return text
    return COUNT.sub(lambda m: str(value) if (value := count(catalogue, m.group(1))) is not None else m.group(0), text)
