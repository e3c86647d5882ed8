import shutil
from pathlib import Path

import pytest

from helpers import FIXTURES


@pytest.fixture
def collections_root(tmp_path) -> Path:
    """A fresh, writable copy of the small valid projects, glossary and materials."""
    root = tmp_path / "collections"
    shutil.copytree(FIXTURES / "collections", root)
    return root

