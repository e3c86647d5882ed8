"""`scripts/new`: create a complete, valid source for a guide or an approach; never overwrite."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path
from string import Template

from ..project import Project


def slugify(title: str) -> str:
    """'Strategieën voor begrijpend lezen' → 'strategieen-voor-begrijpend-lezen'."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def _template(name: str) -> Template:
    return Template(resources.files("leerpunt.tools").joinpath("templates", f"{name}.md").read_text("utf-8"))


def _yaml_text(title: str) -> str:
    """The title as a YAML scalar that survives colons, quotes and leading symbols."""
    return '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_guide(leidraden_dir: Path, title: str, today: dt.date) -> Path:
    target = leidraden_dir / slugify(title) / "index.md"
    _refuse_existing(target.parent)
    target.parent.mkdir(parents=True)
    target.write_text(_template("leidraad").substitute(titel=_yaml_text(title), maand=f"{today:%Y-%m}"), "utf-8")
    return target


def new_approach(toolkits_dir: Path, toolkit: str, title: str) -> Path:
    folder = toolkits_dir / toolkit
    if not (folder / "toolkit.yml").is_file():
        known = sorted(p.parent.name for p in toolkits_dir.glob("*/toolkit.yml"))
        raise ScaffoldError(f"Onbekende toolkit '{toolkit}'. Kies een van: {', '.join(known)}.")
    target = folder / f"{slugify(title)}.md"
    _refuse_existing(target)
    levels = "kleuter" if "kleuter" in toolkit else "lager, secundair"
    source = "https://educationendowmentfoundation.org.uk/education-evidence/" + (
        "early-years-toolkit" if "kleuter" in toolkit else "teaching-learning-toolkit")
    target.write_text(_template("aanpak").substitute(titel=_yaml_text(title), niveaus=levels, bron=source), "utf-8")
    return target


class ScaffoldError(Exception):
    """A reason not to create the file, in Dutch, for the editor."""


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise ScaffoldError(f"{os.path.relpath(target)} bestaat al. Er is niets aangemaakt of overschreven; kies een andere titel "
                            "of bewerk het bestaande bestand.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/new", description="Maak een nieuwe leidraad of aanpak aan.")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="leidraad|aanpak")
    guide = kinds.add_parser("leidraad", help='scripts/new leidraad "Titel"')
    guide.add_argument("titel")
    approach = kinds.add_parser("aanpak", help='scripts/new aanpak <toolkit> "Titel"')
    approach.add_argument("toolkit")
    approach.add_argument("titel")
    parser.add_argument("--config", default="mkdocs.yml", help="het mkdocs.yml van het project")
    args = parser.parse_args(argv)
    if not slugify(args.titel):
        print("De titel moet letters of cijfers bevatten.", file=sys.stderr)
        return 1
    sources = Project.from_config_file(Path(args.config)).sources
    try:
        if args.kind == "leidraad":
            path = new_guide(sources.leidraden_dir, args.titel, dt.date.today())
        else:
            path = new_approach(sources.toolkits_dir, args.toolkit, args.titel)
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return 1
    shown = path.relative_to(sources.root)
    print(f"Aangemaakt: {shown}\n"
          "Volgende stappen:\n"
          f"  1. Open {shown} en vervang elke tekst die met 'Schrijf hier' begint.\n"
          "  2. Bekijk de pagina met: make serve  (http://127.0.0.1:8000)\n"
          "  3. Controleer alles met: scripts/check\n"
          "  4. Leg het nieuwe webadres vast met: scripts/check --record-urls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
