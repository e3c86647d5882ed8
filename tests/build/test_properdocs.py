"""The exit from unmaintained MkDocs 1.x: ProperDocs builds the shipped site strictly, page for page
the same as MkDocs; the only difference allowed is the generator tag each writes into <head>."""

import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from helpers import REPO

pytestmark = pytest.mark.build

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_properdocs_and_mkdocs_build_the_same_site(shipped_build, tmp_path):
    mkdocs_site, _ = shipped_build
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    properdocs = Path(sys.executable).parent / "properdocs"
    result = subprocess.run([str(properdocs), "build", "--strict", "--config-file", "mkdocs.yml",
                             "--site-dir", str(tmp_path / "site")], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    by_mkdocs, by_properdocs = files_of(mkdocs_site), files_of(tmp_path / "site")
    assert sorted(by_properdocs) == sorted(by_mkdocs)
    generators = set()
    for name, content in by_mkdocs.items():
        other = by_properdocs[name]
        if name.endswith(".html"):
            generators |= {(m, p) for m, p in zip(GENERATOR.findall(content), GENERATOR.findall(other))}
            content, other = GENERATOR.sub(b"", content), GENERATOR.sub(b"", other)
        assert content == other, name
    material = f"mkdocs-material-{version('mkdocs-material')}"
    assert generators == {(f"mkdocs-{version('mkdocs')}, {material}".encode(),
                           f"mkdocs-ProperDocs {version('properdocs')}, {material}".encode())}
