"""The GitHub Actions workflows: actionlint (from PyPI) plus the steps editors rely on."""

import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github" / "workflows"


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key 'on' as true
    return data


def test_actionlint_finds_nothing():
    actionlint = Path(sys.executable).parent / "actionlint"
    result = subprocess.run([str(actionlint), *sorted(map(str, WORKFLOWS.glob("*.yml")))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pull_request_checks_builds_tests_and_uploads_the_site():
    flow = workflow("controle.yml")
    assert "pull_request" in flow["on"]
    steps = flow["jobs"]["controle"]["steps"]
    runs = [step.get("run") for step in steps]
    assert runs.index("scripts/check --format github") < runs.index("make site") < runs.index("make test")
    upload = next(step for step in steps if str(step.get("uses", "")).startswith("actions/upload-artifact@"))
    assert upload["with"]["name"] == "site" and upload["with"]["path"] == "site/"
    assert steps.index(upload) > runs.index("make site")


def test_ci_jobs_run_on_debian_with_the_system_packages_the_tests_need():
    for name, job in (("controle.yml", "controle"), ("publiceren.yml", "bouwen")):
        spec = workflow(name)["jobs"][job]
        assert spec["container"] == "python:3.11-bookworm"
        install = next(step["run"] for step in spec["steps"] if "apt-get install" in str(step.get("run", "")))
        for package in ("chromium", "poppler-utils", "zbar-tools", "fonts-dejavu-core", "fonts-dejavu-extra", "nodejs", "npm"):
            assert package in install, (name, package)


def test_main_is_deployed_to_github_pages():
    flow = workflow("publiceren.yml")
    assert flow["on"]["push"]["branches"] == ["main"]
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build_runs = [step.get("run") for step in flow["jobs"]["bouwen"]["steps"]]
    assert "make site" in build_runs
    deploy = flow["jobs"]["publiceren"]
    assert deploy["needs"] == "bouwen"
    assert any(str(step.get("uses", "")).startswith("actions/deploy-pages@") for step in deploy["steps"])
