"""`scripts/check`: validate all content without building the site, for editors and CI."""

from __future__ import annotations

import sys
from pathlib import Path

from ..addresses import record_new_urls, unrecorded_only
from ..catalogue import ContentError
from ..catalogue.model import Catalogue
from ..project import Project
from ..site_content import load_site_content
from .cli import Parser

GENERAL_HINT = ("Pas de waarde aan zoals bij 'Verwacht' staat; de betekenis van elk veld staat in CONTRIBUTING.md "
                "(Veldenreferentie).")


def format_human(errors: list[ContentError]) -> str:
    """file:line, the field, what was expected and found, and a tip: one block per error."""
    blocks = []
    for error in errors:
        where = f"{error.file}:{error.line}" if error.line else error.file
        head = f"{where}  veld '{error.field}'" if error.field else where
        lines = [head, f"  Verwacht: {error.expected}", f"  Gevonden: {error.found}"]
        lines.append(f"  Tip: {error.hint or GENERAL_HINT}")
        blocks.append("\n".join(lines))
    files = len({e.file for e in errors})
    summary = (f"{len(errors)} {'fout' if len(errors) == 1 else 'fouten'} in {files} "
               f"{'bestand' if files == 1 else 'bestanden'}. Verbeter ze en voer scripts/check opnieuw uit. "
               "Uitleg over elk veld: CONTRIBUTING.md.")
    return "\n\n".join(blocks + [summary])


def _escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def format_github(errors: list[ContentError]) -> str:
    """Workflow commands, so a pull request shows each error on its line."""
    lines = []
    for error in errors:
        props = f"file={_escape(error.file, True)}"
        if error.line:
            props += f",line={error.line}"
        title = f"veld {error.field}" if error.field else "inhoud"
        message = f"verwacht {error.expected}; gevonden: {error.found}" + (f". Tip: {error.hint}" if error.hint else "")
        lines.append(f"::error {props},title={_escape(title, True)}::{_escape(message)}")
    return "\n".join(lines)


def format_lines(errors: list[ContentError]) -> str:
    """One line per error, 'file:line: message', for editors' problem matchers (VS Code)."""
    return "\n".join(str(error) if error.line else f"{error.file}:1: {str(error).split(': ', 1)[1]}"
                     for error in errors)


def summary_ok(catalogue: Catalogue) -> str:
    themes = len(catalogue.kennisagenda.themas) if catalogue.kennisagenda else 0
    return (f"Alles in orde: {len(catalogue.approaches)} aanpakken in {len(catalogue.toolkits)} toolkits, "
            f"{len(catalogue.guides)} leidraden, {themes} thema's van de kennisagenda, {len(catalogue.projects)} "
            f"projecten, {len(catalogue.glossary)} begrippen.")


FORMATS = {"human": format_human, "github": format_github, "lines": format_lines}


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="scripts/check",
                                     description="Controleer alle inhoud (velden, woordenlijsten, verwijzingen, "
                                                 "kaartlengtes, webadressen) zonder de site te bouwen.")
    parser.add_argument("--format", choices=sorted(FORMATS), default="human",
                        help="human: leesbaar (standaard); github: annotaties in een pull request; "
                             "lines: één regel per fout (voor VS Code)")
    parser.add_argument("--config", default="mkdocs.yml", help="het mkdocs.yml van het project")
    parser.add_argument("--record-urls", action="store_true",
                        help="voeg de adressen van nieuwe pagina's toe aan published-urls.txt")
    args = parser.parse_args(argv)
    project = Project.from_config_file(Path(args.config))
    content = load_site_content(project)
    catalogue, errors = content.catalogue, list(content.errors)
    if args.record_urls and unrecorded_only(errors):
        for url in record_new_urls(content.project, catalogue):
            print(f"Nieuw adres vastgelegd in published-urls.txt: {url}")
        content = load_site_content(project)
        catalogue, errors = content.catalogue, list(content.errors)
    if content.warnings and args.format == "human":
        print("Let op (geen fout, de site bouwt wel):\n"
              + "\n".join(f"  {warning}" for warning in content.warnings) + "\n")
    if not errors:
        print(summary_ok(catalogue))
        return 0
    print(FORMATS[args.format](errors))
    return 1


if __name__ == "__main__":
    sys.exit(main())
