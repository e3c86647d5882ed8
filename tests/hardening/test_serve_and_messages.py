"""Issue 19.7 and 16.8: serve watches every source and survives a broken mkdocs.yml; the tools speak Dutch."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from helpers import FIXTURES
from leerpunt.catalogue.yamlsource import parse_yaml
from leerpunt.project import Project
from leerpunt.tools import check, new, reference
from leerpunt.tools.serve import config_problem, main as serve_main

BROKEN = "site_name: x\n  nav: [\n"


def test_a_broken_mkdocs_yml_is_a_dutch_message_before_serving(site, capsys, monkeypatch):
    (site / "mkdocs.yml").write_text((site / "mkdocs.yml").read_text("utf-8") + BROKEN, "utf-8")
    monkeypatch.chdir(site)
    assert serve_main(["--port", "8000"]) == 1
    message = capsys.readouterr().err
    assert message.startswith("mkdocs.yml:") and "is geen geldige YAML: een dubbele punt op een plaats" in message


def test_serve_watches_every_source_outside_docs_dir(site):
    (site / "published-urls.txt").write_text("/\n", "utf-8")
    (site / "redirects.yml").write_text("", "utf-8")
    watched = Project.from_config_file(site / "mkdocs.yml").watched()
    assert {site / "toolkits", site / "leidraden", site / "published-urls.txt", site / "redirects.yml"} <= set(watched)


@pytest.mark.build
def test_a_mkdocs_yml_that_breaks_during_serve_gives_a_message_not_a_hang(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", root)
    port = 18765
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    serve = subprocess.Popen([sys.executable, "-m", "leerpunt.tools.serve", "--port", str(port)], cwd=root, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        url = None
        for line in serve.stdout:
            if "Open http://" in line:
                url = line.split("Open ")[1].split(" ")[0]
                break
        assert url
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url, timeout=5).close()
                break
            except OSError:
                assert time.monotonic() < deadline and serve.poll() is None
                time.sleep(0.5)
        config = root / "mkdocs.yml"
        config.write_text(config.read_text("utf-8") + BROKEN, "utf-8")
        output = []
        for line in serve.stdout:
            output.append(line)
            if "laatste goede versie" in line:
                break
        assert "mkdocs.yml:" in output[-1] and "geen geldige YAML" in output[-1], "".join(output)
        started = time.monotonic()
        with urllib.request.urlopen(url + "toolkits/", timeout=20) as response:  # MkDocs itself waited forever
            assert response.status == 200
        assert time.monotonic() - started < 10
    finally:
        os.killpg(serve.pid, 15)
        serve.wait(timeout=30)


@pytest.mark.parametrize("text, found", [
    ("a: b: c", "een dubbele punt op een plaats waar geen veld kan beginnen"),
    ("a: [1, 2", "een lijst tussen [ ] die niet goed gesloten is (gevonden: het einde van het bestand)"),
    ('a: "x', "een tekst tussen aanhalingstekens die niet gesloten wordt"),
    ("a: 1\n- b", "een regel die verkeerd ingesprongen is (gevonden: een lijstelement ('- '))"),
    ("@x: 1", "een waarde die begint met het teken '@'"),
    ("a: 1\n---\nb: 2", "meer dan één YAML-document (een tweede regel '---')"),
])
def test_pyyaml_problems_reach_editors_in_dutch(text, found):
    error = parse_yaml(text, "x.yml")
    assert error.found.startswith(found), error.found


@pytest.mark.parametrize("tool, argv, words", [
    (check, ["--bogus"], "scripts/check: fout: onbekende argumenten: --bogus"),
    (check, ["--format", "x"], "scripts/check: fout: argument --format: ongeldige keuze: 'x' (kies uit"),
    (new, [], "scripts/new: fout: deze argumenten ontbreken: leidraad|aanpak"),
    (new, ["aanpak"], "scripts/new aanpak: fout: deze argumenten ontbreken: toolkit, titel"),
    (reference, ["--nee"], "scripts/reference: fout: onbekende argumenten: --nee"),
])
def test_argparse_speaks_dutch(capsys, tool, argv, words):
    with pytest.raises(SystemExit) as exit_:
        tool.main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: ") and words in err
    assert "usage" not in err and "error" not in err


def test_help_is_dutch(capsys):
    with pytest.raises(SystemExit):
        check.main(["--help"])
    out = capsys.readouterr().out
    assert "opties:" in out and "toon deze hulp en stop" in out and "show this help" not in out
