"""Warm `make site` of the shipped site: wall and CPU time of the build, and the CPU time of its print step.

The shipped sources (mkdocs.yml, content/, toolkits/, leidraden/) are copied to bench/tmp/site
and built with the command of the Makefile's `site` target (read from the Makefile), first once
with an empty PDF cache (cold: every PDF is rendered), then `--runs` times with the cache warm,
as an editor's second `make site` is. Each warm run is made twice, alternating:

- as the Makefile runs it: wall time and CPU time (user + system of the build and every process
  it starts, bench/cputime.py);
- through bench/events.py, which wraps every plugin event and notes the CPU time of the thread
  running it: the print step is the sum over the `leerpunt-print` events (planning the print set
  in on_files, its links in on_page_markdown). A warm run renders no PDF, so no other process
  works for it; the run stops if the PDF cache changed during a warm build.

Writes bench/site.md and bench/tmp/site-runs.json; goal (issue 18): the print step of a warm
`make site` ≤ 1.5 s of CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import sys
from pathlib import Path

from . import cputime
from .build import ENV
from .rebuild import SOURCES
from .search import machine

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TMP = BENCH / "tmp"
OUTPUT = BENCH / "site.md"
PRINT_GOAL_CPU_S = 1.5
PRINT_PLUGIN = "leerpunt-print"
SITE_DIR = ".site.tmp"
# The MkDocs build that `make site` makes (directly, or through a tool of ours that runs it), for
# the runs through bench/events.py and the profile.
MKDOCS_ARGS = ["build", "--strict", "--site-dir", SITE_DIR]
CACHE = Path(".cache") / "leerpunt-print"


def makefile_command(makefile: Path = REPO / "Makefile") -> list[str]:
    """The command of the Makefile's `site` target (its line that runs a program of the venv), with $(BIN)
    as this Python's bin folder."""
    lines = makefile.read_text("utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("site:")), None)
    recipe = []
    for line in lines[start + 1:] if start is not None else []:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    found = next((line for line in recipe if line.startswith("$(BIN)/")), None)
    if found is None:
        raise SystemExit(f"{makefile}: no '$(BIN)/…' command in the recipe of 'site'")
    return [word.replace("$(BIN)", str(Path(sys.executable).parent)) for word in shlex.split(found)]


def shown(command: list[str]) -> str:
    """A command as the Makefile writes it: $(BIN) for this Python's bin folder."""
    return shlex.join(command).replace(str(Path(sys.executable).parent), "$(BIN)")


def prepare(project: Path, root: Path = REPO) -> Path:
    """A fresh copy of the sources of the project at `root` (the shipped site; no PDF cache)."""
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for name in (name for name in SOURCES if (root / name).exists()):  # projecten/ is optional
        (shutil.copytree if (root / name).is_dir() else shutil.copy2)(root / name, project / name)
    return project


def _cache_state(project: Path) -> dict[str, float]:
    folder = project / CACHE
    return {str(p.relative_to(folder)): p.stat().st_mtime for p in folder.rglob("*") if p.is_file()}


def _build(project: Path, command: list[str]) -> dict:
    shutil.rmtree(project / SITE_DIR, ignore_errors=True)  # as `make site` did before it had a tool of its own
    usage = cputime.measure(command, project, ENV)
    if usage.returncode:
        raise SystemExit(f"`{shlex.join(command)}` failed in {project} ({usage.returncode}):\n{usage.output[-3000:]}")
    return {"wall_s": usage.wall_s, "cpu_s": usage.cpu_s, "processes": usage.processes}


def _events_build(project: Path) -> dict:
    """The same build through bench/events.py: CPU per plugin event, and the print step's total."""
    out = project / "events.json"
    hooked = [sys.executable, "-m", "bench.events", str(out), "--", *MKDOCS_ARGS]
    env = dict(ENV, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), ENV.get("PYTHONPATH")])))
    shutil.rmtree(project / SITE_DIR, ignore_errors=True)
    usage = cputime.measure(hooked, project, env)
    if usage.returncode:
        raise SystemExit(f"`{shlex.join(hooked)}` failed in {project} ({usage.returncode}):\n{usage.output[-3000:]}")
    events = json.loads(out.read_text("utf-8"))["events"]
    return {"wall_s": usage.wall_s, "cpu_s": usage.cpu_s, "events": events,
            "print_cpu_s": sum(e["cpu_s"] for e in events if e["plugin"] == PRINT_PLUGIN)}


def measure(runs: int, project: Path | None = None, root: Path = REPO) -> dict:
    """Cold build, then `runs` warm builds of each kind (module docstring) of a copy of `root`."""
    project = prepare(project or TMP / "site", root)
    command = makefile_command()
    load_before = os.getloadavg()[0]
    cold = _build(project, command)
    print(f"cold: {cold['wall_s']:.1f} s, CPU {cold['cpu_s']:.1f} s", file=sys.stderr)
    warm: list[dict] = []
    hooked: list[dict] = []
    for number in range(runs):
        for kind in ("plain", "events") if number % 2 == 0 else ("events", "plain"):
            before = _cache_state(project)
            measured = _build(project, command) if kind == "plain" else _events_build(project)
            if _cache_state(project) != before:
                raise SystemExit(f"the PDF cache in {project / CACHE} changed during a warm build: not warm")
            (warm if kind == "plain" else hooked).append(measured)
            print(f"warm {kind} run {number}: {measured['wall_s']:.1f} s, CPU {measured['cpu_s']:.1f} s"
                  + (f", print step {measured['print_cpu_s']:.2f} CPU-s" if kind == "events" else ""), file=sys.stderr)
    return {"command": shown(command), "events_command": "mkdocs " + shlex.join(MKDOCS_ARGS), "cold": cold,
            "warm": warm, "events": hooked,
            "pdfs": len([p for p in (project / CACHE).rglob("*.pdf")]), "load": (load_before, os.getloadavg()[0])}


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def _spread(runs: list[dict], key: str) -> str:
    values = [run[key] for run in runs]
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def event_totals(results: dict) -> list[tuple[str, str, float, float, int]]:
    """(plugin, event, median CPU s, median wall s, calls) over the hooked runs, dearest first."""
    keys = {(e["plugin"], e["event"]) for run in results["events"] for e in run["events"]}
    rows = []
    for plugin, event in keys:
        found = [e for run in results["events"] for e in run["events"] if (e["plugin"], e["event"]) == (plugin, event)]
        rows.append((plugin, event, statistics.median(e["cpu_s"] for e in found),
                     statistics.median(e["wall_s"] for e in found), found[0]["calls"]))
    return sorted(rows, key=lambda row: -row[2])


def print_step(results: dict) -> float:
    return _median(results["events"], "print_cpu_s")


def summary(results: dict) -> list[str]:
    """The lines of bench/results.md about the warm `make site`."""
    step = print_step(results)
    return [f"`make site` of the shipped site (`{results['command']}`, {results['pdfs']} PDFs): warm "
            f"{_median(results['warm'], 'wall_s'):.2f} s wall, {_median(results['warm'], 'cpu_s'):.2f} s CPU; cold "
            f"(empty PDF cache) {results['cold']['wall_s']:.1f} s wall, {results['cold']['cpu_s']:.1f} s CPU. Print "
            f"step of a warm build: {step:.2f} s CPU (goal ≤ {PRINT_GOAL_CPU_S} s: "
            f"{'met' if step <= PRINT_GOAL_CPU_S else 'NOT met'}). Details: [bench/site.md](site.md)."]


def goal_rows(results: dict) -> list[str]:
    step = print_step(results)
    return [f"| Warm `make site` of the shipped site: CPU time of the print step | ≤ {PRINT_GOAL_CPU_S} s | "
            f"{step:.2f} s | {'met' if step <= PRINT_GOAL_CPU_S else '**NOT met**'} |",
            f"| Warm `make site` of the shipped site: whole build, wall / CPU | — | "
            f"{_median(results['warm'], 'wall_s'):.2f} s / {_median(results['warm'], 'cpu_s'):.2f} s | (no goal) |"]


def report(results: dict, runs: int) -> str:
    warm, hooked = results["warm"], results["events"]
    rows = [f"| {plugin} | {event} | {cpu:.3f} s | {wall:.3f} s | {calls} |"
            for plugin, event, cpu, wall, calls in event_totals(results) if cpu >= 0.0005]
    return "\n".join([
        "# Warm `make site` of the shipped site", "",
        "Written by `scripts/bench site` (bench/site.py); rerun it to refresh this file.", "",
        f"Machine: {machine()}; 1-minute load average {results['load'][0]:.1f} before, {results['load'][1]:.1f} after "
        "(a shared machine: other work slows every run).", "",
        f"Command, as the Makefile's `site` target runs it: `{results['command']}`, in a copy of the shipped sources "
        f"(bench/tmp/site), {results['pdfs']} PDFs in the print set. Cold: the first build, with an empty PDF cache. "
        f"Warm: {runs} builds after it, each with every PDF in the cache (the run stops if the cache changes).", "",
        "| build | wall | CPU (build + every process it starts) |", "|---|---|---|",
        f"| cold (empty PDF cache, 1 run) | {results['cold']['wall_s']:.2f} s | {results['cold']['cpu_s']:.2f} s |",
        f"| warm, as the Makefile runs it (median, min–max) | {_spread(warm, 'wall_s')} | {_spread(warm, 'cpu_s')} |",
        f"| warm, through bench/events.py | {_spread(hooked, 'wall_s')} | {_spread(hooked, 'cpu_s')} |", "",
        f"## The print step: {print_step(results):.2f} s CPU (median; goal ≤ {PRINT_GOAL_CPU_S} s: "
        f"{'met' if print_step(results) <= PRINT_GOAL_CPU_S else 'NOT met'})", "",
        f"How: `python -m bench.events OUT.json -- {results['events_command'].removeprefix('mkdocs ')}` (the MkDocs "
        "build that `make site` makes) runs MkDocs with "
        "every plugin event wrapped; each call adds the CPU time of the thread that runs it (time.thread_time; "
        "MkDocs runs the events in its main thread) to its plugin and event. The print step is the sum of the "
        "`leerpunt-print` rows. A warm build renders no PDF, so no other process works for the print step. "
        "Work outside any event (imports, MkDocs reading and rendering pages) is in the build's total only.", "",
        "CPU per plugin event in the warm builds (median over the hooked runs; events under 0.5 ms left out):", "",
        "| plugin | event | CPU | wall | calls |", "|---|---|---|---|---|", *rows, ""])


def measure_and_write(runs: int) -> dict:
    TMP.mkdir(exist_ok=True)
    results = measure(runs)
    (TMP / "site-runs.json").write_text(json.dumps(results, indent=1), "utf-8")
    OUTPUT.write_text(report(results, runs), "utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return results


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench site", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm builds of each kind")
    args = parser.parse_args(argv)
    print("\n".join(summary(measure_and_write(args.runs))))
    return 0
