"""Open data: the toolkits and guides as JSON and CSV files in the built site, each with its schema.

Pure functions, catalogue in, file text out; the MkDocs plugin only writes what `export_files` returns.

- `export_files(catalogue, site_url) -> dict[str, str]`: every file, by its path in the site:
  `data/toolkit.json`, `data/toolkit.csv`, `data/toolkit.csv-metadata.json` (the CSV's columns,
  described as W3C CSV on the Web metadata), `data/leidraden.json`, and the JSON Schemas
  `data/toolkit.schema.json` and `data/leidraden.schema.json` they name in `$schema`.
- `export_paths(catalogue) -> list[str]`: the same paths, without making the files.
- `toolkit_json(catalogue, site_url) -> str`, `toolkit_csv(catalogue, site_url) -> str`,
  `toolkit_csv_metadata(catalogue, site_url) -> str`, `leidraden_json(catalogue, site_url) -> str`:
  one file each (`version`: content_version() when the caller has it already).
- `content_version(catalogue) -> str`: '<newest date>+<12 hex digits of a SHA-256>' of the exported
  data; the same content always gives the same version (no clock), any change gives a new one.

`site_url` is the site's full address (mkdocs.yml `site_url`); every page address in the files is
absolute, because open data is read away from the site. Output is UTF-8 text with a fixed key
and row order, so the same catalogue always gives byte-identical files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import posixpath
from dataclasses import dataclass

from ..catalogue.dates import parse_date
from ..catalogue.model import Catalogue
from .bundle import export_schema, published_schema
from .records import approach_records, guide_records, project_records, toolkit_records, totals_records

DATA_DIR = "data"
TOOLKIT_JSON = f"{DATA_DIR}/toolkit.json"
TOOLKIT_CSV = f"{DATA_DIR}/toolkit.csv"
TOOLKIT_CSV_METADATA = f"{DATA_DIR}/toolkit.csv-metadata.json"
LEIDRADEN_JSON = f"{DATA_DIR}/leidraden.json"
TOOLKIT_SCHEMA = f"{DATA_DIR}/toolkit.schema.json"
LEIDRADEN_SCHEMA = f"{DATA_DIR}/leidraden.schema.json"
PROJECTEN_JSON = f"{DATA_DIR}/projecten.json"
PROJECTEN_SCHEMA = f"{DATA_DIR}/projecten.schema.json"
# Published schema path → the schema file in this package.
SCHEMAS = {TOOLKIT_SCHEMA: "toolkit-export.schema.json", LEIDRADEN_SCHEMA: "leidraden-export.schema.json",
           PROJECTEN_SCHEMA: "projecten-export.schema.json"}

TOOLKIT_TITLE = "Toolkits van Leerpunt: aanpakken met impact, kosten en bewijssterkte"
LEIDRADEN_TITLE = "Leidraden van Leerpunt: aanbevelingen en de aanpakken waarop ze steunen"
PROJECTEN_TITLE = "Projecten die Leerpunt financiert: soort, schooljaren, aanvragers, partners en scholen"
GENERATED_FROM = (
    "Automatisch gemaakt uit de bronbestanden van de Leerpunt-kennisbank ({sources}) bij het bouwen "
    "van de site; pas de bronnen aan, niet dit bestand. Records met 'voorbeeld': true bevatten tekst "
    "die het projectteam ter illustratie schreef.")
# The licence of our own texts (LICENSE-inhoud.md); the originals we summarise keep their makers' terms.
OWN_TEXTS = ("De teksten van deze kennisbank (samenvattingen, toelichtingen, reflectievragen) vallen onder "
             "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl): hergebruik mag met bronvermelding.")
TOOLKIT_LICENCE = (OWN_TEXTS + " De cijfers (impact, kosten, bewijssterkte) en de oorspronkelijke toolkits zijn van "
                   "de Education Endowment Foundation en Leerpunt: vermeld hen als bron en volg hun voorwaarden.")
LEIDRADEN_LICENCE = (OWN_TEXTS + " De leidraden zelf zijn publicaties van Leerpunt (en de EEF-gidsen waarop ze "
                     "steunen): vermeld hen als bron en volg hun voorwaarden.")
PROJECTEN_LICENCE = (OWN_TEXTS + " De gegevens over de projecten komen uit het jaarverslag 2025 van Leerpunt "
                     "(zie 'bronnen' bij elk project).")


@dataclass(frozen=True)
class CsvColumn:
    """A column of toolkit.csv: a field of the approach record, how it is typed and split."""

    name: str
    datatype: str = "string"
    separator: str | None = None


LIST_SEPARATOR = "; "
CSV_COLUMNS = (
    CsvColumn("id"), CsvColumn("toolkit"), CsvColumn("toolkit_titel"), CsvColumn("slug"), CsvColumn("titel"),
    CsvColumn("impact", "integer"), CsvColumn("impact_label"),
    CsvColumn("kosten", "integer"), CsvColumn("kosten_label"),
    CsvColumn("bewijssterkte", "integer"), CsvColumn("bewijssterkte_label"), CsvColumn("kopzin"),
    CsvColumn("niveaus", separator=LIST_SEPARATOR), CsvColumn("themas", separator=LIST_SEPARATOR),
    CsvColumn("samenvatting"), CsvColumn("url", "anyURI"), CsvColumn("bron", "anyURI"),
    CsvColumn("geverifieerd", "boolean"), CsvColumn("voorbeeld", "boolean"), CsvColumn("bijgewerkt"),
    CsvColumn("inhoudsversie"),
)


def export_files(catalogue: Catalogue, site_url: str) -> dict[str, str]:
    """Every open-data file, by its path in the built site."""
    site = _site(site_url)
    version = content_version(catalogue)  # every file names it: hashing the exported data once
    makers = {TOOLKIT_JSON: toolkit_json, TOOLKIT_CSV: toolkit_csv, TOOLKIT_CSV_METADATA: toolkit_csv_metadata,
              LEIDRADEN_JSON: leidraden_json, PROJECTEN_JSON: projecten_json}
    return {path: makers[path](catalogue, site, version) if path in makers
            else _dump(published_schema(SCHEMAS[path], site + path)) for path in export_paths(catalogue)}


def export_paths(catalogue: Catalogue) -> list[str]:
    """The paths export_files() writes, without making the files (the checks only need to know them)."""
    data = [TOOLKIT_JSON, TOOLKIT_CSV, TOOLKIT_CSV_METADATA, LEIDRADEN_JSON] + ([PROJECTEN_JSON] if catalogue.projects
                                                                               else [])
    return data + [path for path in SCHEMAS if path != PROJECTEN_SCHEMA or catalogue.projects]


def toolkit_json(catalogue: Catalogue, site_url: str, version: str | None = None) -> str:
    site = _site(site_url)
    return _dump({
        "$schema": posixpath.basename(TOOLKIT_SCHEMA),
        "titel": TOOLKIT_TITLE,
        "inhoudsversie": version or content_version(catalogue),
        "gegenereerd_uit": GENERATED_FROM.format(sources="toolkits/"),
        "licentie": {"tekst": TOOLKIT_LICENCE, "voorlopig": False},
        "site": site,
        "toolkits": toolkit_records(catalogue, site),
        "aanpakken": approach_records(catalogue, site),
    })


def leidraden_json(catalogue: Catalogue, site_url: str, version: str | None = None) -> str:
    site = _site(site_url)
    return _dump({
        "$schema": posixpath.basename(LEIDRADEN_SCHEMA),
        "titel": LEIDRADEN_TITLE,
        "inhoudsversie": version or content_version(catalogue),
        "gegenereerd_uit": GENERATED_FROM.format(sources="leidraden/"),
        "licentie": {"tekst": LEIDRADEN_LICENCE, "voorlopig": False},
        "site": site,
        "leidraden": guide_records(catalogue, site),
    })


def projecten_json(catalogue: Catalogue, site_url: str, version: str | None = None) -> str:
    site = _site(site_url)
    return _dump({
        "$schema": posixpath.basename(PROJECTEN_SCHEMA),
        "titel": PROJECTEN_TITLE,
        "inhoudsversie": version or content_version(catalogue),
        "gegenereerd_uit": GENERATED_FROM.format(sources="projecten/"),
        "licentie": {"tekst": PROJECTEN_LICENCE, "voorlopig": False},
        "site": site,
        "totalen": totals_records(catalogue),
        "projecten": project_records(catalogue, site),
    })


def toolkit_csv(catalogue: Catalogue, site_url: str, version: str | None = None) -> str:
    """One row per approach, columns CSV_COLUMNS, RFC 4180 (comma, double quotes, CRLF), header row."""
    version = version or content_version(catalogue)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(column.name for column in CSV_COLUMNS)
    for record in approach_records(catalogue, _site(site_url)):
        row = dict(record, inhoudsversie=version)
        writer.writerow(_cell(row[column.name]) for column in CSV_COLUMNS)
    return out.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)  # a number such as -1 is data, never a formula
    if isinstance(value, list):
        return LIST_SEPARATOR.join(neutralised(item) for item in value)
    return neutralised(str(value))


# A spreadsheet runs a cell that starts with one of these as a formula ('=HYPERLINK(…)').
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """Text for a CSV cell that a spreadsheet shows as text: a leading formula character gets an
    apostrophe before it (OWASP's advice; spreadsheets hide that apostrophe)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def toolkit_csv_metadata(catalogue: Catalogue, site_url: str, version: str | None = None) -> str:
    """toolkit.csv's columns as W3C 'CSV on the Web' metadata; titles and descriptions come from the JSON Schema."""
    schema = export_schema(SCHEMAS[TOOLKIT_SCHEMA])
    common = export_schema("export-common.schema.json")["$defs"]
    fields = dict(schema["$defs"]["aanpak"]["properties"], inhoudsversie=common["inhoudsversie"])
    columns = []
    for column in CSV_COLUMNS:
        field = _described(fields[column.name], common)
        entry = {"name": column.name, "titles": column.name, "dc:title": field["title"],
                 "dc:description": field["description"], "datatype": _csvw_datatype(column.datatype)}
        if column.separator:
            entry["separator"] = column.separator
        columns.append(entry)
    return _dump({
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "nl"}],
        "url": posixpath.basename(TOOLKIT_CSV),
        "dc:title": TOOLKIT_TITLE,
        "dc:description": GENERATED_FROM.format(sources="toolkits/")
        + f" Zelfde gegevens als {posixpath.basename(TOOLKIT_JSON)}, zonder historiek; lege cel = geen waarde.",
        "dc:rights": TOOLKIT_LICENCE,
        "schema:version": version or content_version(catalogue),
        "schema:url": _site(site_url) + TOOLKIT_CSV,
        "dialect": {"encoding": "utf-8", "delimiter": ",", "quoteChar": "\"", "doubleQuote": True,
                    "lineTerminators": ["\r\n"], "header": True},
        "tableSchema": {"columns": columns, "primaryKey": "id"},
    })


def _described(field: dict, common: dict) -> dict:
    """A field's own title and description, or those of the shared definition it points to."""
    ref = field.get("$ref", "")
    if "title" in field or not ref.startswith("export-common.schema.json#/$defs/"):
        return field
    return common[ref.rsplit("/", 1)[1]]


def _csvw_datatype(datatype: str):
    # 'true'/'false' as in JSON, rather than CSVW's default of also accepting 1/0.
    return {"base": "boolean", "format": "true|false"} if datatype == "boolean" else datatype


def content_version(catalogue: Catalogue) -> str:
    """'<newest date>+<hash>': the newest update or publication date and a SHA-256 of the exported data."""
    # Hashed with site-relative addresses, so the same content has the same version on every host.
    data = {"toolkits": toolkit_records(catalogue, ""), "aanpakken": approach_records(catalogue, ""),
            "leidraden": guide_records(catalogue, ""), "projecten": project_records(catalogue, "")}
    digest = hashlib.sha256(_dump(data).encode("utf-8")).hexdigest()[:12]
    newest = _newest_date(catalogue)
    return f"{newest}+{digest}" if newest else digest


def _newest_date(catalogue: Catalogue) -> str:
    dates = [a.bijgewerkt for a in catalogue.approaches]
    dates += [u.datum for a in catalogue.approaches for u in a.historiek]
    dates += [g.gepubliceerd for g in catalogue.guides]
    known = [(parse_date(d), d) for d in dates if d and parse_date(d)]
    return max(known)[1] if known else ""


def _site(site_url: str | None) -> str:
    """The site's address with one trailing slash; a relative or missing one cannot make absolute links."""
    if not site_url or not site_url.startswith(("https://", "http://")):
        raise ValueError("de open data hebben het volledige webadres van de site nodig: zet 'site_url' in "
                         f"mkdocs.yml (bv. https://leerpunt.example/); gevonden: {site_url!r}")
    return site_url.rstrip("/") + "/"


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
