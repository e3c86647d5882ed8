import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from helpers import FIXTURES, REPO, mkdocs_build


@pytest.fixture
def site(tmp_path) -> Path:
    """A fresh, writable copy of the small valid content folder."""
    root = tmp_path / "site-src"
    shutil.copytree(FIXTURES / "valid", root)
    return root


@pytest.fixture(scope="session")
def shipped_build(tmp_path_factory):
    """The shipped site, built once per test run in strict mode: (site folder, build output)."""
    site = tmp_path_factory.mktemp("shipped") / "site"
    result = mkdocs_build(REPO, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site, result.stdout + result.stderr


@pytest.fixture(scope="session")
def shipped_url(shipped_build):
    """The shipped site served over HTTP on loopback, as a real browser needs it."""
    handler = functools.partial(_QuietHandler, directory=str(shipped_build[0]))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
