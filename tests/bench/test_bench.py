"""`make bench` keeps working: its corpus is deterministic and valid, and the build part measures both variants."""

import filecmp
import os
import threading
import time

import pytest

from bench import build, rebuild
from bench.corpus import VARIANTS, generate
from helpers import mkdocs_build


def _same_tree(one, other) -> bool:
    comparison = filecmp.dircmp(one, other)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(one, other, comparison.common_files, shallow=False)
    return not mismatch and not errors and all(_same_tree(one / d, other / d) for d in comparison.common_dirs)


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_corpus_is_the_same_every_time(tmp_path, variant):
    assert _same_tree(generate(12, tmp_path / "a", variant), generate(12, tmp_path / "b", variant))


@pytest.mark.build
@pytest.mark.parametrize("variant", VARIANTS)
def test_both_variants_build_in_strict_mode(tmp_path, variant):
    project = generate(10, tmp_path / "project", variant)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    if variant == "leerpunt":  # the approaches became generated pages, with their figures
        page = (tmp_path / "site" / "toolkits" / "toolkit-001" / "aanpak-00003" / "index.html").read_text("utf-8")
        assert "lp-tiles" in page


@pytest.mark.build
@pytest.mark.parametrize("busy", [False, True], ids=["both cores free", "one core busy"])
def test_the_build_part_measures_both_variants_in_wall_and_cpu_time(tmp_path, monkeypatch, busy):
    monkeypatch.setattr(build, "TMP", tmp_path)
    log = tmp_path / "runs.jsonl"
    with log.open("w") as file:
        results = build.measure([10], runs=1, log=file, busy=busy)
    variants = ("material", *build.STATES)
    for variant in variants:
        (run,) = results[10][variant]
        assert run["seconds"] > 0 and run["peak_mib"] > 20 and run["pages"] > 20
        assert run["cpu_s"] > 0 and ("loop_share" in run) == busy
    # the edited state built the page with the editor's sentence, which is gone from the source again
    edited = build.EDITED_PAGE.removesuffix(".md") + "/index.html"
    sentence = build.EDIT.strip()
    assert sentence in (tmp_path / "n10-leerpunt-edited-site" / edited).read_text("utf-8")
    assert sentence not in (tmp_path / "n10-leerpunt-warm-site" / edited).read_text("utf-8")
    assert sentence not in (tmp_path / "n10-leerpunt" / "content" / build.EDITED_PAGE).read_text("utf-8")
    mode = "busy" if busy else "free"
    report = "\n".join(build.report(results, mode))
    for state in build.STATES:
        assert f"**{build.ratio_text(results[10], 'seconds', state)}**" in report
        assert f"**{build.ratio_text(results[10], 'cpu_s', state)}**" in report
    assert ("busy loop" in report) == busy
    logged = build.read_log(log)
    assert list(logged) == [mode]
    for variant in variants:
        assert [(r["seconds"], r["cpu_s"]) for r in logged[mode][10][variant]] == \
            [(r["seconds"], r["cpu_s"]) for r in results[10][variant]]
    rows = build.goal_rows(results, mode)
    assert [row.split(" | ")[0] for row in rows] == [
        f"| Build {label}, ours ({build.STATES[state]}) / plain Material, N = 10, {build.MODES[mode]}"
        for state in build.STATES for label in ("wall time", "CPU time")]


def _serve_log(lines: list[str], delay: float = 1.5) -> "rebuild.ServerLog":
    """A ServerLog fed like `mkdocs serve` would feed it: `lines` arrive after `delay` seconds (after the edit)."""
    read, write = os.pipe()
    log = rebuild.ServerLog(os.fdopen(read, "rb"))

    def server():
        time.sleep(delay)
        with os.fdopen(write, "wb") as stream:
            for line in lines:
                stream.write(f"{line}\n".encode())
                stream.flush()
                time.sleep(0.2)

    threading.Thread(target=server, daemon=True).start()
    return log


def test_a_rebuild_is_timed_from_the_log_even_when_mkdocs_leaves_out_its_own_time(tmp_path):
    """`mkdocs` never logs the same message twice: a rebuild as fast as an earlier one has no 'Documentation built in'."""
    source = tmp_path / "pagina.md"
    source.write_text("Tekst.\n", "utf-8")
    log = _serve_log(["INFO - Detected file changes", "INFO - Building documentation...",
                      "INFO - [21:02:49] Reloading browsers",
                      "INFO - leerpunt-print: op de achtergrond bijgewerkt: 2 pdf's opnieuw gemaakt."])
    row = rebuild._edit_once(log, source, 0)
    assert row["pdfs"] == 2 and 0.1 < row["build_s"] < row["save_to_reload_s"]
    assert source.read_text("utf-8").endswith("Een zin toegevoegd voor de meting (1).\n")


def test_a_rebuild_that_never_reloads_is_a_failed_run_not_a_hang(tmp_path, monkeypatch):
    monkeypatch.setattr(rebuild, "STEP_TIMEOUT", 2)
    source = tmp_path / "pagina.md"
    source.write_text("Tekst.\n", "utf-8")
    row = rebuild._edit_once(_serve_log(["INFO - Building documentation..."]), source, 0)
    assert row["failed"].startswith("waited in vain for the browsers' reload")
    assert "Building documentation" in row["failed"]
