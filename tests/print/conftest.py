import shutil
from pathlib import Path

import pytest

from helpers import FIXTURES, mkdocs_build


def print_project(root: Path) -> Path:
    """The small valid content with the print plugin on and a model page with sections and cards."""
    shutil.copytree(FIXTURES / "valid", root)
    shutil.copytree(FIXTURES / "print-site", root, dirs_exist_ok=True)
    return root


@pytest.fixture
def print_site(tmp_path) -> Path:
    """A fresh, writable print project (its own, empty PDF cache)."""
    return print_project(tmp_path / "print-src")


@pytest.fixture(scope="session")
def small_build(tmp_path_factory):
    """The small print project built once in strict mode: (project, site folder, build output)."""
    root = print_project(tmp_path_factory.mktemp("print") / "src")
    site = root.parent / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return root, site, result.stdout + result.stderr
