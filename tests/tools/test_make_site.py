"""`make site` is strict (warnings fail it) and two builds at once both leave a complete site/."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import FIXTURES, REPO

pytestmark = pytest.mark.build


def project_copy(tmp_path: Path) -> Path:
    """A copy of the small valid site with the real Makefile; the venv is ours (never rebuilt: -o)."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", root)
    shutil.copy(REPO / "Makefile", root / "Makefile")
    return root


def make(root: Path, *targets: str, wait: bool = True, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS"))}
    command = ["make", "--no-print-directory", f"VENV={Path(sys.executable).parent.parent}",
               "-o", f"{Path(sys.executable).parent.parent}/.installed", *targets]
    if not wait:
        return subprocess.Popen(command, cwd=root, env={**clean, **env}, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
    return subprocess.run(command, cwd=root, env={**clean, **env}, capture_output=True, text=True, timeout=300)


def files_of(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_make_site_fails_on_a_broken_link_and_names_the_file(tmp_path):
    root = project_copy(tmp_path)
    page = root / "content" / "index.md"
    page.write_text(page.read_text("utf-8") + "\nZie [de oude pagina](bestaat-niet.md).\n", "utf-8")
    result = make(root, "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "index.md" in output and "bestaat-niet.md" in output
    assert not (root / "site").exists() and not list(root.glob(".site.tmp.*"))


def test_two_make_site_at_once_both_leave_a_complete_site(tmp_path):
    root = project_copy(tmp_path)
    first = make(root, "site")
    assert first.returncode == 0, first.stdout + first.stderr
    complete = files_of(root / "site")
    shutil.rmtree(root / "site")
    builds = [make(root, "site", wait=False) for _ in range(2)]
    outputs = [build.communicate(timeout=300)[0] for build in builds]
    assert [build.returncode for build in builds] == [0, 0], outputs
    assert files_of(root / "site") == complete
    assert not list(root.glob(".site.tmp.*")) and not list(root.glob(".site.old.*"))


def test_a_killed_build_leaves_nothing_that_the_next_build_keeps(tmp_path):
    root = project_copy(tmp_path)
    (root / ".site.tmp.killed").mkdir()
    (root / ".site.tmp.killed" / "half.html").write_text("half", "utf-8")
    result = make(root, "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (root / ".site.tmp.killed").exists() and (root / "site" / "index.html").is_file()


def test_a_failed_installation_ends_with_dutch_advice(tmp_path):
    """pip's own message stays (English, from pip), followed by what an editor can do."""
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(REPO / name, tmp_path / name)
    shutil.copytree(REPO / "requirements", tmp_path / "requirements")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS"))}
    result = subprocess.run(["make", "--no-print-directory", "PYTHON=false", ".venv/.installed"], cwd=tmp_path, env=clean,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "De installatie in .venv is mislukt (zie de melding hierboven). Tip: scripts/doctor" in result.stderr
    assert not (tmp_path / ".venv" / ".installed").exists()
