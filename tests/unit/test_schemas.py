"""The JSON Schemas are valid, and vocabularies and scales are defined exactly once."""

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from leerpunt.catalogue import scales
from leerpunt.catalogue.schemas import SCHEMA_FILES, load_schema
from leerpunt.catalogue.vocabularies import niveau_labels, thema_labels

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "plugins" / "leerpunt" / "catalogue" / "schemas"


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_schema_is_valid_json_schema(name):
    Draft202012Validator.check_schema(load_schema(name))


def test_every_schema_file_is_known():
    assert sorted(p.name.removesuffix(".schema.json") for p in SCHEMA_DIR.glob("*.schema.json")) == sorted(SCHEMA_FILES)


def enum_defs(node):
    """Every (enum, labels) pair that carries Dutch labels, anywhere in a schema."""
    if isinstance(node, dict):
        if "enum" in node and "enumDescriptions" in node:
            yield node["enum"], node["enumDescriptions"]
        for value in node.values():
            yield from enum_defs(value)
    elif isinstance(node, list):
        for value in node:
            yield from enum_defs(value)


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_every_enum_has_one_label_per_value(name):
    for values, labels in enum_defs(load_schema(name)):
        assert len(values) == len(labels) == len(set(values))


def test_niveaus_and_themas_are_defined_only_in_the_vocabulary_schema():
    assert list(niveau_labels()) == ["kleuter", "lager", "secundair", "buitengewoon"]
    assert len(thema_labels()) == 14
    for path in SCHEMA_DIR.glob("*.schema.json"):
        if path.name == "vocabularies.schema.json":
            continue
        text = path.read_text("utf-8")
        assert '"buitengewoon"' not in text and '"taal-en-lezen"' not in text, path


def test_impact_bands_cover_every_month_once():
    bands = load_schema("scales")["$defs"]["impact"]["x-bands"]
    covered = [m for band in bands for m in range(band["van"], band["tot"] + 1)]
    assert covered == list(range(-12, 13))


def test_headline_sentence_comes_from_the_scale_labels():
    assert scales.headline(6, 1, 4) == "Zeer groot effect tegen zeer lage kosten op basis van uitgebreid bewijs."
    assert scales.headline(-3, 5, 2) == "Negatief effect tegen zeer hoge kosten op basis van beperkt bewijs."
    assert scales.headline(None, 1, 0) == "Effect niet te bepalen tegen zeer lage kosten op basis van onvoldoende bewijs."


def test_vocabulary_ids_are_slugs():
    for value in list(niveau_labels()) + list(thema_labels()):
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", value)
