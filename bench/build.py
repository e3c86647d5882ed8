"""Build benchmark: the same synthetic pages with plain Material and with our plugins, in one run.

For every size N (approaches and free pages, bench/corpus.py) both projects are generated once
and built `--runs` times each (`--largest-runs` at the largest N) with `mkdocs build` in a fresh
process, alternating (the order flips every run, so both see the same machine load). Per build:
wall time and peak memory (the largest resident set size among its processes, from wait4).
Reported: medians, the median of the per-run ratios ours / Material (goal ≤ 1.25) and the time
per page (linear growth: the same time per page at every N). Our build must log no errors, or
the run stops.

The print plugin is not in these builds: plain Material has nothing like it, and its cost is
the print set (rendered once, then cached), measured apart (bench/print.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .corpus import VARIANTS, generate

BENCH = Path(__file__).resolve().parent
TMP = BENCH / "tmp"
GOAL = 1.25
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")


def timed_build(project: Path, site: Path) -> dict:
    """One `mkdocs build` in a fresh process: wall seconds, peak memory (MiB), pages written."""
    if site.exists():
        shutil.rmtree(site)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)],
                               cwd=project, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    if process.returncode or errors:
        raise SystemExit(f"build of {project} failed ({process.returncode}):\n" + "\n".join(errors or [output[-2000:]]))
    return {"seconds": seconds, "peak_mib": usage.ru_maxrss / 1024,
            "pages": sum(1 for _ in site.rglob("*.html"))}


def measure(sizes: list[int], runs: int, log=None, largest_runs: int | None = None) -> dict:
    """{size: {variant: [run, ...]}}; the last site of each variant stays in bench/tmp/n<N>-<variant>-site.
    The largest size gets `largest_runs` builds (its builds take minutes), the others `runs`."""
    TMP.mkdir(exist_ok=True)
    results = {}
    for size in sizes:
        projects = {variant: generate(size, TMP / f"n{size}-{variant}", variant) for variant in VARIANTS}
        results[size] = {variant: [] for variant in VARIANTS}
        for number in range(largest_runs if largest_runs and size == max(sizes) else runs):
            order = VARIANTS if number % 2 == 0 else tuple(reversed(VARIANTS))
            for variant in order:
                measured = timed_build(projects[variant], TMP / f"n{size}-{variant}-site")
                measured["load"] = os.getloadavg()[0]
                results[size][variant].append(measured)
                print(f"n={size} {variant} run {number}: {measured['seconds']:.1f} s, {measured['peak_mib']:.0f} MiB",
                      file=sys.stderr)
                if log:
                    log.write(json.dumps({"size": size, "variant": variant, "run": number, **measured}) + "\n")
    return results


def median(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def ratio(row: dict, key: str = "seconds") -> float:
    """The median over the runs of ours / Material's (each run builds both, one after the other)."""
    return statistics.median(o[key] / m[key] for o, m in zip(row["leerpunt"], row["material"]))


def report(results: dict) -> list[str]:
    """The Markdown section of bench/results.md for the build."""
    lines = ["| N (approaches + pages) | pages written: Material / ours | Material | ours | ratio (goal ≤ 1.25) | "
             "ms per source page: Material / ours | peak memory: Material / ours |", "|---|---|---|---|---|---|---|"]
    for size, row in results.items():
        m, o = row["material"], row["leerpunt"]
        r = ratio(row)
        sources = 2 * size
        lines.append(
            f"| {size:,} + {size:,} | {m[0]['pages']:,} / {o[0]['pages']:,} | {median(m, 'seconds'):.1f} s | "
            f"{median(o, 'seconds'):.1f} s | **{r:.2f}** ({'met' if r <= GOAL else 'NOT met'}) | "
            f"{1000 * median(m, 'seconds') / sources:.1f} / {1000 * median(o, 'seconds') / sources:.1f} | "
            f"{median(m, 'peak_mib'):,.0f} / {median(o, 'peak_mib'):,.0f} MiB |")
    sizes = list(results)
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        per_page = {s: median(results[s]["leerpunt"], "seconds") / s for s in sizes}
        lines += ["", f"Growth: from N = {first:,} to N = {last:,} ({last / first:.0f}× the pages) our build time grows "
                      f"{median(results[last]['leerpunt'], 'seconds') / median(results[first]['leerpunt'], 'seconds'):.1f}×, "
                      f"Material's {median(results[last]['material'], 'seconds') / median(results[first]['material'], 'seconds'):.1f}×; "
                      "our time per page at each N: " +
                      ", ".join(f"{1000 * per_page[s] / 2:.1f} ms (N = {s:,})" for s in sizes) +
                      " (a fixed start-up cost makes small sites dearer per page; linear growth keeps the larger "
                      "sizes level)."]
    counts = ", ".join(f"{len(row['leerpunt'])} at N = {size:,}" for size, row in results.items())
    lines += ["", f"Medians of the builds per size and variant ({counts}), alternating; every build in a fresh process "
                  "(`python -m mkdocs build --quiet`). Peak memory: the largest resident set size among the build's "
                  "processes (from wait4: the build or its search-index process, whichever is larger; not their sum)."]
    return lines


def add_runs_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=5, help="builds per size and variant")
    parser.add_argument("--largest-runs", type=int, default=3, help="builds per variant at the largest size")


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="N: approaches and free pages, comma-separated")
    add_runs_options(parser)
    args = parser.parse_args(argv)
    TMP.mkdir(exist_ok=True)
    with (TMP / "build-runs.jsonl").open("w") as log:
        results = measure([int(s) for s in args.sizes.split(",")], args.runs, log, args.largest_runs)
    print("\n".join(report(results)))
    return 0
