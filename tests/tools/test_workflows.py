"""The GitHub Actions workflows and shell scripts: actionlint and shellcheck (both from the test
lock), plus the steps editors rely on."""

import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github" / "workflows"
BIN = Path(sys.executable).parent


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key 'on' as true
    return data


def shell_scripts() -> list[Path]:
    """Every script of ours that a shell runs: scripts/*, .ci/run (found by their first line)."""
    candidates = [*sorted((REPO / "scripts").iterdir()), REPO / ".ci" / "run"]
    return [p for p in candidates if p.is_file() and p.read_text("utf-8").split("\n", 1)[0].endswith(("bash", "/sh"))]


def test_actionlint_with_shellcheck_finds_nothing():
    """actionlint also runs shellcheck on every `run:` block when it is given one."""
    result = subprocess.run([str(BIN / "actionlint"), "-shellcheck", str(BIN / "shellcheck"),
                             *sorted(map(str, WORKFLOWS.glob("*.yml")))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_shellcheck_finds_nothing_in_our_scripts():
    scripts = shell_scripts()
    assert REPO / ".ci" / "run" in scripts and REPO / "scripts" / "system-packages" in scripts
    result = subprocess.run([str(BIN / "shellcheck"), *map(str, scripts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def steps_of(name: str, job: str) -> list[dict]:
    return workflow(name)["jobs"][job]["steps"]


def runs(steps: list[dict]) -> list:
    return [step.get("run") for step in steps]


def test_pull_request_checks_builds_tests_and_uploads_the_site():
    flow = workflow("controle.yml")
    assert "pull_request" in flow["on"]
    steps = steps_of("controle.yml", "controle")
    commands = runs(steps)
    assert commands.index("scripts/check --format github") < commands.index("make site") < commands.index("make test")
    upload = next(step for step in steps if str(step.get("uses", "")).startswith("actions/upload-artifact@"))
    assert upload["with"]["name"] == "site" and upload["with"]["path"] == "site/"
    assert steps.index(upload) > commands.index("make site")


def test_the_pull_request_summary_gives_a_local_preview_command_not_index_html():
    summary = next(run for run in runs(steps_of("controle.yml", "controle")) if run and "GITHUB_STEP_SUMMARY" in run)
    assert "unzip -q site.zip -d site && python3 -m http.server --bind 127.0.0.1 -d site 8000" in summary


def test_ci_jobs_run_on_debian_with_the_system_packages_from_one_script():
    for name, job, kind in (("controle.yml", "controle", "test"), ("publiceren.yml", "bouwen", "build")):
        spec = workflow(name)["jobs"][job]
        assert spec["container"] == "python:3.11-bookworm"
        assert f"scripts/system-packages {kind}" in runs(spec["steps"]), name
    assert "scripts/system-packages test" in (REPO / ".ci" / "run").read_text("utf-8")
    assert "/tmp/system-packages test" in (REPO / ".devcontainer" / "Dockerfile").read_text("utf-8")


def test_the_system_packages_script_keeps_browsers_out_of_the_build_set():
    text = (REPO / "scripts" / "system-packages").read_text("utf-8")
    build = next(line for line in text.splitlines() if line.startswith("build=("))
    assert "libpango-1.0-0" in build and "fonts-dejavu-core" in build and "fonts-dejavu-extra" in build and "python3-venv" in build
    assert "chromium" not in build and "chromium" in next(line for line in text.splitlines() if line.startswith("test=("))


def test_main_is_deployed_to_github_pages_with_its_real_address():
    flow = workflow("publiceren.yml")
    assert flow["on"]["push"]["branches"] == ["main"]
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = steps_of("publiceren.yml", "bouwen")
    pages = next(step for step in steps if str(step.get("uses", "")).startswith("actions/configure-pages@"))
    build = next(step for step in steps if step.get("run") == "make publish-site")
    assert steps.index(pages) < steps.index(build)
    assert build["env"]["SITE_URL"] == f"${{{{ vars.SITE_URL || steps.{pages['id']}.outputs.base_url }}}}"
    assert runs(steps).index("scripts/check --format github") < steps.index(build)
    deploy = workflow("publiceren.yml")["jobs"]["publiceren"]
    assert deploy["needs"] == "bouwen"
    assert any(str(step.get("uses", "")).startswith("actions/deploy-pages@") for step in deploy["steps"])


def test_the_publish_job_installs_only_what_the_build_needs():
    steps = steps_of("publiceren.yml", "bouwen")
    commands = [run for run in runs(steps) if run]
    assert not any("make test" in c or "npm" in c or "chromium" in c or "apt-get" in c for c in commands), commands


def test_ci_caches_pip_the_pdf_cache_and_the_build_cache():
    from leerpunt.buildcache import FOLDER
    for name, job in (("controle.yml", "controle"), ("publiceren.yml", "bouwen")):
        cached = {step["with"]["path"] for step in steps_of(name, job) if str(step.get("uses", "")).startswith("actions/cache@")}
        assert cached == {"~/.cache/pip", ".cache/leerpunt-print", FOLDER}, name


def test_dependabot_watches_pip_npm_and_github_actions():
    config = yaml.safe_load((REPO / ".github" / "dependabot.yml").read_text("utf-8"))
    watched = {(u["package-ecosystem"], u["directory"]) for u in config["updates"]}
    assert watched == {("pip", "/requirements"), ("npm", "/"), ("github-actions", "/")}
    assert (REPO / "requirements" / "runtime.txt").is_file() and (REPO / "package-lock.json").is_file()
