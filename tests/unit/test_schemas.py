"""The JSON Schemas are valid, and vocabularies and scales are defined exactly once."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from leerpunt.catalogue import scales
from leerpunt.catalogue.schemas import SCHEMA_FILES, _validator, inlined, load_schema
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
    """The sentence is '<band> tegen <kosten> op basis van <bewijssterkte>.', every part read from
    scales.schema.json as written (so editors can reword a label without touching this test)."""
    definitions = load_schema("scales")["$defs"]
    band = {m: b["label"] for b in definitions["impact"]["x-bands"] for m in range(b["van"], b["tot"] + 1)}
    unknown = definitions["impact"]["x-unknown"]["label"]
    kosten = dict(zip(definitions["kosten"]["enum"], definitions["kosten"]["x-headline"]))
    bewijs = dict(zip(definitions["bewijssterkte"]["enum"], definitions["bewijssterkte"]["x-headline"]))
    for impact, k, b in ((6, 1, 4), (-3, 5, 2), (None, 1, 0), (0, 3, 3), (12, 2, 5)):
        effect = unknown if impact is None else band[impact]
        assert scales.headline(impact, k, b) == f"{effect} tegen {kosten[k]} op basis van {bewijs[b]}."


def test_vocabulary_ids_are_slugs():
    for value in list(niveau_labels()) + list(thema_labels()):
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", value)


def _with_registry(name: str) -> Draft202012Validator:
    """The schema as written, its $refs resolved by jsonschema's registry: the reference."""
    registry = Registry().with_resources(
        (f"{other}.schema.json", Resource.from_contents(load_schema(other))) for other in SCHEMA_FILES)
    return Draft202012Validator(load_schema(name), registry=registry)


def _findings(validator, document) -> list:
    """Per error what the Dutch message is made of (the rule, the value, the parts of the schema it reads)."""
    return sorted((list(e.absolute_path), e.validator, repr(e.validator_value), e.message,
                   repr([sorted(e.schema.get("properties", {}))] +
                        [e.schema.get(key) for key in ("enumDescriptions", "minimum", "maximum", "description")]))
                  for e in validator.iter_errors(document))


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_inlined_refs_leave_no_ref_behind(name):
    assert '"$ref"' not in json.dumps(inlined(load_schema(name), f"{name}.schema.json"))


@pytest.mark.parametrize("name", ["aanpak", "leidraad", "toolkit", "kennisagenda", "pagina"])
@settings(max_examples=150, deadline=None)
@given(document=st.recursive(
    st.none() | st.booleans() | st.integers(-3, 30) | st.text(max_size=8) |
    st.sampled_from(["kleuter", "lager", "taal-en-lezen", "2025-05-01", "sterk", "matig", "https://x.org/"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(
        ["titel", "impact", "kosten", "bewijssterkte", "niveaus", "themas", "samenvatting", "bron", "datum",
         "kaart", "vraag", "antwoord", "historiek", "status", "aanbevelingen", "geverifieerd", "slug", "x"]),
        inner, max_size=6), max_leaves=12))
def test_the_inlined_schema_finds_what_the_registry_finds(name, document):
    """Same errors (path, rule, message and the parts of the schema the Dutch message reads) for any document."""
    assert _findings(_validator(name), document) == _findings(_with_registry(name), document)
