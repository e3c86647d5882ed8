"""JSON Schema validation that reports problems as ContentErrors in plain Dutch.

The schema files in schemas/ are the truth for the content model; this module only loads them
and translates jsonschema's findings into file, line, field, expected and found.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .errors import ContentError, describe_value
from .yamlsource import Parsed

SCHEMA_FILES = ("vocabularies", "scales", "toolkit", "aanpak", "leidraad", "kennisagenda", "pagina",
                "project", "begrippen", "materialen", "themas", "redirects")

_TYPE_NAMES = {
    "string": "een tekst", "integer": "een geheel getal", "number": "een getal",
    "boolean": "true of false", "array": "een lijst", "object": "een groep velden", "null": "leeg",
}


@cache
def load_schema(name: str) -> dict:
    """One of the package's JSON Schemas, by short name (e.g. 'aanpak')."""
    text = resources.files("leerpunt.catalogue").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator(name: str) -> Draft202012Validator:
    # With every $ref replaced by what it points to: jsonschema looks a $ref up in its registry
    # each time it meets one, which made validation three times slower (bench, 1,000 approaches).
    return Draft202012Validator(inlined(load_schema(name), f"{name}.schema.json"))


def inlined(node, schema_file: str, expanding: tuple = ()):
    """`node` with each {"$ref": "file#/pointer"} replaced by its target; siblings of a $ref stay
    next to it, as in JSON Schema 2020-12 (both apply), through allOf."""
    if isinstance(node, list):
        return [inlined(item, schema_file, expanding) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" not in node:
        return {key: inlined(value, schema_file, expanding) for key, value in node.items()}
    file, _, pointer = node["$ref"].partition("#")
    file = file or schema_file
    if (file, pointer) in expanding:
        raise ValueError(f"{schema_file}: recursive $ref {node['$ref']} cannot be inlined")
    target = load_schema(file.removesuffix(".schema.json"))
    for part in filter(None, pointer.split("/")):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    resolved = inlined(target, file, expanding + ((file, pointer),))
    siblings = {key: inlined(value, schema_file, expanding) for key, value in node.items() if key != "$ref"}
    return {"allOf": [resolved], **siblings} if siblings else resolved


def validate(parsed: Parsed, schema_name: str, shown_as: str) -> list[ContentError]:
    """All schema problems of a parsed document, one ContentError each, in line order."""
    errors: list[ContentError] = []
    for error in _validator(schema_name).iter_errors(parsed.data):
        errors.extend(_translate(error, parsed, shown_as))
    return sorted(set(_without_echoes(errors)))


def _without_echoes(errors: list[ContentError]) -> list[ContentError]:
    """A misspelled field also makes the real one 'missing': report the misspelling only, whose
    message already names the field that was meant."""
    meant = {(e.field.rpartition(".")[0], e.expected.split("(bedoel je '")[1].split("'")[0])
             for e in errors if "(bedoel je '" in e.expected}
    return [e for e in errors
            if not (e.found == "het veld ontbreekt" and tuple(e.field.rpartition(".")[::2]) in meant)]


def field_name(path) -> str:
    """'kaart.vraag' or 'historiek[1].datum' for a field path."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _translate(error: ValidationError, parsed: Parsed, shown_as: str) -> list[ContentError]:
    path = tuple(error.absolute_path)
    line = parsed.line_of(path)
    kind = error.validator
    rule: Any = error.validator_value  # the schema's value for this keyword: any JSON
    instance: Any = error.instance  # the editor's value that broke it: any JSON
    schema = error.schema if isinstance(error.schema, Mapping) else {}  # not a `false` subschema

    def at(expected: str, found: str, where=path, line=line, hint: str = "") -> ContentError:
        return ContentError(shown_as, line, field_name(where), expected, found, hint)

    if kind == "required":
        missing = error.message.split("'")[1]
        return [at("dit verplichte veld", "het veld ontbreekt", path + (missing,),
                   hint=f"Voeg '{missing}:' toe; de uitleg van elk veld staat in CONTRIBUTING.md.")]
    if kind == "additionalProperties":
        known = sorted(schema.get("properties", {}))
        unknown = [key for key in instance if key not in known]
        return [at(_known_fields(key, known), f"onbekend veld '{key}'", path + (key,), parsed.line_of(path + (key,)),
                   hint="Controleer de spelling van de veldnaam, of verwijder het veld.")
                for key in unknown]
    if kind == "type":
        wanted = [rule] if isinstance(rule, str) else rule
        hint = ("Schrijf een lijst tussen vierkante haken, bv. [lager, secundair], of elk element op een eigen "
                "regel na '- '." if "array" in wanted else "")
        return [at(" of ".join(_TYPE_NAMES[t] for t in wanted), describe_value(instance), hint=hint)]
    if kind == "enum":
        labels = schema.get("enumDescriptions")
        options = [f"{value} ({label})" if labels else str(value) for value, label in zip(rule, labels or rule)]
        return [at("een van: " + ", ".join(options), describe_value(instance),
                   hint="Gebruik precies een van de toegelaten waarden (zonder hoofdletters of spaties).")]
    if kind in ("minimum", "maximum"):
        return [at(_range_text(schema.get("minimum"), schema.get("maximum")), describe_value(instance))]
    if kind == "pattern" and "propertyNames" in error.schema_path:  # a field name: the key's own line
        key = path + (instance,)
        return [at(schema.get("description", "een geldige naam").rstrip(".").lower(), describe_value(instance),
                   key, parsed.line_of(key))]
    if kind == "pattern":
        return [at(schema.get("description", "een geldige waarde").rstrip(".").lower(), describe_value(instance))]
    if kind == "minLength":
        return [at("een niet-lege tekst", "een lege tekst")]
    if kind == "maxLength":
        return [at(f"hoogstens {rule} tekens", f"{len(instance)} tekens")]
    if kind == "minItems":
        return [at(f"een lijst met minstens {rule} element{'en' if rule != 1 else ''}", describe_value(instance))]
    if kind == "uniqueItems":
        return [at("een lijst zonder dubbels", "een waarde die twee keer voorkomt")]
    return [at(schema.get("description", "een geldige waarde"), error.message)]


def _known_fields(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f" (bedoel je '{close[0]}'?)" if close else ""
    return "een van de velden " + ", ".join(known) + hint


def _range_text(low, high) -> str:
    if high is None:
        return f"een getal vanaf {low}"
    if low is None:
        return f"een getal tot en met {high}"
    return f"een getal van {low} tot en met {high}"
