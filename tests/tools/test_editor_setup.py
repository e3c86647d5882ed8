"""Editors' set-up: VS Code knows mkdocs.yml's tags, the devcontainer and CONTRIBUTING agree with CI."""

import json
import re

from helpers import REPO


def test_vscode_knows_every_tag_of_mkdocs_yml_in_the_form_its_yaml_extension_reads():
    """redhat.vscode-yaml matches `!!python/name:x` by its full tag, and `!ENV [NAME, default]` is a sequence."""
    custom = json.loads((REPO / ".vscode" / "settings.json").read_text("utf-8"))["yaml.customTags"]
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    for name in re.findall(r"!!python/name:(\S+)", config):
        assert f"tag:yaml.org,2002:python/name:{name}" in custom, name
    if re.search(r"!ENV \[", config):
        assert "!ENV sequence" in custom
    assert not any(tag.startswith("!!") for tag in custom)


def test_the_devcontainer_sets_everything_up_and_checks_it():
    spec = json.loads((REPO / ".devcontainer" / "devcontainer.json").read_text("utf-8"))
    dockerfile = (REPO / ".devcontainer" / "Dockerfile").read_text("utf-8")
    assert "FROM python:3.11-bookworm" in dockerfile  # the same Debian and Python as CI
    assert spec["postCreateCommand"] == "make .venv/.installed-test node_modules/.installed && scripts/doctor"
    assert 8000 in spec["forwardPorts"]
    recommended = json.loads((REPO / ".vscode" / "extensions.json").read_text("utf-8"))["recommendations"]
    assert spec["customizations"]["vscode"]["extensions"] == recommended


def test_contributing_lists_the_system_packages_per_system_and_a_working_preview():
    guide = (REPO / "CONTRIBUTING.md").read_text("utf-8")
    setup = guide[guide.index("## Eenmalig klaarzetten"):guide.index("## Een leidraad toevoegen")]
    build_packages = re.search(r"^build=\((.*)\)$", (REPO / "scripts" / "system-packages").read_text("utf-8"), re.M)[1]
    debian_row = next(line for line in setup.splitlines() if line.startswith("| Debian, Ubuntu"))
    assert all(package in debian_row for package in build_packages.split()), (build_packages, debian_row)
    assert "| macOS met [Homebrew]" in setup and "brew install python@3.11 pango" in setup
    assert "| Windows |" in setup and "WSL" in setup and "devcontainer" in setup
    assert "scripts/doctor" in setup and "make serve PORT=" in setup
    assert "unzip -q site.zip -d site && python3 -m http.server --bind 127.0.0.1 -d site 8000" in guide
    assert "Open `index.html` in je browser" not in guide
