"""The warm `make site` part measures the print step; the profile groups a build's CPU by what it was doing."""

import shutil
import sys
from pathlib import Path

import pytest

from bench import profile, site
from bench.corpus import generate
from bench.profile import Frame, group, stage
from helpers import FIXTURES

OURS = profile.PACKAGE  # our package's folder, as the profiler sees its files


@pytest.mark.parametrize("line, expected", [
    ("$(BIN)/python -m leerpunt.tools.build_site", ["python", "-m", "leerpunt.tools.build_site"]),
    ("$(BIN)/mkdocs build --strict --site-dir 'uit map'", ["mkdocs", "build", "--strict", "--site-dir", "uit map"]),
])
def test_the_site_part_builds_with_the_command_of_the_makefile(tmp_path, line, expected):
    makefile = tmp_path / "Makefile"
    makefile.write_text(f"site: $(STAMP)\n\trm -rf .site.tmp\n\t{line}\n\nother:\n\t$(BIN)/mkdocs serve\n", "utf-8")
    command = site.makefile_command(makefile)
    assert command == [f"{Path(sys.executable).parent}/{expected[0]}", *expected[1:]]
    assert site.shown(command) == line


def test_a_makefile_without_the_build_line_is_named(tmp_path):
    makefile = tmp_path / "Makefile"
    makefile.write_text("site:\n\techo niets\n", "utf-8")
    with pytest.raises(SystemExit, match="no '\\$\\(BIN\\)/…' command in the recipe of 'site'"):
        site.makefile_command(makefile)


@pytest.mark.build
def test_the_print_step_of_a_warm_build_is_measured_from_the_print_plugins_events(tmp_path):
    root = tmp_path / "bron"
    shutil.copytree(FIXTURES / "valid", root)
    shutil.copytree(FIXTURES / "print-site", root, dirs_exist_ok=True)  # the valid content with the print plugin
    results = site.measure(1, tmp_path / "meting", root)
    assert results["pdfs"] > 0
    (hooked,) = results["events"]
    print_events = {e["event"] for e in hooked["events"] if e["plugin"] == site.PRINT_PLUGIN}
    assert {"files", "page_markdown"} <= print_events
    assert hooked["print_cpu_s"] > 0 and hooked["cpu_s"] > hooked["print_cpu_s"]
    (warm,) = results["warm"]
    assert warm["cpu_s"] > 0 and results["cold"]["cpu_s"] > 0
    report = site.report(results, 1)
    assert f"## The print step: {site.print_step(results):.2f} s CPU" in report
    assert "| leerpunt-print | files |" in report


def _stack(*frames: tuple[str, str]) -> list[Frame]:
    return [Frame(function, file) for function, file in frames]


MKDOCS_BUILD = ("build", "/venv/site-packages/mkdocs/commands/build.py")
LOADER = ("load_catalogue", f"{OURS}catalogue/loader.py")
IMPORT = ("_find_and_load", "<frozen importlib._bootstrap>")


@pytest.mark.parametrize("stack, expected", [
    ((MKDOCS_BUILD, LOADER, ("validate", f"{OURS}catalogue/schemas.py"),
      ("iter_errors", "/venv/site-packages/jsonschema/validators.py")), "schema validation"),
    ((MKDOCS_BUILD, LOADER, ("compose_node", "/venv/site-packages/yaml/composer.py")),
     "catalogue load (YAML, model, checks)"),
    ((MKDOCS_BUILD, LOADER, IMPORT, ("<module>", "/venv/site-packages/nltk/__init__.py")), profile.IMPORTS),
    ((MKDOCS_BUILD, ("approach_page", f"{OURS}pages/approach.py"),
      ("convert", "/venv/site-packages/markdown/core.py")),
     "page builders (our generated pages, badges, charts, open data)"),
    ((MKDOCS_BUILD, ("_populate_page", "/venv/site-packages/mkdocs/commands/build.py"),
      ("convert", "/venv/site-packages/markdown/core.py")), "Markdown (MkDocs rendering the pages)"),
    ((("result", f"{OURS}search/background.py"),
      ("_recv", "/python3.11/multiprocessing/connection.py"), ("read", "<built-in>")), "waiting for the other process"),
    ((("_work", f"{OURS}search/background.py"),
      ("sections_of", f"{OURS}search/documents.py")), "search index"),
    ((MKDOCS_BUILD, ("approach_page", f"{OURS}pages/approach.py"), ("render", f"{OURS}web.py"),
      ("render", "/venv/site-packages/jinja2/environment.py")),
     "our HTML fragments (leerpunt/web.py: badges, tiles, explorer from Jinja templates)"),
    ((MKDOCS_BUILD, ("convert", "/venv/site-packages/markdown/core.py"), ("run", f"{OURS}extensions/codes.py")),
     "our [[…]] codes (Markdown extension)"),
    ((MKDOCS_BUILD, ("on_post_build", f"{OURS}mkdocs_plugins/collections.py")),
     "page builders (our generated pages, badges, charts, open data)"),
    ((MKDOCS_BUILD, ("scan", f"{OURS}publication.py")), "our other modules (site content, checks, formatting, ...)"),
    ((("print_set", f"{OURS}print/documents.py"),
      ("render", "/venv/site-packages/jinja2/environment.py")), "print planning"),
])
def test_a_sample_is_grouped_by_the_first_group_its_stack_belongs_to(stack, expected):
    assert group(_stack(*stack)) == expected


def test_a_sample_in_a_plugin_event_is_staged_by_the_plugins_method():
    stack = _stack(MKDOCS_BUILD, ("on_files", "/venv/site-packages/mkdocs/plugins.py"),
                   ("run_event", "/venv/site-packages/mkdocs/plugins.py"),
                   ("event", f"{OURS}mkdocs_plugins/switch.py"),  # our plugins' on/off wrapper
                   ("on_files", f"{OURS}mkdocs_plugins/print.py"))
    assert stage(stack) == "event: on_files of leerpunt/mkdocs_plugins/print.py"
    assert stage(_stack(MKDOCS_BUILD, ("_build_page", "/venv/site-packages/mkdocs/commands/build.py"))) == \
        "step: _build_page"


@pytest.mark.build
def test_a_profiled_build_shows_the_cpu_of_both_processes(tmp_path):
    project = generate(10, tmp_path / "project", "leerpunt")
    result = profile.profile_build("N = 10", project, ["build", "--quiet", "--site-dir", str(tmp_path / "site")],
                                   tmp_path / "profile")
    main, worker = result["processes"]
    assert (main.name, worker.name) == ("main", "worker")
    assert main.groups["Markdown (MkDocs rendering the pages)"] > 0
    assert worker.groups["search index"] > 0
    assert result["plain"].cpu_s > 0 and result["profiled"].cpu_s > 0
    text = "\n".join(profile.section(result))
    assert "### Second process (the search index" in text and "| search index |" in text
