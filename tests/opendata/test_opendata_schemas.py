"""The published export schemas: valid, self-contained, documented in Dutch, enums from the one scale definition."""

import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator

from leerpunt.catalogue import scales
from leerpunt.catalogue.vocabularies import niveau_labels, thema_labels
from leerpunt.opendata.bundle import published_schema, scale_labels
from leerpunt.opendata.exports import SCHEMAS

SCHEMA_DIR = resources.files("leerpunt.opendata").joinpath("schemas")
CATALOGUE_SCHEMA_DIR = resources.files("leerpunt.catalogue").joinpath("schemas")
PUBLISHED = {path: published_schema(name, f"https://leerpunt.example/{path}") for path, name in SCHEMAS.items()}


def nodes(node):
    """Every object in a schema, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from nodes(value)


@pytest.mark.parametrize("path", sorted(PUBLISHED))
def test_published_schema_is_a_valid_draft_2020_12_schema(path):
    Draft202012Validator.check_schema(PUBLISHED[path])
    assert PUBLISHED[path]["$id"] == f"https://leerpunt.example/{path}"


@pytest.mark.parametrize("path", sorted(PUBLISHED))
def test_published_schema_embeds_every_schema_it_refers_to(path):
    schema = PUBLISHED[path]
    referenced = {n["$ref"].split("#")[0] for n in nodes(schema) if "$ref" in n} - {""}
    assert referenced and all(_schema_file(name).is_file() for name in referenced), referenced
    for name in referenced:
        assert schema["$defs"][name]["$id"] == name


@pytest.mark.parametrize("name", sorted(p.name for p in SCHEMA_DIR.iterdir() if p.name.endswith(".schema.json")))
def test_every_field_of_the_export_schemas_has_a_dutch_title_and_description(name):
    schema = json.loads(SCHEMA_DIR.joinpath(name).read_text("utf-8"))
    for node in nodes(schema):
        for field, definition in node.get("properties", {}).items():
            documented = definition if "title" in definition else _shared(definition["$ref"])
            assert documented["title"].strip() and documented["description"].strip(), (name, field)


def _schema_file(name: str):
    """An export schema, or the catalogue schema an export schema refers to."""
    export = SCHEMA_DIR.joinpath(name)
    return export if export.is_file() else CATALOGUE_SCHEMA_DIR.joinpath(name)


def _shared(ref: str) -> dict:
    """The definition a `$ref` points to (file#/json/pointer)."""
    file_name, pointer = ref.split("#")
    node = json.loads(_schema_file(file_name).read_text("utf-8"))
    for part in pointer.strip("/").split("/"):
        node = node[part]
    return node


def test_label_enums_are_the_scale_labels():
    common = PUBLISHED["data/toolkit.schema.json"]["$defs"]["export-common.schema.json"]["$defs"]
    assert common["kosten-label"]["enum"] == [level.label for level in scales.kosten_levels()]
    assert common["bewijssterkte-label"]["enum"] == [level.label for level in scales.bewijssterkte_levels()]
    assert common["aanbevelingsniveau-label"]["enum"] == [level.label for level in scales.aanbeveling_levels()]
    impact = common["impact-label"]["enum"]
    assert impact == scale_labels("impact")
    assert set(impact) == {scales.impact_level(m).label for m in range(-12, 13)} | {scales.impact_level(None).label}
    assert len(impact) == len(set(impact))


def test_vocabularies_and_scales_are_embedded_not_copied_into_the_export_schemas():
    labels = [label for scale in ("impact", "kosten", "bewijssterkte", "aanbevelingsniveau")
              for label in scale_labels(scale)]
    for path in SCHEMA_DIR.iterdir():
        text = path.read_text("utf-8")
        for word in list(niveau_labels()) + list(thema_labels()) + list(niveau_labels().values()):
            assert f'"{word}"' not in text, (path.name, word)
        for label in labels:
            assert f'"{label}"' not in text, (path.name, label)
