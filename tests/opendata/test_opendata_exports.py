"""Open data exports: valid against their published schemas, stable ids, CSV = JSON, reproducible versions."""

import csv
import dataclasses
import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from helpers import FIXTURES, REPO, load
from leerpunt.catalogue import scales
from leerpunt.catalogue.dates import parse_date
from leerpunt.opendata import content_version, export_files, export_paths, leidraden_json, toolkit_csv, toolkit_json
from leerpunt.opendata.exports import CSV_COLUMNS, LIST_SEPARATOR, neutralised

SITE = "https://leerpunt.example/"
LICENCE_INHOUD = REPO / "LICENSE-inhoud.md"
ROOTS = {"fixture": FIXTURES / "valid", "shipped": REPO}


@pytest.fixture(scope="module", params=sorted(ROOTS))
def catalogue(request):
    """The small fixture and the shipped content, each loaded once."""
    return load(ROOTS[request.param])


@pytest.fixture(scope="module")
def files(catalogue):
    return export_files(catalogue, SITE)


def test_the_paths_listed_without_making_the_files_are_the_files_made(catalogue, files):
    """The checks (published addresses, the link check's site map) list them with export_paths()."""
    assert export_paths(catalogue) == list(files)
    without_projects = dataclasses.replace(catalogue, projects=())
    assert export_paths(without_projects) == list(export_files(without_projects, SITE))


def test_every_file_names_the_same_content_version(catalogue, files):
    version = content_version(catalogue)
    assert json.loads(files["data/toolkit.json"])["inhoudsversie"] == version
    assert json.loads(files["data/leidraden.json"])["inhoudsversie"] == version
    assert json.loads(files["data/toolkit.csv-metadata.json"])["schema:version"] == version
    assert {row["inhoudsversie"] for row in read_csv(files["data/toolkit.csv"])} <= {version}


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def validator_for(files, schema_path):
    schema = json.loads(files[schema_path])
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


# --- files and schemas ------------------------------------------------------------------------

def test_export_files_are_the_data_their_schemas_and_the_csv_description(catalogue, files):
    projects = ["data/projecten.json", "data/projecten.schema.json"] if catalogue.projects else []
    assert sorted(files) == sorted(["data/leidraden.json", "data/leidraden.schema.json", "data/toolkit.csv",
                                    "data/toolkit.csv-metadata.json", "data/toolkit.json", "data/toolkit.schema.json",
                                    *projects])
    assert all(text.endswith("\n") for text in files.values())


@pytest.mark.parametrize("data, schema", [("data/toolkit.json", "data/toolkit.schema.json"),
                                          ("data/leidraden.json", "data/leidraden.schema.json")])
def test_json_exports_validate_against_the_schema_published_next_to_them(files, data, schema):
    document = json.loads(files[data])
    assert document["$schema"] == schema.removeprefix("data/")
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator_for(files, schema).iter_errors(document)]
    assert errors == []


def test_schema_rejects_a_label_that_is_not_the_scale_label(files):
    document = json.loads(files["data/toolkit.json"])
    document["aanpakken"][0]["kosten_label"] = "spotgoedkoop"
    document["aanpakken"][0]["kosten"] = 9
    problems = {e.absolute_path[-1] for e in validator_for(files, "data/toolkit.schema.json").iter_errors(document)}
    assert problems == {"kosten_label", "kosten"}


def test_site_url_must_be_a_full_address():
    catalogue = load(FIXTURES / "valid")
    for bad in ("", None, "/kennisbank/", "leerpunt.example"):
        with pytest.raises(ValueError, match="site_url"):
            export_files(catalogue, bad)
    assert export_files(catalogue, "https://leerpunt.example") == export_files(catalogue, SITE)


def test_licence_names_cc_by_for_own_texts_and_the_makers_of_the_originals(files):
    licence_texts = (LICENCE_INHOUD.read_text("utf-8"))
    assert "CC BY 4.0" in licence_texts or "Creative Commons" in licence_texts
    for name in (n for n in files if n.endswith(".json") and not n.endswith("schema.json") and "metadata" not in n):
        licence = json.loads(files[name])["licentie"]
        assert licence["voorlopig"] is False
        assert "CC BY 4.0" in licence["tekst"] and "creativecommons.org/licenses/by/4.0" in licence["tekst"]
    assert "Education Endowment Foundation" in json.loads(files["data/toolkit.json"])["licentie"]["tekst"]


# --- ids, figures, labels, addresses ----------------------------------------------------------

def test_approach_ids_are_unique_and_the_catalogue_ids(catalogue, files):
    approaches = json.loads(files["data/toolkit.json"])["aanpakken"]
    ids = [a["id"] for a in approaches]
    assert ids == [a.id for a in catalogue.approaches]
    assert len(ids) == len(set(ids)) > 0
    for record in approaches:
        assert record["id"] == f"{record['toolkit']}/{record['slug']}"
        assert record["url"] == f"{SITE}toolkits/{record['id']}/"


def test_guide_ids_anchors_and_addresses(catalogue, files):
    guides = json.loads(files["data/leidraden.json"])["leidraden"]
    assert [g["id"] for g in guides] == [g.slug for g in catalogue.guides]
    assert len({g["id"] for g in guides}) == len(guides) > 0
    approach_ids = {a["id"] for a in json.loads(files["data/toolkit.json"])["aanpakken"]}
    for guide in guides:
        assert guide["url"] == f"{SITE}leidraden/{guide['id']}/"
        anchors = [r["anker"] for r in guide["aanbevelingen"]]
        assert len(anchors) == len(set(anchors))
        for recommendation in guide["aanbevelingen"]:
            assert recommendation["url"] == f"{guide['url']}#{recommendation['anker']}"
            assert set(recommendation["aanpakken"]) <= approach_ids


def test_figures_and_labels_are_the_catalogue_and_the_scales(catalogue, files):
    records = {r["id"]: r for r in json.loads(files["data/toolkit.json"])["aanpakken"]}
    for approach in catalogue.approaches:
        record = records[approach.id]
        assert (record["impact"], record["kosten"], record["bewijssterkte"]) == (
            approach.impact, approach.kosten, approach.bewijssterkte)
        assert record["impact_label"] == scales.impact_level(approach.impact).label
        assert record["kosten_label"] == scales.kosten_level(approach.kosten).label
        assert record["bewijssterkte_label"] == scales.bewijssterkte_level(approach.bewijssterkte).label
        assert record["kopzin"] == scales.headline(approach.impact, approach.kosten, approach.bewijssterkte)
        assert record["bron"] == approach.bron and record["geverifieerd"] == approach.geverifieerd
        assert record["bijgewerkt"] == (approach.bijgewerkt or None)
        assert [u["datum"] for u in record["historiek"]] == [u.datum for u in approach.historiek]
    for guide in json.loads(files["data/leidraden.json"])["leidraden"]:
        for recommendation in guide["aanbevelingen"]:
            if "bewijs" in recommendation:  # only a grade its source gives, with that source
                assert recommendation["bewijs_label"] == scales.aanbeveling_level(recommendation["bewijs"]).label
                assert recommendation["bewijsbron"].startswith("https://")


def test_fixture_export_reads_as_expected():
    files = export_files(load(FIXTURES / "valid"), SITE)
    feedback, leerstijlen = json.loads(files["data/toolkit.json"])["aanpakken"]
    assert feedback["historiek"] == [{"datum": "2025-09", "toelichting": "Nieuwe studies toegevoegd.",
                                      "studies_toegevoegd": 12,
                                      "wijzigingen": [{"veld": "impact", "van": 5, "naar": 6}]}]
    assert (leerstijlen["impact"], leerstijlen["bijgewerkt"], leerstijlen["historiek"]) == (None, None, [])
    guide = json.loads(files["data/leidraden.json"])["leidraden"][0]
    assert guide["kennisagenda"] == {"id": "feedback", "titel": "Feedback"}
    assert guide["reflectiekaarten"] == [
        {"vraag": "Wanneer gaf jij vandaag feedback?", "toelichting": "Denk aan een concreet moment."},
        {"vraag": "Wat deed de leerling ermee?", "toelichting": None}]
    assert guide["aanbevelingen"][0]["aanpakken"] == ["kern/feedback"]


# --- CSV --------------------------------------------------------------------------------------

def test_csv_reads_back_to_the_same_figures_as_the_json(files):
    document = json.loads(files["data/toolkit.json"])
    rows = read_csv(files["data/toolkit.csv"])
    assert list(rows[0]) == [column.name for column in CSV_COLUMNS]
    assert len(rows) == len(document["aanpakken"])
    for row, record in zip(rows, document["aanpakken"]):
        assert row["id"] == record["id"]
        assert row["impact"] == ("" if record["impact"] is None else str(record["impact"]))
        assert int(row["kosten"]) == record["kosten"] and int(row["bewijssterkte"]) == record["bewijssterkte"]
        for label in ("impact_label", "kosten_label", "bewijssterkte_label", "kopzin", "titel", "samenvatting", "url"):
            assert row[label] == record[label]
        assert row["niveaus"].split(LIST_SEPARATOR) == record["niveaus"]
        assert row["themas"].split(LIST_SEPARATOR) == record["themas"]
        assert row["geverifieerd"] == str(record["geverifieerd"]).lower()
        assert row["bijgewerkt"] == (record["bijgewerkt"] or "")
        assert row["inhoudsversie"] == document["inhoudsversie"]


def test_csv_is_rfc_4180(files):
    text = files["data/toolkit.csv"]
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")


def test_csv_description_names_every_column_with_a_dutch_title(files):
    metadata = json.loads(files["data/toolkit.csv-metadata.json"])
    header = next(csv.reader(io.StringIO(files["data/toolkit.csv"], newline="")))
    columns = metadata["tableSchema"]["columns"]
    assert [c["name"] for c in columns] == [c["titles"] for c in columns] == header
    assert all(c["dc:title"].strip() and c["dc:description"].strip() for c in columns)
    assert {c["name"]: c.get("separator") for c in columns if c.get("separator")} == {
        "niveaus": LIST_SEPARATOR, "themas": LIST_SEPARATOR}
    assert metadata["url"] == "toolkit.csv"
    assert metadata["schema:version"] == json.loads(files["data/toolkit.json"])["inhoudsversie"]


def with_first_approach(catalogue, **changes):
    """The catalogue with some fields of its first approach changed."""
    toolkit = catalogue.toolkits[0]
    approaches = (dataclasses.replace(toolkit.aanpakken[0], **changes),) + toolkit.aanpakken[1:]
    toolkits = (dataclasses.replace(toolkit, aanpakken=approaches),) + catalogue.toolkits[1:]
    return dataclasses.replace(catalogue, toolkits=toolkits)


TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1)


@settings(max_examples=60, deadline=None)
@given(titel=TEXT, samenvatting=TEXT)
def test_any_text_survives_the_csv(titel, samenvatting):
    catalogue = with_first_approach(load(FIXTURES / "valid"), titel=titel, samenvatting=samenvatting)
    row = read_csv(toolkit_csv(catalogue, SITE))[0]
    assert (row["titel"], row["samenvatting"]) == (neutralised(titel), neutralised(samenvatting))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_a_spreadsheet_would_run_as_a_formula_is_text(start):
    """Issue 19.6: a title starting with '=' went unchanged into data/toolkit.csv."""
    formula = f'{start}HYPERLINK("https://example.org/x";"klik")'
    catalogue = with_first_approach(load(FIXTURES / "valid"), titel=formula, samenvatting=formula)
    row = read_csv(toolkit_csv(catalogue, SITE))[0]
    assert row["titel"] == row["samenvatting"] == "'" + formula
    assert row["impact"].lstrip("-").isdigit()  # numbers (also negative ones) stay numbers


# --- reproducible content version -------------------------------------------------------------

def test_same_input_gives_byte_identical_files():
    first = export_files(load(FIXTURES / "valid"), SITE)
    second = export_files(load(FIXTURES / "valid"), SITE)
    assert {k: v.encode("utf-8") for k, v in first.items()} == {k: v.encode("utf-8") for k, v in second.items()}


def test_content_version_is_newest_date_plus_hash(catalogue, files):
    version = content_version(catalogue)
    assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?\+[0-9a-f]{12}", version)
    dates = [a.bijgewerkt for a in catalogue.approaches] + [g.gepubliceerd for g in catalogue.guides]
    dates += [u.datum for a in catalogue.approaches for u in a.historiek]
    assert parse_date(version.split("+")[0]) == max(parse_date(d) for d in dates if d)
    assert json.loads(files["data/leidraden.json"])["inhoudsversie"] == version


def test_content_version_does_not_depend_on_the_site_address():
    catalogue = load(FIXTURES / "valid")
    other = json.loads(toolkit_json(catalogue, "http://127.0.0.1:8000/"))
    assert other["inhoudsversie"] == json.loads(toolkit_json(catalogue, SITE))["inhoudsversie"]


def test_a_changed_figure_changes_the_content_version(site):
    before = content_version(load(site))
    source = site / "toolkits" / "kern" / "leerstijlen.md"
    source.write_text(source.read_text("utf-8").replace("kosten: 1", "kosten: 2"), "utf-8")
    after = load(site)
    assert after.errors == ()
    assert content_version(after) != before
    assert json.loads(toolkit_json(after, SITE))["aanpakken"][1]["kosten"] == 2


def test_a_changed_recommendation_level_changes_the_content_version(site):
    before = content_version(load(site))
    guide = site / "leidraden" / "goede-feedback" / "index.md"
    guide.write_text(guide.read_text("utf-8").replace('data-bewijs="sterk"', 'data-bewijs="matig"'), "utf-8")
    after = load(site)
    assert content_version(after) != before
    assert json.loads(leidraden_json(after, SITE))["leidraden"][0]["aanbevelingen"][0]["bewijs"] == "matig"


def test_a_newer_update_moves_the_date_of_the_content_version(site):
    source = site / "toolkits" / "kern" / "leerstijlen.md"
    source.write_text(source.read_text("utf-8").replace("kaart:", "bijgewerkt: 2026-03-15\nkaart:", 1), "utf-8")
    assert content_version(load(site)).startswith("2026-03-15+")
