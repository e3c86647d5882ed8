"""`scripts/doctor`: is this computer ready to build the site? Dutch answers with advice per system.

Runs with the system's python3 and the standard library only (before .venv exists), so it can
tell an editor what to install. When .venv exists it also loads WeasyPrint and finds the PDF fonts
in it, the same way the build does.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .cli import Parser
from .serve import DEFAULT_PORT, first_free_port, port_is_free

MINIMUM_PYTHON = (3, 11)
PANGO_LIBRARIES = ("pango-1.0", "pangoft2-1.0")
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@dataclass(frozen=True)
class Finding:
    ok: bool
    what: str
    advice: str = ""
    needed_for: str = "make site"  # or "make test": missing test tools do not stop an editor

    @property
    def blocking(self) -> bool:
        return not self.ok and self.needed_for != "make test"


# Install commands per system: Debian/Ubuntu (also WSL and the devcontainer) and macOS with Homebrew.
INSTALL = {
    "python": {"debian": "sudo apt install python3.11 python3.11-venv", "macos": "brew install python@3.11"},
    "venv": {"debian": "sudo apt install python3-venv", "macos": "brew reinstall python@3.11"},
    "make": {"debian": "sudo apt install make", "macos": "xcode-select --install"},
    "git": {"debian": "sudo apt install git", "macos": "xcode-select --install"},
    "pango": {"debian": "sudo apt install libpango-1.0-0 libpangoft2-1.0-0",
              "macos": "brew install pango  (en zet DYLD_FALLBACK_LIBRARY_PATH=/opt/homebrew/lib in je shell)"},
    "fonts": {"debian": "sudo apt install fonts-dejavu-core", "macos": "brew install --cask font-dejavu"},
    "browser": {"debian": "sudo apt install chromium", "macos": "brew install --cask chromium"},
    "node": {"debian": "sudo apt install nodejs npm", "macos": "brew install node"},
    "java": {"debian": "sudo apt install default-jre-headless", "macos": "brew install openjdk"},
}


def system_kind(system: str | None = None, debian_marker: Path = Path("/etc/debian_version")) -> str:
    """'debian', 'macos', 'windows' or 'other': which install advice fits this computer."""
    system = system or platform.system()
    if system == "Darwin":
        return "macos"
    if system == "Windows":
        return "windows"
    return "debian" if system == "Linux" and debian_marker.exists() else "other"


def advice(topic: str, kind: str) -> str:
    if kind == "windows":
        return ("Werk in WSL (Ubuntu) of in de devcontainer (.devcontainer/, bv. GitHub Codespaces): "
                "zie CONTRIBUTING.md, Eenmalig klaarzetten.")
    command = INSTALL[topic].get(kind)
    return f"Installeer met: {command}" if command else \
        f"Installeer dit met de pakketbeheerder van je systeem (op Debian/Ubuntu: {INSTALL[topic]['debian']})."


def check_python(version=sys.version_info, kind: str = "debian") -> Finding:
    shown = ".".join(map(str, version[:3]))
    if tuple(version[:2]) >= MINIMUM_PYTHON:
        return Finding(True, f"Python {shown}")
    return Finding(False, f"Python {shown} is te oud; nodig: 3.11 of nieuwer", advice("python", kind))


def check_venv(kind: str, find_spec=importlib.util.find_spec) -> Finding:
    if find_spec("venv") and find_spec("ensurepip"):
        return Finding(True, "python3 -m venv werkt (make maakt er .venv mee)")
    return Finding(False, "python3 -m venv ontbreekt (make kan .venv niet aanmaken)", advice("venv", kind))


def check_command(name: str, topic: str, kind: str, needed_for: str = "make site", which=shutil.which) -> Finding:
    if which(name):
        return Finding(True, f"{name} gevonden", needed_for=needed_for)
    return Finding(False, f"{name} ontbreekt", advice(topic, kind), needed_for)


def pango_loadable(load=ctypes.CDLL, find=ctypes.util.find_library) -> list[str]:
    """The Pango libraries WeasyPrint needs that cannot be loaded."""
    missing = []
    for library in PANGO_LIBRARIES:
        name = find(library)
        try:
            load(name or f"lib{library}.so.0")
        except OSError:
            missing.append(library)
    return missing


def check_pango(kind: str, missing: list[str] | None = None) -> Finding:
    missing = pango_loadable() if missing is None else missing
    if not missing:
        return Finding(True, "Pango gevonden (WeasyPrint maakt er de pdf's mee)")
    return Finding(False, f"Pango ontbreekt ({', '.join(missing)}): zonder Pango geen pdf's", advice("pango", kind))


def check_port(port: int, is_free=port_is_free) -> Finding:
    if is_free(port):
        return Finding(True, f"poort {port} is vrij voor make serve")
    other = first_free_port(port + 1, is_free=is_free)
    where = f"make serve neemt dan poort {other}" if other else "kies een andere poort: make serve PORT=9000"
    return Finding(False, f"poort {port} is bezet (draait er al een make serve?)", f"Geen probleem: {where}.",
                   needed_for="make test")  # not blocking: serve moves on to a free port


def check_in_venv(venv_python: Path, kind: str, run=subprocess.run) -> list[Finding]:
    """WeasyPrint and the PDF fonts, loaded by the project's own code inside .venv."""
    if not venv_python.exists():
        return [Finding(True, "nog geen .venv: make site maakt die aan; voer daarna scripts/doctor opnieuw uit "
                              "om ook WeasyPrint en de lettertypen te controleren")]
    findings = []
    weasy = run([str(venv_python), "-c", "import weasyprint"], capture_output=True, text=True)
    findings.append(Finding(True, "WeasyPrint laadt in .venv") if weasy.returncode == 0 else
                    Finding(False, "WeasyPrint laadt niet in .venv (meestal ontbreekt Pango)", advice("pango", kind)))
    fonts = run([str(venv_python), "-c", "from leerpunt.print.fonts import font_files; font_files()"],
                capture_output=True, text=True)
    findings.append(Finding(True, "lettertype DejaVu Sans gevonden (de pdf's gebruiken het)") if fonts.returncode == 0
                    else Finding(False, "lettertype DejaVu Sans ontbreekt (de pdf's gebruiken het)",
                                 advice("fonts", kind)))
    return findings


def examine(root: Path, port: int, kind: str) -> list[Finding]:
    findings = [check_python(kind=kind), check_venv(kind), check_command("make", "make", kind),
                check_command("git", "git", kind), check_pango(kind),
                *check_in_venv(root / ".venv" / "bin" / "python", kind), check_port(port)]
    browser = next((name for name in BROWSERS if shutil.which(name)), None)
    findings.append(Finding(True, f"{browser} gevonden (voor de browsertests)", needed_for="make test") if browser else
                    Finding(False, "Chromium ontbreekt", advice("browser", kind), "make test"))
    findings.append(check_command("npm", "node", kind, "make test"))
    findings.append(check_command("java", "java", kind, "make test"))
    return findings


def report(findings: list[Finding]) -> str:
    lines = []
    for finding in findings:
        mark = "OK  " if finding.ok else ("FOUT" if finding.blocking else "let op")
        note = "" if finding.ok or finding.needed_for != "make test" else " (alleen nodig voor make test)"
        lines.append(f"{mark}  {finding.what}{note}")
        if not finding.ok and finding.advice:
            lines.append(f"      Tip: {finding.advice}")
    blocking = sum(f.blocking for f in findings)
    lines.append("")
    lines.append("Je computer is klaar: make serve toont de site." if not blocking else
                 f"{blocking} {'probleem' if blocking == 1 else 'problemen'} om op te lossen voor make site of "
                 "make serve werkt. Wil je niets installeren? Open het project in de devcontainer "
                 "(zie CONTRIBUTING.md).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="scripts/doctor", description="Controleer of deze computer de site kan bouwen.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="de poort voor make serve (standaard "
                                                                       f"{DEFAULT_PORT})")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[3]
    findings = examine(root, args.port, system_kind())
    print(report(findings))
    return 1 if any(f.blocking for f in findings) else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
