"""Issue 16.1: an editor who adds a guide and an approach the documented way keeps CI green.

In a copy of this repository (the files git knows, committed or not), exactly what CONTRIBUTING.md
tells an editor: `scripts/new leidraad …`, `scripts/new aanpak …`, `scripts/check --record-urls`;
then `make site` (strict) and the tests that check the shipped content, run on the copy.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO

pytestmark = pytest.mark.build

# The tests that read the shipped content (rather than a fixture): they must derive what they
# expect from the catalogue and the sources, never from today's counts.
CONTENT_TESTS = (
    "tests/build/test_shipped_site.py",
    "tests/print/test_shipped_pdfs.py",
    "tests/opendata",
    "tests/quality/test_site_links.py",
    "tests/browser/test_explorer.py",
)
GUIDE = "Huiswerk dat het leren ondersteunt"
APPROACH = ("leren-en-lesgeven", "Leren door les te geven")


def repository_copy(target: Path) -> Path:
    """The working tree as git sees it, with our venv and npm tools (never reinstalled) and the PDF cache."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    venv = Path(sys.prefix)
    (target / ".venv").mkdir()
    for part in ("bin", "lib", "lib64", "include", "pyvenv.cfg"):
        if (venv / part).exists():
            (target / ".venv" / part).symlink_to(venv / part)
    for stamp in (".installed", ".installed-test"):
        (target / ".venv" / stamp).touch()
    if (REPO / "node_modules").is_dir():
        (target / "node_modules").symlink_to(REPO / "node_modules")
    if (REPO / ".cache" / "leerpunt-print").is_dir():
        shutil.copytree(REPO / ".cache" / "leerpunt-print", target / ".cache" / "leerpunt-print")
    return target


def run(copy: Path, *command: str, timeout: int = 900) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MAKE", "MFLAGS", "PYTEST_", "SITE_URL", "LEERPUNT_PUBLICATIE"))}
    result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    return result


def test_a_new_guide_and_approach_keep_the_build_and_the_content_tests_green(tmp_path):
    copy = repository_copy(tmp_path / "clone")
    run(copy, "scripts/new", "leidraad", GUIDE)
    run(copy, "scripts/new", "aanpak", *APPROACH)
    recorded = run(copy, "scripts/check", "--record-urls").stdout
    assert "/leidraden/huiswerk-dat-het-leren-ondersteunt/" in recorded
    assert "/toolkits/leren-en-lesgeven/leren-door-les-te-geven/" in recorded
    run(copy, "make", "--no-print-directory", "site")
    built = copy / "site"
    assert (built / "leidraden" / "huiswerk-dat-het-leren-ondersteunt" / "index.html").is_file()
    assert (built / "toolkits" / "leren-en-lesgeven" / "leren-door-les-te-geven" / "index.html").is_file()
    tests = run(copy, str(copy / ".venv" / "bin" / "python"), "-m", "pytest", "-p", "no:cacheprovider", "-q",
                *CONTENT_TESTS, timeout=1500)
    assert " passed" in tests.stdout and " failed" not in tests.stdout
