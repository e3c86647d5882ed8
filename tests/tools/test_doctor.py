"""scripts/doctor: what this computer lacks to build the site, with Dutch advice for its system."""

import subprocess
from pathlib import Path

from helpers import REPO
from leerpunt.tools.doctor import (Finding, advice, check_command, check_pango, check_port, check_python, check_venv,
                                   report, system_kind)


def test_the_system_decides_the_advice(tmp_path):
    assert system_kind("Darwin") == "macos" and system_kind("Windows") == "windows"
    marker = tmp_path / "debian_version"
    assert system_kind("Linux", marker) == "other"
    marker.write_text("12.0")
    assert system_kind("Linux", marker) == "debian"
    assert advice("pango", "debian") == "Installeer met: sudo apt install libpango-1.0-0 libpangoft2-1.0-0"
    assert advice("pango", "macos").startswith("Installeer met: brew install pango")
    assert "WSL" in advice("pango", "windows") and "devcontainer" in advice("pango", "windows")


def test_an_old_python_and_a_missing_venv_block_the_build():
    old = check_python((3, 9, 2), "debian")
    assert not old.ok and old.blocking and old.what == "Python 3.9.2 is te oud; nodig: 3.11 of nieuwer"
    assert check_python((3, 11, 2)).ok
    missing = check_venv("debian", find_spec=lambda name: None if name == "ensurepip" else object())
    assert missing.blocking and missing.advice == "Installeer met: sudo apt install python3-venv"


def test_missing_pango_blocks_and_a_missing_browser_does_not():
    pango = check_pango("debian", missing=["pango-1.0"])
    assert pango.blocking and "zonder Pango geen pdf's" in pango.what
    browser = check_command("chromium", "browser", "debian", "make test", which=lambda name: None)
    assert not browser.ok and not browser.blocking


def test_a_taken_port_names_the_one_serve_will_use():
    finding = check_port(8000, is_free=lambda port: port != 8000)
    assert not finding.ok and not finding.blocking
    assert finding.advice == "Geen probleem: make serve neemt dan poort 8001."


def test_the_report_counts_what_blocks():
    text = report([Finding(True, "Python 3.11.2"), Finding(False, "Pango ontbreekt", "Installeer met: x"),
                   Finding(False, "Chromium ontbreekt", "y", "make test")])
    assert text.splitlines()[:4] == ["OK    Python 3.11.2", "FOUT  Pango ontbreekt", "      Tip: Installeer met: x",
                                     "let op  Chromium ontbreekt (alleen nodig voor make test)"]
    assert text.splitlines()[-1].startswith("1 probleem om op te lossen")


def test_scripts_doctor_runs_with_the_system_python_alone():
    """No .venv on the path and no third-party module: it must work before anything is installed."""
    result = subprocess.run([str(REPO / "scripts" / "doctor")], capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(Path.home())})
    assert result.stderr == "" and result.stdout.startswith(("OK    Python 3.", "FOUT  Python ")), result.stdout
    assert result.returncode == (1 if "\nFOUT" in "\n" + result.stdout else 0), result.stdout
