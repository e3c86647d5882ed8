"""The materials loader: exact messages per error kind; the shipped list loads against the shipped projects."""

from pathlib import Path

import pytest

from collection_fixtures import replace
from helpers import REPO
from leerpunt.catalogue.materials import load_materials

MATERIALS = "content/materialen/materialen.yml"
PROJECTS = {"samen-lezen", "taalrijke-klassen", "rekengids"}


def messages(root: Path) -> list[str]:
    return [str(e) for e in load_materials(root / MATERIALS, root, PROJECTS)[1]]


def test_fixture_materials_load_with_their_fields(collections_root):
    materials, errors = load_materials(collections_root / MATERIALS, collections_root, PROJECTS)
    assert errors == []
    guide, snack = materials
    assert (guide.id, guide.titel, guide.type, guide.doelgroepen) == ("leesgids", "Leesgids", "gids", ("leerkracht",))
    assert (guide.link, guide.datum, guide.project, guide.line) == ("https://leerpunt.be/leesgids", "2025-09", "samen-lezen", 2)
    assert (snack.link, snack.datum, snack.project, snack.themas) == ("", "", "", ())
    assert snack.bronnen[0].titel == "Leerpunt, Jaarverslag 2025"


CASES = {
    "unknown-project": (
        lambda r: replace(r, MATERIALS, "project: samen-lezen", "project: samen-lezn"),
        ["content/materialen/materialen.yml:9: veld 'materialen[1].project': verwacht de bestandsnaam (zonder .yml) van "
         "een project in projecten/ (bedoel je 'samen-lezen'?); gevonden: 'samen-lezn' (bestaat niet)"]),
    "same-id-twice": (
        lambda r: replace(r, MATERIALS, "id: leersnack-lezen", "id: leesgids"),
        ["content/materialen/materialen.yml:13: veld 'materialen[2].id': verwacht een unieke id per materiaal "
         "('leesgids' staat al op regel 2); gevonden: 'leesgids' een tweede keer"]),
    "unknown-type": (
        lambda r: replace(r, MATERIALS, "type: webinar", "type: film"),
        ["content/materialen/materialen.yml:15: veld 'materialen[2].type': verwacht een van: gids (Gids of brochure), "
         "poster (Poster of praatplaat), kaarten (Kaarten), video (Video of kennisclip), webinar (Webinar of "
         "LeerSnack), podcast (Podcast), woordenlijst (Woordenlijst), rapport (Onderzoeksrapport), tool (Digitale tool "
         "of lesmateriaal), vorming (Online vorming); gevonden: 'film'"]),
    "unknown-audience": (
        lambda r: replace(r, MATERIALS, "doelgroepen: [leerkracht]", "doelgroepen: [ouders]"),
        ["content/materialen/materialen.yml:5: veld 'materialen[1].doelgroepen[1]': verwacht een van: leerkracht "
         "(Leerkrachten), schoolteam (Schoolteams), directie (Directies en schoolleiders), begeleider (Pedagogisch "
         "begeleiders), lerarenopleider (Lerarenopleiders); gevonden: 'ouders'"]),
    "link-without-https": (
        lambda r: replace(r, MATERIALS, "link: https://leerpunt.be/leesgids", "link: leerpunt.be/leesgids"),
        ["content/materialen/materialen.yml:7: veld 'materialen[1].link': verwacht een volledig webadres dat begint met "
         "https://, zonder spaties, aanhalingstekens, punthaken of vierkante haken; gevonden: 'leerpunt.be/leesgids'"]),
    "impossible-date": (
        lambda r: replace(r, MATERIALS, "datum: 2025-09", "datum: 2025-13"),
        ["content/materialen/materialen.yml:8: veld 'materialen[1].datum': verwacht een bestaande datum (JJJJ-MM-DD of "
         "JJJJ-MM); gevonden: '2025-13'"]),
    "no-source": (
        lambda r: replace(r, MATERIALS, """    bronnen:
      - titel: Leerpunt, Jaarverslag 2025
        geraadpleegd: 2026-11-20
  - id: leersnack-lezen""", "  - id: leersnack-lezen"),
        ["content/materialen/materialen.yml:2: veld 'materialen[1].bronnen': verwacht dit verplichte veld; "
         "gevonden: het veld ontbreekt"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_error_kind_has_its_exact_message(collections_root, case):
    change, expected = CASES[case]
    change(collections_root)
    assert messages(collections_root) == expected


def test_a_material_with_an_error_is_left_out_and_the_others_stay(collections_root):
    replace(collections_root, MATERIALS, "project: samen-lezen", "project: weg")
    materials, errors = load_materials(collections_root / MATERIALS, collections_root, PROJECTS)
    assert [m.id for m in materials] == ["leersnack-lezen"]
    assert len(errors) == 1


def test_shipped_materials_load_against_the_shipped_projects():
    projects = {f.stem for f in (REPO / "projecten").glob("*.yml")}
    materials, errors = load_materials(REPO / MATERIALS, REPO, projects)
    assert [str(e) for e in errors] == []
    assert materials
    assert all(m.bronnen for m in materials)
