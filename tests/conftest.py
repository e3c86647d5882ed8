import shutil
from pathlib import Path

import pytest

from helpers import FIXTURES


@pytest.fixture
def site(tmp_path) -> Path:
    """A fresh, writable copy of the small valid content folder."""
    root = tmp_path / "site-src"
    shutil.copytree(FIXTURES / "valid", root)
    return root
