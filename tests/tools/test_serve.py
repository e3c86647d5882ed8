"""`make serve PORT=…`: a taken port moves the preview to the next free one, in Dutch, at once."""

import inspect
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from helpers import FIXTURES, REPO
from leerpunt.tools.serve import POLLING_SECONDS, first_free_port, main, preview_server_init


def test_the_first_free_port_from_the_wanted_one():
    taken = {8000, 8001}
    assert first_free_port(8000, is_free=lambda port: port not in taken) == 8002
    assert first_free_port(8000, tries=2, is_free=lambda port: port not in taken) is None


def test_an_impossible_port_is_a_dutch_message(capsys):
    assert main(["--port", "70000"]) == 2
    assert "Poort 70000 bestaat niet" in capsys.readouterr().err


def test_the_preview_looks_for_saved_files_more_often_than_mkdocs():
    """MkDocs' watcher polls every 0.5 s (LiveReloadServer's default): an editor waited up to that long
    before the rebuild started."""
    from mkdocs.livereload import LiveReloadServer
    made = []
    init = preview_server_init(lambda server, builder, **options: made.append((builder, options)),
                               REPO / "mkdocs.yml")
    init(None, lambda: "built", host="127.0.0.1", port=8000, root="site")
    builder, options = made[0]
    assert options["polling_interval"] == POLLING_SECONDS < inspect.signature(
        LiveReloadServer.__init__).parameters["polling_interval"].default
    assert builder() == "built"  # the tolerant builder: mkdocs.yml reads well, so it builds


def listening_socket() -> socket.socket:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    return busy


@pytest.mark.build
def test_make_serve_on_a_taken_port_serves_on_the_next_free_one(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", root)
    busy = listening_socket()
    port = busy.getsockname()[1]
    venv = Path(sys.executable).parent.parent
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS"))}
    serve = subprocess.Popen(["make", "--no-print-directory", "-f", str(REPO / "Makefile"), f"VENV={venv}",
                              "-o", f"{venv}/.installed", "serve", f"PORT={port}"],
                             cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             start_new_session=True)
    try:
        lines = []
        while not any("Open http://" in line for line in lines):
            lines.append(serve.stdout.readline())
            assert lines[-1], "".join(lines)
        output = "".join(lines)
        assert f"Poort {port} is bezet" in output and "Open http://127.0.0.1:" in output, output
        served = int(output.split("Open http://127.0.0.1:")[1].split("/")[0])
        assert served > port
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{served}/", timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and serve.poll() is None, "".join(lines)
                time.sleep(0.5)
    finally:
        os.killpg(serve.pid, 15)
        serve.wait(timeout=30)
        busy.close()
