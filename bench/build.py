"""Build benchmark: the same synthetic pages with plain Material and with our plugins, in one run.

For every size N (approaches and free pages, bench/corpus.py) both projects are generated once
and built `--runs` times each (`--largest-runs` at the largest N) with `mkdocs build` in a fresh
process, alternating (the order flips every run, so both see the same machine load). Per build:
wall time, CPU time (user + system of the build and every process it starts: the search index
is made in a second process, and that costs CPU even when it costs no wall time; bench/cputime.py)
and peak memory (the largest resident set size among its processes, from wait4).

Two modes: both cores free (as free as the shared machine leaves them), and `--busy-core`: a
fixed busy loop (bench/cputime.py BusyCore) keeps one core busy for the whole measurement, as
a busy CI runner or an editor's laptop would. Reported per mode: medians, the median (and range)
of the per-run ratios ours / Material for wall and for CPU time (goal ≤ 1.25 for both) and the
time per page. Our build must log no errors, or the run stops.

Our build is measured in three states of its build cache (.cache/leerpunt-build, leerpunt.buildcache),
each run in this order after Material's: without it (`cold`: the folder deleted first, as on a fresh
clone), with the cache of the build just before and nothing changed (`warm`: a second build, or CI
rebuilding main), and with that cache after one free page was edited (`edited`: an editor's pull
request; the sentence is taken out again afterwards). Plain Material keeps nothing between builds.

The print plugin is not in these builds: plain Material has nothing like it, and its cost is
the print set (rendered once, then cached), measured apart (bench/print.md, bench/site.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import sys
from pathlib import Path

from leerpunt import buildcache

from . import cputime
from .corpus import VARIANTS, generate

BENCH = Path(__file__).resolve().parent
TMP = BENCH / "tmp"
GOAL = 1.25
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
MODES = {"free": "both cores free", "busy": "one core busy"}


# Our build's states (keys of a size's row besides "material"); "leerpunt" is the build without a cache,
# as every build was before the cache existed (older logs read the same).
STATES = {"leerpunt": "no cache (first build)", "leerpunt-warm": "cache of the previous build, nothing changed",
          "leerpunt-edited": "cache of the previous build, one page edited"}
EDITED_PAGE = "kennis/lezen/pagina-00000.md"  # under docs_dir of the corpus (bench/corpus.py)
EDIT = "\n\nEen zin die de redactie net toevoegde, over begrijpend lezen in de klas.\n"


def timed_build(project: Path, site: Path) -> dict:
    """One `mkdocs build` in a fresh process: wall and CPU seconds, peak memory (MiB), pages written."""
    if site.exists():
        shutil.rmtree(site)
    usage = cputime.measure([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)], project, ENV)
    errors = [line for line in usage.output.splitlines() if line.startswith("ERROR")]
    if usage.returncode or errors:
        shown = "\n".join(errors or [usage.output[-2000:]])
        raise SystemExit(f"build of {project} failed ({usage.returncode}):\n{shown}")
    return {"seconds": usage.wall_s, "cpu_s": usage.cpu_s, "user_s": usage.user_s, "sys_s": usage.sys_s,
            "peak_mib": usage.peak_mib, "processes": usage.processes, "pages": sum(1 for _ in site.rglob("*.html"))}


def measure(sizes: list[int], runs: int, log=None, largest_runs: int | None = None, busy: bool = False) -> dict:
    """{size: {variant: [run, ...]}}; the last site of each variant stays in bench/tmp/n<N>-<variant>-site.
    The largest size gets `largest_runs` builds (its builds take minutes), the others `runs`. With
    `busy`, a busy loop holds one core for the whole measurement (each run notes how much of a core
    the loop had during that build)."""
    TMP.mkdir(exist_ok=True)
    mode = "busy" if busy else "free"
    results: dict[int, dict] = {}
    with cputime.BusyCore() if busy else contextlib.nullcontext() as loop:
        for size in sizes:
            projects = {variant: generate(size, TMP / f"n{size}-{variant}", variant) for variant in VARIANTS}
            results[size] = {key: [] for key in ("material", *STATES)}
            for number in range(largest_runs if largest_runs and len(sizes) > 1 and size == max(sizes) else runs):
                builds = [("material", projects["material"]), *((state, projects["leerpunt"]) for state in STATES)]
                if number % 2:  # Material last every other run: both see the same drift of the machine's load
                    builds = builds[1:] + builds[:1]
                for state, project in builds:
                    loop_before = loop.cpu_now() if loop else 0.0
                    with _cache_state(project, state):
                        measured = timed_build(project, TMP / f"n{size}-{state}-site")
                    measured["load"] = os.getloadavg()[0]
                    if loop:
                        measured["loop_share"] = (loop.cpu_now() - loop_before) / measured["seconds"]
                    results[size][state].append(measured)
                    print(f"n={size} {mode} {state} run {number}: {measured['seconds']:.1f} s, "
                          f"CPU {measured['cpu_s']:.1f} s, {measured['peak_mib']:.0f} MiB", file=sys.stderr)
                    if log:
                        log.write(json.dumps({"mode": mode, "size": size, "variant": state, "run": number,
                                              **measured}) + "\n")
                        log.flush()
    return results


@contextlib.contextmanager
def _cache_state(project: Path, state: str):
    """Set up the build cache for `state` (the builds of one run follow each other: cold, warm, edited)."""
    if state == "leerpunt":
        shutil.rmtree(project / buildcache.FOLDER, ignore_errors=True)
    if state != "leerpunt-edited":
        yield
        return
    page = project / "content" / EDITED_PAGE
    original = page.read_bytes()
    page.write_bytes(original + EDIT.encode("utf-8"))
    try:
        yield
    finally:
        page.write_bytes(original)


def median(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def ratios(row: dict, key: str = "seconds", state: str = "leerpunt") -> list[float]:
    """Ours (in one cache state) / Material's, per run (each run builds both, one after the other)."""
    return [o[key] / m[key] for o, m in zip(row[state], row["material"])]


def ratio(row: dict, key: str = "seconds", state: str = "leerpunt") -> float:
    """The median over the runs of ours / Material's."""
    return statistics.median(ratios(row, key, state))


def ratio_text(row: dict, key: str, state: str = "leerpunt") -> str:
    """'1.13 (1.05–1.20)': the median of the per-run ratios and their range."""
    values = ratios(row, key, state)
    spread = f" ({min(values):.2f}–{max(values):.2f})" if len(values) > 1 else ""
    return f"{statistics.median(values):.2f}{spread}"


def _met(value: float) -> str:
    return "met" if value <= GOAL else "NOT met"


def report(results: dict, mode: str = "free") -> list[str]:
    """The Markdown section of bench/results.md for the build in one mode."""
    lines = ["| N (approaches + pages) | our build cache | pages written: Material / ours | wall: Material / ours | "
             "**wall ratio** (goal ≤ 1.25) | CPU: Material / ours | **CPU ratio** (goal ≤ 1.25) | "
             "peak memory: Material / ours |", "|---|---|---|---|---|---|---|---|"]
    for size, row in results.items():
        m = row["material"]
        for state in _states(row):
            o = row[state]
            wall, cpu = ratio(row, "seconds", state), ratio(row, "cpu_s", state)
            lines.append(
                f"| {size:,} + {size:,} | {STATES[state]} | {m[0]['pages']:,} / {o[0]['pages']:,} | "
                f"{median(m, 'seconds'):.1f} s / {median(o, 'seconds'):.1f} s | "
                f"**{ratio_text(row, 'seconds', state)}** ({_met(wall)}) | "
                f"{median(m, 'cpu_s'):.1f} s / {median(o, 'cpu_s'):.1f} s | "
                f"**{ratio_text(row, 'cpu_s', state)}** ({_met(cpu)}) | "
                f"{median(m, 'peak_mib'):,.0f} / {median(o, 'peak_mib'):,.0f} MiB |")
    sizes = list(results)
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        per_page = {s: median(results[s]["leerpunt"], "seconds") / s for s in sizes}
        growth = {v: median(results[last][v], "seconds") / median(results[first][v], "seconds")
                  for v in ("leerpunt", "material")}
        lines += ["", f"Growth: from N = {first:,} to N = {last:,} ({last / first:.0f}× the pages) our build time "
                      f"grows {growth['leerpunt']:.1f}×, Material's {growth['material']:.1f}×; "
                      "our wall time per source page at each N: " +
                      ", ".join(f"{1000 * per_page[s] / 2:.1f} ms (N = {s:,})" for s in sizes) +
                      " (a fixed start-up cost makes small sites dearer per page)."]
    counts = ", ".join(f"{len(row['leerpunt'])} at N = {size:,}" for size, row in results.items())
    loads = [run["load"] for row in results.values() for runs in row.values() for run in runs]
    lines += ["", f"{MODES[mode].capitalize()}. Medians of the builds per size and variant ({counts}), alternating; "
                  "ratios: the median of the per-run ratios ours / Material, with their range. Growth and time per "
                  f"page: our build without a cache. Our cache states: {_STATE_NOTE} Every build in a fresh "
                  "process (`python -m mkdocs build --quiet`). CPU: user + system time of the build and every process "
                  "it started, the search index's second process included (bench/cputime.py). Peak memory: the "
                  "largest resident set size among the build's processes (not their sum). 1-minute load average "
                  f"after the builds: {min(loads):.1f}–{max(loads):.1f}."]
    shares = [run["loop_share"] for row in results.values() for runs in row.values() for run in runs
              if "loop_share" in run]
    if shares:
        lines[-1] += (f" The busy loop ({cputime.BusyCore.describe()}) had {statistics.median(shares):.2f} of a core "
                      f"during the builds (median; {min(shares):.2f}–{max(shares):.2f}).")
    return lines


_STATE_NOTE = ("without a cache, the folder .cache/leerpunt-build deleted first (a fresh clone); with the cache "
               "of the build just before and nothing changed (a second build, CI rebuilding main); with that cache "
               f"and one free page edited ({EDITED_PAGE}, a sentence added: an editor's pull request).")


def _states(row: dict) -> list[str]:
    return [state for state in STATES if row.get(state)]


def goal_rows(results: dict, mode: str) -> list[str]:
    """Rows of the goals table: wall and CPU ratio per size and cache state in one mode."""
    rows = []
    for size, row in results.items():
        for state in _states(row):
            for key, label in (("seconds", "wall time"), ("cpu_s", "CPU time")):
                value = ratio(row, key, state)
                rows.append(f"| Build {label}, ours ({STATES[state]}) / plain Material, N = {size:,}, {MODES[mode]} | "
                            f"≤ 1.25× | {ratio_text(row, key, state)}× | {'met' if value <= GOAL else '**NOT met**'} |")
    return rows


def read_log(path: Path, sizes: list[int] | None = None) -> dict:
    """{mode: {size: {variant: [run, ...]}}} from a build-runs.jsonl (runs logged before modes existed are 'free')."""
    built: dict = {}
    for line in path.read_text("utf-8").splitlines():
        run = json.loads(line)
        if sizes and run["size"] not in sizes:
            continue
        row = built.setdefault(run.get("mode", "free"), {}).setdefault(run["size"], {v: [] for v in ("material",
                                                                                                       *STATES)})
        row[run["variant"]].append(run)
    return built


def add_runs_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=5, help="builds per size and variant")
    parser.add_argument("--largest-runs", type=int, default=3, help="builds per variant at the largest size")


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="N: approaches and free pages, comma-separated")
    parser.add_argument("--busy-core", action="store_true",
                        help=f"keep one core busy with a fixed loop ({cputime.BUSY_LOOP}) for the whole measurement")
    add_runs_options(parser)
    args = parser.parse_args(argv)
    TMP.mkdir(exist_ok=True)
    mode = "busy" if args.busy_core else "free"
    with (TMP / f"build-runs-{mode}.jsonl").open("w") as log:
        results = measure([int(s) for s in args.sizes.split(",")], args.runs, log, args.largest_runs, args.busy_core)
    print("\n".join(report(results, mode)))
    return 0
