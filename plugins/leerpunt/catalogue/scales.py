"""The scales (impact, kosten, bewijssterkte, aanbevelingsniveau) with their Dutch labels.

Everything is read from scales.schema.json, the one definition that also constrains the
sources; no label is written anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from .schemas import load_schema

V = TypeVar("V", covariant=True)  # a Level is frozen: a Level[int] is a Level[object]


@dataclass(frozen=True)
class Level(Generic[V]):
    """One step of a scale: its value, its label and a sentence that explains it."""

    value: V
    label: str
    description: str
    headline: str = ""


def _definition(name: str) -> dict:
    return load_schema("scales")["$defs"][name]


@cache
def impact_level(months: int | None) -> Level[int | None]:
    """The band (label and explanation) an impact in months falls in."""
    definition = _definition("impact")
    if months is None:
        unknown = definition["x-unknown"]
        return Level(None, unknown["label"], unknown["beschrijving"], unknown["label"].lower())
    for band in definition["x-bands"]:
        if band["van"] <= months <= band["tot"]:
            return Level(months, band["label"], band["beschrijving"], band["label"].lower())
    raise ValueError(f"impact {months} falls outside every band of scales.schema.json")


@cache
def _enum_levels(name: str) -> tuple[Level[Any], ...]:
    definition = _definition(name)
    headlines = definition.get("x-headline", definition["x-labels"])
    return tuple(
        Level(value, label, description, headline)
        for value, label, description, headline in zip(
            definition["enum"], definition["x-labels"], definition["enumDescriptions"], headlines
        )
    )


@cache
def kosten_levels() -> tuple[Level[int], ...]:
    return _enum_levels("kosten")


@cache
def bewijssterkte_levels() -> tuple[Level[int], ...]:
    return _enum_levels("bewijssterkte")


@cache
def aanbeveling_levels() -> tuple[Level[str], ...]:
    return _enum_levels("aanbevelingsniveau")


def kosten_level(value: int) -> Level[int]:
    return level("kosten", value)


def bewijssterkte_level(value: int) -> Level[int]:
    return level("bewijssterkte", value)


def aanbeveling_level(value: str) -> Level[str]:
    return level("aanbevelingsniveau", value)


def level(scale: str, value) -> Level[Any]:
    """The step of a scale ('kosten', 'bewijssterkte', 'aanbevelingsniveau') or the impact band of a value."""
    if scale == "impact":
        return impact_level(value)
    return next(step for step in _enum_levels(scale) if step.value == value)


def scale_values(name: str) -> tuple:
    """Every value a scale allows, in order (impact: its whole range of months)."""
    definition = _definition(name)
    if "enum" in definition:
        return tuple(definition["enum"])
    return tuple(range(definition["minimum"], definition["maximum"] + 1))


def scale_maximum(name: str) -> int:
    """The top of a numeric scale (5 for kosten and bewijssterkte)."""
    return max(scale_values(name))


def scale_title(name: str) -> str:
    """The Dutch name of a scale ('Kosten', 'Bewijssterkte', …)."""
    return _definition(name)["title"]


def scale_description(name: str) -> str:
    """What a scale measures, for readers, in one or two sentences (the tile's definition).
    `x-uitleg` holds it where the schema's description speaks to editors instead."""
    definition = _definition(name)
    return definition.get("x-uitleg", definition["description"])


def headline(impact: int | None, kosten: int, bewijssterkte: int) -> str:
    """The headline sentence: '<effect> tegen <kosten> op basis van <bewijs>.'"""
    effect = impact_level(impact).label
    return (f"{effect} tegen {kosten_level(kosten).headline} "
            f"op basis van {bewijssterkte_level(bewijssterkte).headline}.")
