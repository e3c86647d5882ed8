"""Issue 6, item 3: the same sources and SOURCE_DATE_EPOCH give the same site, byte for byte.

The project (sources and our plugins' code) is copied once; two copies of that snapshot are then
built one after the other, each from scratch (its own print cache, so every PDF is rendered
twice) and each with the plugins imported from its own copy. The builds differ in what differs
between two machines or two CI runs: the folders, Python's hash seed (the order of sets and of
dicts built from them) and the time zone. Every file of both sites is compared, whatever the
plugins put there: pages, sitemaps, feed, search index, open data, PDFs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO, mkdocs_build

pytestmark = pytest.mark.build

SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01 00:00 UTC
# Not part of what a build reads: tools, caches, outputs. Everything else is copied.
NOT_SOURCES = {".git", ".venv", "node_modules", "site", ".site.tmp", "site.old", ".cache", ".hypothesis",
               ".pytest_cache", "tests", "bench"}
MACHINES = ({"PYTHONHASHSEED": "1", "TZ": "UTC"}, {"PYTHONHASHSEED": "2", "TZ": "Pacific/Auckland"})


def not_sources(folder: str, names: list[str]) -> list[str]:
    return [name for name in names if name == "__pycache__" or (Path(folder) == REPO and name in NOT_SOURCES)]


def build_copy(snapshot: Path, workdir: Path, machine: dict, monkeypatch) -> Path:
    """Build a copy of the snapshot with its own copy of our plugins (they come first on the path)."""
    project = workdir / "project"
    shutil.copytree(snapshot, project)
    with monkeypatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
        env.setenv("PYTHONPATH", str(project / "plugins"))
        for name, value in machine.items():
            env.setenv(name, value)
        imported = subprocess.run([sys.executable, "-c", "import leerpunt; print(leerpunt.__file__)"],
                                  capture_output=True, text=True, check=True).stdout
        assert imported.startswith(str(project / "plugins")), imported
        result = mkdocs_build(project, workdir / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return workdir / "site"


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def first_difference(a: bytes, b: bytes) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"byte {at} of {len(a)}/{len(b)}: {a[max(0, at - 40):at + 40]!r} ≠ {b[max(0, at - 40):at + 40]!r}"


def test_two_builds_of_the_same_sources_are_identical(tmp_path, monkeypatch):
    snapshot = tmp_path / "snapshot"
    shutil.copytree(REPO, snapshot, ignore=not_sources)
    first, second = (files_of(build_copy(snapshot, tmp_path / f"machine-{i}", machine, monkeypatch))
                     for i, machine in enumerate(MACHINES, 1))
    suffixes = {Path(name).suffix for name in first}
    assert {".html", ".xml", ".gz", ".json", ".pdf"} <= suffixes, sorted(suffixes)
    assert sorted(first) == sorted(second)
    differing = [f"{name}: {first_difference(first[name], second[name])}" for name in first if first[name] != second[name]]
    assert not differing, "\n".join(differing)
