"""`scripts/new`: create a new source for a guide, an approach or a project; never overwrite.

Guides and approaches come complete and valid (text to replace starts with 'Schrijf hier' and
`voorbeeld: true` keeps that legal); a project comes with its fields empty, so `scripts/check`
names each one that still needs a value."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path
from string import Template

from ..project import Project
from .cli import Parser


def slugify(title: str) -> str:
    """'Strategieën voor begrijpend lezen' → 'strategieen-voor-begrijpend-lezen'."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def _template(name: str) -> Template:
    return Template(resources.files("leerpunt.tools").joinpath("templates", name).read_text("utf-8"))


# The address comes from the title; a longer text belongs in `samenvatting`.
MAX_TITLE = 120


def _yaml_text(title: str) -> str:
    """The title as a YAML scalar that survives colons, quotes and leading symbols."""
    return '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_guide(leidraden_dir: Path, title: str, today: dt.date) -> Path:
    target = leidraden_dir / slugify(title) / "index.md"
    _refuse_existing(target.parent)
    target.parent.mkdir(parents=True)
    _write_new(target, _template("leidraad.md").substitute(titel=_yaml_text(title), maand=f"{today:%Y-%m}"),
               created=target.parent)
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
    _write_new(target, _template("aanpak.md").substitute(titel=_yaml_text(title), niveaus=levels, bron=source))
    return target


def new_project(projecten_dir: Path, title: str, today: dt.date) -> Path:
    target = projecten_dir / f"{slugify(title)}.yml"
    _refuse_existing(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_new(target, _template("project.yml").substitute(titel=_yaml_text(title), vandaag=f"{today:%Y-%m-%d}"))
    return target


class ScaffoldError(Exception):
    """A reason not to create the file, in Dutch, for the editor."""


def _write_new(target: Path, text: str, created: Path | None = None) -> None:
    """Write a new file; when that fails (a full disk), leave nothing half-made behind."""
    try:
        target.write_text(text, "utf-8")
    except OSError:
        target.unlink(missing_ok=True)
        if created:
            created.rmdir()
        raise


def disk_problem(error: OSError) -> str:
    """A failed write in Dutch, with what to do."""
    where = os.path.relpath(error.filename) if error.filename else "het bestand"
    if error.errno == errno.ENOSPC:
        return (f"De schijf is vol: {where} kon niet geschreven worden. Maak ruimte vrij en probeer opnieuw; "
                "er is niets aangemaakt.")
    if error.errno == errno.ENAMETOOLONG:
        return f"De naam van {where} is te lang voor je schijf. Kies een kortere titel; er is niets aangemaakt."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"Je mag niet schrijven in {os.path.dirname(where) or '.'}. Controleer de map of de rechten; "
                "er is niets aangemaakt.")
    return f"{where} kon niet geschreven worden ({error.strerror}); er is niets aangemaakt."


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise ScaffoldError(f"{os.path.relpath(target)} bestaat al. Er is niets aangemaakt of overschreven; kies een "
                            "andere titel "
                            "of bewerk het bestaande bestand.")


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="scripts/new", description="Maak een nieuwe leidraad, aanpak of project aan.")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="leidraad|aanpak|project")
    guide = kinds.add_parser("leidraad", help='scripts/new leidraad "Titel"')
    guide.add_argument("titel")
    approach = kinds.add_parser("aanpak", help='scripts/new aanpak <toolkit> "Titel"')
    approach.add_argument("toolkit")
    approach.add_argument("titel")
    project = kinds.add_parser("project", help='scripts/new project "Titel"')
    project.add_argument("titel")
    parser.add_argument("--config", default="mkdocs.yml", help="het mkdocs.yml van het project")
    args = parser.parse_args(argv)
    if not slugify(args.titel):
        print("De titel moet letters of cijfers bevatten.", file=sys.stderr)
        return 1
    if len(args.titel) > MAX_TITLE:
        print(f"De titel is {len(args.titel)} tekens lang; een titel heeft hoogstens {MAX_TITLE} tekens, want het "
              "webadres komt eruit. Kies een kortere titel; een langere uitleg past in 'samenvatting'.",
              file=sys.stderr)
        return 1
    sources = Project.from_config_file(Path(args.config)).sources
    try:
        if args.kind == "leidraad":
            path = new_guide(sources.leidraden_dir, args.titel, dt.date.today())
        elif args.kind == "project":
            path = new_project(sources.projecten_dir, args.titel, dt.date.today())
        else:
            path = new_approach(sources.toolkits_dir, args.toolkit, args.titel)
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(disk_problem(error), file=sys.stderr)
        return 1
    shown = path.relative_to(sources.root)
    print(f"Aangemaakt: {shown}\n"
          "Volgende stappen:\n"
          + (f"  1. Open {shown} en vul elk veld in (scripts/check noemt wat nog ontbreekt).\n"
             if args.kind == "project"
             else f"  1. Open {shown} en vervang elke tekst die met 'Schrijf hier' begint.\n") +
          "  2. Bekijk de pagina met: make serve  (http://127.0.0.1:8000)\n"
          "  3. Controleer alles met: scripts/check\n"
          "  4. Leg het nieuwe webadres vast met: scripts/check --record-urls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
