"""The export schemas as published: one self-contained file each, with enums from the one scale definition.

The schema files in schemas/ refer to the site's content schemas (scales, vocabularies) and to
export-common.schema.json instead of repeating them. Publishing bundles them the JSON Schema
2020-12 way: every referenced schema is embedded under `$defs`, keyed by and carrying its own
`$id`, so the `$ref`s resolve inside the one downloaded file. A definition marked
`"x-labels-of": "<scale>"` gets that scale's labels as its `enum`, so no label is written here.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources

from ..catalogue import scales
from ..catalogue.schemas import load_schema


@cache
def export_schema(file_name: str) -> dict:
    """A schema of this package as written (e.g. 'toolkit-export.schema.json')."""
    return json.loads(resources.files(__package__).joinpath("schemas", file_name).read_text("utf-8"))


def _referenced_schema(file_name: str) -> dict:
    if resources.files(__package__).joinpath("schemas", file_name).is_file():
        return export_schema(file_name)
    return load_schema(file_name.removesuffix(".schema.json"))


def published_schema(file_name: str, schema_url: str) -> dict:
    """The schema `file_name` as published at `schema_url`: self-contained, label enums filled in."""
    bundle = copy.deepcopy(export_schema(file_name))
    bundle["$id"] = schema_url
    definitions = bundle.setdefault("$defs", {})
    pending = _external_files(bundle)
    while pending:
        name = min(pending)  # a fixed order: set order depends on PYTHONHASHSEED
        pending.remove(name)
        if name in definitions:
            continue
        definitions[name] = copy.deepcopy(_referenced_schema(name))
        pending |= _external_files(definitions[name])
    _fill_label_enums(bundle)
    return bundle


def _external_files(node) -> set[str]:
    """File names that `$ref`s point to (the part before '#'), anywhere in a schema."""
    if isinstance(node, dict):
        found = {node["$ref"].split("#")[0]} if isinstance(node.get("$ref"), str) else set()
        for value in node.values():
            found |= _external_files(value)
        return found - {""}
    if isinstance(node, list):
        return set().union(*(_external_files(value) for value in node)) if node else set()
    return set()


def _fill_label_enums(node) -> None:
    if isinstance(node, dict):
        if "x-labels-of" in node:
            node["enum"] = scale_labels(node["x-labels-of"])
        for value in node.values():
            _fill_label_enums(value)
    elif isinstance(node, list):
        for value in node:
            _fill_label_enums(value)


def scale_labels(name: str) -> list[str]:
    """Every label a scale can show, in scale order ('impact', 'kosten', 'bewijssterkte', 'aanbevelingsniveau')."""
    levels: list[scales.Level[object]]
    if name == "impact":
        impact = load_schema("scales")["$defs"]["impact"]
        levels = [scales.impact_level(m) for m in range(impact["minimum"], impact["maximum"] + 1)]
        levels.append(scales.impact_level(None))
    else:
        levels = list({"kosten": scales.kosten_levels, "bewijssterkte": scales.bewijssterkte_levels,
                       "aanbevelingsniveau": scales.aanbeveling_levels}[name]())
    return list(dict.fromkeys(level.label for level in levels))
