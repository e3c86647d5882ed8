"""`scripts/reference`: the front-matter reference in CONTRIBUTING.md, generated from the schemas.

`scripts/reference` rewrites the part between the markers; `scripts/reference --check` fails
when it is out of date (a test runs that check).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..catalogue.schemas import load_schema
from .cli import Parser

BEGIN = "<!-- BEGIN veldenreferentie: gegenereerd door scripts/reference, niet met de hand aanpassen -->"
END = "<!-- EINDE veldenreferentie -->"

DOCUMENTS = (
    ("aanpak", "Aanpak", "`toolkits/<toolkit>/<korte-naam>.md`"),
    ("leidraad", "Leidraad", "`leidraden/<korte-naam>/index.md`"),
    ("toolkit", "Toolkit", "`toolkits/<toolkit>/toolkit.yml`"),
    ("kennisagenda", "Kennisagenda", "`content/kennisagenda/kennisagenda.yml`"),
    ("pagina", "Vrije pagina met reflectiekaarten", "een pagina in `content/`, zoals het model"),
    ("project", "Project", "`projecten/<korte-naam>.yml`"),
    ("begrippen", "Begrippenlijst", "`content/begrippen/begrippen.yml`"),
    ("materialen", "Materialen", "`content/materialen/materialen.yml`"),
    ("themas", "Inleidingen bij de thema's", "`content/themas/themas.yml`"),
)
_TYPES = {"string": "tekst", "integer": "geheel getal", "boolean": "true/false", "array": "lijst",
          "object": "groep velden", "null": "leeg"}


def _resolve(node: dict, current: str) -> tuple[dict, str]:
    """Follow $ref (to another schema file or inside one); keep the outer title/description."""
    while "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        schema_name = target.removesuffix(".schema.json") if target else current
        resolved = load_schema(schema_name)
        for part in pointer.strip("/").split("/") if pointer else []:
            resolved = resolved[part]
        node = {**resolved, **{k: v for k, v in node.items() if k != "$ref"}}
        current = schema_name
    return node, current


def _kind(node: dict) -> str:
    declared = node.get("type", "string" if "enum" in node else "")
    kinds: list[str] = declared if isinstance(declared, list) else [declared]
    return " of ".join(_TYPES.get(k, k) for k in kinds if k)


def _allowed(node: dict) -> str:
    if "enum" in node:
        labels = node.get("enumDescriptions")
        values = [f"`{v}` ({label})" if labels else f"`{v}`" for v, label in zip(node["enum"], labels or node["enum"])]
        return "Toegelaten: " + ", ".join(values) + "."
    parts = []
    if "minimum" in node and "maximum" in node:
        parts.append(f"Van {node['minimum']} tot en met {node['maximum']}.")
    elif "minimum" in node:
        parts.append(f"Minstens {node['minimum']}.")
    if "maxLength" in node:
        parts.append(f"Hoogstens {node['maxLength']} tekens.")
    return " ".join(parts)


def _rows(schema: dict, current: str, prefix: str = "") -> list[str]:
    rows = []
    required = set(schema.get("required", []))
    for name, raw in schema.get("properties", {}).items():
        node, where = _resolve(raw, current)
        items = None
        if node.get("type") == "array" and "items" in node:
            items, items_where = _resolve(node["items"], where)
        meaning = " ".join(filter(None, [node.get("title", ""), "–", node.get("description", ""), _allowed(node)]))
        if items is not None and items.get("type") != "object":
            meaning += " Elk element: " + (_allowed(items) or items.get("description", _kind(items)))
        meaning = meaning.replace(" – ", ": ", 1).strip(" –:")
        rows.append(f"| `{prefix}{name}` | {'ja' if name in required else 'nee'} | {_kind(node)} | {meaning} |")
        if node.get("type") == "object":
            rows += _rows(node, where, f"{prefix}{name}.")
        elif items is not None and items.get("type") == "object":
            rows += _rows(items, items_where, f"{prefix}{name}[].")
    return rows


def reference() -> str:
    parts = ["Deze referentie komt rechtstreeks uit de JSON Schemas in `plugins/leerpunt/catalogue/schemas/`.", ""]
    for name, title, where in DOCUMENTS:
        schema = load_schema(name)
        parts += [f"### {title}", "", f"Bestand: {where}. {schema.get('description', '')}", "",
                  "| Veld | Verplicht | Soort | Betekenis |", "|---|---|---|---|", *_rows(schema, name), ""]
    vocab = load_schema("vocabularies")["$defs"]
    for key, title in (("niveau", "Onderwijsniveaus (`niveaus`)"), ("thema", "Thema's (`themas`)")):
        parts += [f"### {title}", "", "| Waarde | Betekenis |", "|---|---|",
                  *(f"| `{v}` | {label} |" for v, label in zip(vocab[key]["enum"], vocab[key]["enumDescriptions"])), ""]
    level = load_schema("scales")["$defs"]["aanbevelingsniveau"]
    parts += ["### Bewijsniveaus van aanbevelingen (`data-bewijs`)", "", "| Waarde | Betekenis |", "|---|---|",
              *(f"| `{v}` | {d} |" for v, d in zip(level["enum"], level["enumDescriptions"])), ""]
    return "\n".join(parts)


def with_reference(document: str) -> str:
    """The document with the generated reference between its markers."""
    if BEGIN not in document or END not in document:
        raise ValueError(f"markers not found: {BEGIN} … {END}")
    head, _, rest = document.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n\n{reference()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="scripts/reference",
                    description="Werk de veldenreferentie in CONTRIBUTING.md bij uit de JSON Schemas.")
    parser.add_argument("--check", action="store_true",
                        help="faal als de veldenreferentie in CONTRIBUTING.md niet bijgewerkt is")
    parser.add_argument("--file", default="CONTRIBUTING.md", help="het bestand met de veldenreferentie")
    args = parser.parse_args(argv)
    path = Path(args.file)
    current = path.read_text("utf-8")
    wanted = with_reference(current)
    if args.check:
        if current != wanted:
            print(f"{path}: de veldenreferentie is niet bijgewerkt; voer scripts/reference uit.", file=sys.stderr)
            return 1
        return 0
    path.write_text(wanted, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
