"""The bad-input corpus: every kind of malformed source, as a mutation of tests/fixtures/valid.

The first kinds live in tests/unit/test_content_errors.py, where each has its unit test with
the exact message. The kinds here complete the list of issue 6 (YAML bombs and tags, control
characters, a very large file, an approach that would take the toolkit's address, empty files,
...). Every kind of both lists then goes through the same end-to-end gates in
test_bad_input.py: scripts/check fails and names each error, a strict build fails on it, no
page silently disappears.

A kind is (mutate(root), the exact errors an editor sees, as `str(ContentError)`). ACCEPTED
holds inputs that look odd but are fine (byte-order mark, CRLF, ...): they must give exactly
the pages of the valid fixture.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from leerpunt.catalogue.schemas import load_schema

TESTS = Path(__file__).resolve().parents[1]


def _unit_module():
    # Loaded by path: the unit corpus stays where it is, next to its one-test-per-kind file.
    spec = importlib.util.spec_from_file_location("content_error_cases", TESTS / "unit" / "test_content_errors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_unit = _unit_module()
replace, write = _unit.replace, _unit.write
UNIT_CASES: dict = _unit.CASES

APPROACH = "toolkits/kern/feedback.md"
MANIFEST = "toolkits/kern/toolkit.yml"
GUIDE = "leidraden/goede-feedback/index.md"
AGENDA = "content/kennisagenda/kennisagenda.yml"
APPROACH_FIELDS = ", ".join(sorted(load_schema("aanpak")["properties"]))  # what the message lists
# Nine levels of nine references: 9^9 values once expanded ("billion laughs").
YAML_BOMB = 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n' + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi"))
LARGE_FILE_BYTES = 1_234_567


def _append(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def _pad_to(root: Path, rel: str, size: int) -> None:
    path = root / rel
    text = path.read_text("utf-8") + "\n"
    path.write_text(text + "x" * (size - len(text.encode("utf-8"))), "utf-8")


def _both(*mutations):
    return lambda root: [mutate(root) for mutate in mutations]


CASES = {
    "yaml-reference": (
        _both(lambda r: replace(r, APPROACH, "titel: Feedback", "titel: &titel Feedback"),
              lambda r: replace(r, APPROACH, "verificatie: Gecontroleerd in de test.", "verificatie: *titel")),
        ["toolkits/kern/feedback.md:11: verwacht YAML zonder verwijzingen naar een anker (*naam); "
         "gevonden: de verwijzing '*titel'"]),
    "yaml-bomb": (
        lambda r: _append(r, MANIFEST, YAML_BOMB),
        ["toolkits/kern/toolkit.yml:7: verwacht YAML zonder verwijzingen naar een anker (*naam); "
         "gevonden: de verwijzing '*a'"]),
    "yaml-python-tag": (
        lambda r: replace(r, APPROACH, "kosten: 1", "kosten: !!python/object/apply:os.system ['touch gehackt']"),
        ["toolkits/kern/feedback.md:4: verwacht geldige YAML zonder tags; "
         "gevonden: de tag '!!python/object/apply:os.system'"]),
    "yaml-type-tag": (  # PyYAML raised a ValueError here before
        lambda r: replace(r, APPROACH, "impact: 6", "impact: !!int zes"),
        ["toolkits/kern/feedback.md:3: verwacht geldige YAML zonder tags; gevonden: de tag '!!int'"]),
    "deeply-nested-yaml": (  # a RecursionError before
        lambda r: replace(r, APPROACH, "kosten: 1", "kosten: " + "[" * 500 + "1" + "]" * 500),
        ["toolkits/kern/feedback.md:4: verwacht hoogstens 20 niveaus van lijsten en groepen in elkaar; "
         "gevonden: een waarde die dieper genest is"]),
    "control-character": (
        lambda r: replace(r, APPROACH, "titel: Feedback", "titel: Feed\x0cback"),
        ["toolkits/kern/feedback.md:2: verwacht gewone tekst zonder stuurtekens; gevonden: het onzichtbare teken U+000C"]),
    "list-as-field-name": (  # a TypeError before
        lambda r: replace(r, APPROACH, "kosten: 1\n", "? [kosten, prijs]\n: 1\n"),
        ["toolkits/kern/feedback.md:4: verwacht een veldnaam als gewone tekst vóór elke dubbele punt; "
         "gevonden: een lijst of groep als veldnaam"]),
    "number-as-field-name": (  # a TypeError before
        lambda r: replace(r, APPROACH, "bijgewerkt: 2025-09\n", "bijgewerkt: 2025-09\n2025: nieuwe studies\n"),
        [f"toolkits/kern/feedback.md:13: veld '2025': verwacht een van de velden {APPROACH_FIELDS}; "
         "gevonden: onbekend veld '2025'"]),
    "very-large-file": (
        lambda r: _pad_to(r, APPROACH, LARGE_FILE_BYTES),
        ["toolkits/kern/feedback.md: verwacht een bronbestand van hoogstens 1 MB; gevonden: een bestand van 1,3 MB"]),
    "approach-takes-the-toolkit-address": (  # it silently replaced the toolkit overview before
        lambda r: shutil.copy(r / APPROACH, r / "toolkits/kern/index.md"),
        ["toolkits/kern/index.md: verwacht een andere bestandsnaam dan 'index.md', want op dat adres staat het "
         "overzicht van de toolkit; gevonden: 'index.md'"]),
    "empty-approach-file": (
        lambda r: write(r, APPROACH, b""),
        ["toolkits/kern/feedback.md:1: verwacht front matter tussen twee regels '---' bovenaan het bestand; "
         "gevonden: geen front matter"]),
    "empty-toolkit-manifest": (
        lambda r: write(r, MANIFEST, b""),
        ["toolkits/kern/toolkit.yml:1: verwacht een groep velden; gevonden: leeg"]),
    "empty-kennisagenda": (
        lambda r: write(r, AGENDA, b""),
        ["content/kennisagenda/kennisagenda.yml:1: verwacht een groep velden; gevonden: leeg"]),
    "front-matter-is-a-list": (
        lambda r: write(r, APPROACH, "---\n- titel: Feedback\n---\n## Wat is het?\n"),
        ["toolkits/kern/feedback.md:2: verwacht een groep velden; gevonden: een lijst"]),
    "unknown-field-in-toolkit-manifest": (
        lambda r: _append(r, MANIFEST, "kleur: rood\n"),
        ["toolkits/kern/toolkit.yml:6: veld 'kleur': verwacht een van de velden bron, inleiding, niveaus, "
         "samenvatting, titel, volgorde; gevonden: onbekend veld 'kleur'"]),
    "unknown-agenda-status": (
        lambda r: replace(r, AGENDA, "status: op-te-starten", "status: bezig"),
        ["content/kennisagenda/kennisagenda.yml:13: veld 'themas[2].status': verwacht een van: gepubliceerd "
         "(Gepubliceerd), in-ontwikkeling (In ontwikkeling), op-te-starten (Op te starten); gevonden: 'bezig'"]),
    "tab-in-kennisagenda": (
        lambda r: replace(r, AGENDA, "  - id: huiswerk", "\t- id: huiswerk"),
        ["content/kennisagenda/kennisagenda.yml:10: verwacht geldige YAML; gevonden: een tab; gebruik spaties om in "
         "te springen in YAML"]),
    "kennisagenda-is-a-list": (
        lambda r: write(r, AGENDA, "- feedback\n- huiswerk\n"),
        ["content/kennisagenda/kennisagenda.yml:1: verwacht een groep velden; gevonden: een lijst"]),
    "kennisagenda-missing": (
        lambda r: (r / AGENDA).unlink(),
        ["content/kennisagenda/kennisagenda.yml: verwacht het gegevensbestand van de kennisagenda; gevonden: geen bestand"]),
    "stray-file-next-to-toolkits": (
        lambda r: write(r, "toolkits/notities.md", "klad"),
        ["toolkits/notities.md: verwacht alleen mappen, één per toolkit; gevonden: een los bestand"]),
    "stray-file-next-to-guides": (
        lambda r: write(r, "leidraden/concept.md", "klad"),
        ["leidraden/concept.md: verwacht alleen mappen, één per leidraad (met een index.md); gevonden: een los bestand"]),
    "folder-named-like-an-approach": (
        lambda r: (r / "toolkits/kern/oud.md").mkdir(),
        ["toolkits/kern/oud.md: verwacht alleen toolkit.yml en Markdown-bestanden (.md), één per aanpak; "
         "gevonden: een map"]),
    "utf-16-file": (
        lambda r: write(r, APPROACH, (r / APPROACH).read_text("utf-8").encode("utf-16")),
        ["toolkits/kern/feedback.md:1: verwacht een tekstbestand in UTF-8; gevonden: een ongeldige byte (0xff); "
         "bewaar het bestand als UTF-8"]),
    "no-toolkits-folder": (
        lambda r: shutil.rmtree(r / "toolkits"),
        ["leidraden/goede-feedback/index.md:16: veld 'data-aanpakken': verwacht de id van een aanpak als "
         "'<toolkit>/<bestandsnaam>', bv. 'leren-en-lesgeven/feedback'; gevonden: 'kern/feedback' (bestaat niet)",
         "toolkits: verwacht een map met toolkits; gevonden: geen map"]),
    "decimal-figure": (
        lambda r: replace(r, APPROACH, "impact: 6", "impact: 6.5"),
        ["toolkits/kern/feedback.md:3: veld 'impact': verwacht een geheel getal of leeg; gevonden: 6.5"]),
    "guide-without-reflection-cards": (
        lambda r: replace(r, GUIDE, "reflectiekaarten:\n  - vraag: Wanneer gaf jij vandaag feedback?\n"
                                    "    toelichting: Denk aan een concreet moment.\n  - vraag: Wat deed de leerling ermee?\n",
                          "reflectiekaarten: []\n"),
        ["leidraden/goede-feedback/index.md:8: veld 'reflectiekaarten': verwacht een lijst met minstens 1 element; "
         "gevonden: een lege lijst"]),
    "empty-card-answer": (
        lambda r: replace(r, APPROACH, "antwoord: Nee, niet altijd.", 'antwoord: ""'),
        ["toolkits/kern/feedback.md:23: veld 'kaart.antwoord': verwacht een niet-lege tekst; gevonden: een lege tekst"]),
    "empty-reflection-card": (
        lambda r: replace(r, GUIDE, "  - vraag: Wat deed de leerling ermee?", "  - vraag:"),
        ["leidraden/goede-feedback/index.md:11: veld 'reflectiekaarten[2].vraag': verwacht een tekst; gevonden: leeg"]),
    "reflection-card-too-long": (
        lambda r: replace(r, GUIDE, "vraag: Wat deed de leerling ermee?", "vraag: " + "Wat deed de leerling ermee? " * 8),
        ["leidraden/goede-feedback/index.md:11: veld 'reflectiekaarten[2].vraag': verwacht hoogstens 200 tekens; "
         "gevonden: 223 tekens"]),
}

ACCEPTED = {
    "bom-and-crlf-in-every-kind-of-source": lambda r: [
        write(r, rel, b"\xef\xbb\xbf" + (r / rel).read_bytes().replace(b"\n", b"\r\n"))
        for rel in (APPROACH, MANIFEST, GUIDE, AGENDA)],
    "old-mac-line-endings": lambda r: write(r, APPROACH, (r / APPROACH).read_bytes().replace(b"\n", b"\r")),
    "dotfiles-and-an-empty-folder": lambda r: [
        write(r, "toolkits/kern/.DS_Store", b"\x00\x01"), (r / "leidraden/goede-feedback/afbeeldingen").mkdir()],
}


def all_kinds() -> dict:
    """Every kind of bad input: the unit corpus plus the kinds above."""
    assert not set(UNIT_CASES) & set(CASES), "a kind is defined twice"
    return {**UNIT_CASES, **CASES}
