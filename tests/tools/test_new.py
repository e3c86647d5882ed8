"""scripts/new: a complete, valid source; never overwrites."""

import datetime as dt
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import FIXTURES, load
from leerpunt.tools.new import ScaffoldError, main, new_approach, new_guide, slugify


def test_slug_from_a_dutch_title():
    assert slugify("Strategieën voor begrijpend lezen") == "strategieen-voor-begrijpend-lezen"
    assert slugify("  Gedrag: samen  een klasklimaat! ") == "gedrag-samen-een-klasklimaat"


def test_new_guide_is_valid_at_once(site):
    path = new_guide(site / "leidraden", 'Gedrag: "samen" sterk', dt.date(2026, 11, 24))
    assert path == site / "leidraden" / "gedrag-samen-sterk" / "index.md"
    catalogue = load(site)
    assert catalogue.errors == ()
    guide = catalogue.guide("gedrag-samen-sterk")
    assert guide.titel == 'Gedrag: "samen" sterk' and guide.gepubliceerd == "2026-11"
    assert guide.voorbeeld and len(guide.aanbevelingen) == 1


def test_new_approach_is_valid_at_once(site):
    path = new_approach(site / "toolkits", "kern", "Leren door te doen")
    catalogue = load(site)
    assert catalogue.errors == ()
    approach = next(a for a in catalogue.approaches if a.slug == "leren-door-te-doen")
    assert approach.impact is None and approach.bewijssterkte == 0 and not approach.geverifieerd
    assert "Schrijf hier" in path.read_text("utf-8")


def test_never_overwrites(site):
    existing = site / "toolkits" / "kern" / "feedback.md"
    before = existing.read_bytes()
    with pytest.raises(ScaffoldError, match="bestaat al. Er is niets aangemaakt of overschreven"):
        new_approach(site / "toolkits", "kern", "Feedback")
    assert existing.read_bytes() == before
    with pytest.raises(ScaffoldError):
        new_guide(site / "leidraden", "Goede feedback", dt.date(2026, 1, 1))


def test_unknown_toolkit_names_the_known_ones(site):
    with pytest.raises(ScaffoldError, match="Onbekende toolkit 'kleuters'. Kies een van: kern."):
        new_approach(site / "toolkits", "kleuters", "Spel")


def test_command_line(site, capsys, monkeypatch):
    monkeypatch.chdir(site)
    assert main(["leidraad", "Nieuwe leidraad"]) == 0
    assert "Aangemaakt: leidraden/nieuwe-leidraad/index.md" in capsys.readouterr().out
    assert main(["leidraad", "Nieuwe leidraad"]) == 1
    assert "leidraden/nieuwe-leidraad bestaat al. Er is niets aangemaakt of overschreven" in capsys.readouterr().err
    assert main(["aanpak", "kern", "!!!"]) == 1


def test_a_title_too_long_for_an_address_is_a_dutch_message(site, capsys, monkeypatch):
    monkeypatch.chdir(site)
    title = ("Lange titel " * 29)[:340]
    assert main(["leidraad", title]) == 1
    assert capsys.readouterr().err.startswith("De titel is 340 tekens lang; een titel heeft hoogstens 120 tekens")
    assert not any("lange-titel" in p.name for p in (site / "leidraden").iterdir())


def full_disk(self, *args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device", str(self))


def test_a_full_disk_is_a_dutch_message_and_leaves_nothing_half_made(site, capsys, monkeypatch):
    monkeypatch.chdir(site)
    monkeypatch.setattr(Path, "write_text", full_disk)
    assert main(["leidraad", "Nieuwe leidraad"]) == 1
    assert capsys.readouterr().err == ("De schijf is vol: leidraden/nieuwe-leidraad/index.md kon niet geschreven worden. "
                                       "Maak ruimte vrij en probeer opnieuw; er is niets aangemaakt.\n")
    assert not (site / "leidraden" / "nieuwe-leidraad").exists()
    assert main(["aanpak", "kern", "Nieuwe aanpak"]) == 1
    assert "De schijf is vol: toolkits/kern/nieuwe-aanpak.md" in capsys.readouterr().err
    assert not (site / "toolkits" / "kern" / "nieuwe-aanpak.md").exists()


def test_scripts_new_needs_no_temporary_folder(tmp_path):
    """A full or tiny TMPDIR never reaches scripts/new: it writes only the new source."""
    copy = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", copy)
    result = subprocess.run([sys.executable, "-m", "leerpunt.tools.new", "leidraad", "Zonder tijdelijke map"], cwd=copy,
                            env={**os.environ, "TMPDIR": str(tmp_path / "bestaat-niet")}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (copy / "leidraden" / "zonder-tijdelijke-map" / "index.md").is_file()


def test_a_new_project_has_every_field_and_the_check_names_each_empty_one(site, capsys, monkeypatch):
    from leerpunt.tools.check import main as check
    from leerpunt.tools.new import main as new

    monkeypatch.chdir(site)
    assert new(["project", "Samen lezen: een test"]) == 0
    path = site / "projecten" / "samen-lezen-een-test.yml"
    assert path.is_file() and 'titel: "Samen lezen: een test"' in path.read_text("utf-8")
    capsys.readouterr()
    assert check([]) == 1
    report = capsys.readouterr().out
    for field in ("soort", "aanvrager", "status", "samenvatting"):
        assert f"projecten/samen-lezen-een-test.yml:" in report and f"veld '{field}'" in report
    assert new(["project", "Samen lezen: een test"]) == 1  # never overwrites
