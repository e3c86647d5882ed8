"""Every benchmark in one run (`make bench`): build, search, print, site, profile, pages, Lighthouse,
rebuild → bench/results.md.

Parts, in this order (the search part measures the sites the build part left behind):

1. build: the synthetic corpus (bench/corpus.py) at each N, plain Material against our plugins,
   wall and CPU time, with both cores free and then with one core busy (bench/cputime.py);
2. search: Material's search against ours in headless Chromium (details in bench/search.md);
3. print: the shipped print set, cold and warm (details in bench/print.md);
4. site: a warm `make site` of the shipped site and the CPU of its print step (bench/site.md);
5. profile: where the CPU of a build goes (bench/profile.md);
6. pages: first and largest paint of five page types against plain Material (bench/pages.md);
7. lighthouse: the same pages in Lighthouse (bench/lighthouse.md);
8. rebuild: `make serve` on the shipped site, one edit at a time.

Takes about an hour on two cores; `--sizes 100 --runs 3` gives a quick look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
from pathlib import Path

from . import build, lighthouse, pages, plain, profile, rebuild, relevance, search, site
from .cputime import BusyCore
from .search import machine, versions

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUTPUT = BENCH / "results.md"
GOAL_SIZES = (100, 1000, 5000)  # the sizes issue 18 sets its build goals at


def _met(ok: bool) -> str:
    return "met" if ok else "**NOT met**"


def goals_table(built: dict, searched: dict, printed: dict, rebuilt: dict, warm: dict, painted: dict,
                audited: dict) -> list[str]:
    """One row per goal of the issues, with the measured figure and whether it is met."""
    rows = []
    for mode, label in build.MODES.items():
        measured = built.get(mode, {})
        rows += build.goal_rows(measured, mode)
        rows += [f"| Build wall and CPU time, ours / plain Material, N = {size:,}, {label} | ≤ 1.25× | "
                 "not measured in this run | |" for size in GOAL_SIZES if size not in measured]
    free = built.get("free", {})
    sizes = list(free)
    if len(sizes) > 2:  # the smallest size is mostly start-up time; growth is judged between the others
        per_page = [build.median(free[s]["leerpunt"], "seconds") / s for s in sizes[1:]]
        growth = per_page[-1] / per_page[0]
        rows.append(f"| Build time grows linearly with N (time per page, N = {sizes[-1]:,} against N = {sizes[1]:,}) | "
                    f"≈ 1 | {growth:.2f} | {_met(growth <= 1.15)} |")
    if 1000 in searched:
        figures = search.goals(searched)
        rows.append(f"| Search: time to first result, N = 1,000 | ≤ 0.25× Material | {figures['time']:.2f}× | "
                    f"{_met(figures['time'] <= 0.25)} |")
        rows.append(f"| Search: index bytes transferred, N = 1,000 | ≤ 1× Material | {figures['index']:.2f}× | "
                    f"{_met(figures['index'] <= 1)} |")
        if "throttled_with_text" in figures:
            worst = max(figures["throttled_with_text"], figures["throttled_page_with_text"])
            rows.append(f"| Search on a throttled phone: first result with its snippet, N = 1,000 (`/?q=`, results "
                        f"page) | ≤ 0.5× Material | {figures['throttled_with_text']:.2f}×, "
                        f"{figures['throttled_page_with_text']:.2f}× | {_met(worst <= 0.5)} |")
    else:
        rows.append("| Search at N = 1,000 | ≤ 0.25× Material's time, ≤ 1× its index bytes | not measured in this run "
                    "(see bench/search.md for the last measurement) | |")
    rows += site.goal_rows(warm)
    rows += pages.goal_rows(painted)
    rows += lighthouse.goal_rows(audited)
    for edit in rebuilt["edits"].values():
        measured = rebuild.succeeded(edit)
        if not measured:
            rows.append(f"| Warm rebuild after one edit: {edit['label']} | ≤ 2 s | every run failed | NOT measured |")
            continue
        seconds = statistics.median(r["save_to_reload_s"] for r in measured)
        rows.append(f"| Warm rebuild after one edit: {edit['label']} | ≤ 2 s | {seconds:.2f} s | "
                    f"{_met(seconds <= rebuild.GOAL_SECONDS)} |")
    rows.append(f"| Print set ({printed['pdfs']} PDFs, {printed['pages']} pages): cold / warm | — | "
                f"{printed['cold_s']:.1f} s / {printed['warm_s']:.2f} s | (no goal) |")
    return ["| goal | target | measured | |", "|---|---|---|---|", *rows]


def _from_logs(sizes: list[int]) -> tuple[dict, dict]:
    """The build and search runs an earlier run logged: `scripts/bench all` (build-runs.jsonl, and
    search-runs.jsonl, whose report is bench/search.md), or `scripts/bench build` in each mode
    (build-runs-free.jsonl, build-runs-busy.jsonl), whichever is newer. Without a search log the search
    goals say so."""
    combined = build.TMP / "build-runs.jsonl"
    per_mode = [path for mode in build.MODES if (path := build.TMP / f"build-runs-{mode}.jsonl").exists()]
    newest_is_combined = combined.exists() and all(combined.stat().st_mtime >= p.stat().st_mtime for p in per_mode)
    built: dict = {}
    for log in [combined] if newest_is_combined else per_mode:
        built |= build.read_log(log, sizes)
    searched: dict[int, dict[str, dict[str, list]]] = {}
    search_log = build.TMP / "search-runs.jsonl"
    if search_log.exists():
        searched = {size: {variant: {kind: [] for kind in search.VISITS[variant]} for variant in build.VARIANTS}
                    for size in sizes}
        for line in search_log.read_text("utf-8").splitlines():
            run = json.loads(line)
            if run["size"] in searched:
                searched[run["size"]][run["variant"]].setdefault(run.get("kind", "runs"), []).append(run)
    return built, searched


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench all", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="N: approaches and free pages, comma-separated")
    build.add_runs_options(parser)
    parser.add_argument("--search-runs", type=int, default=5, help="browser visits per size and search")
    parser.add_argument("--print-runs", type=int, default=3)
    parser.add_argument("--site-runs", type=int, default=5, help="warm `make site` builds of each kind")
    parser.add_argument("--page-runs", type=int, default=5, help="throttled visits per page type and site")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page type and site")
    parser.add_argument("--edits", type=int, default=5, help="edits of each kind in the rebuild part")
    parser.add_argument("--from-logs", action="store_true",
                        help="take the build and search runs from bench/tmp/*-runs.jsonl of the last run; "
                             "measure the other parts")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    started = dt.datetime.now()
    load_before = os.getloadavg()[0]

    if args.from_logs:
        built, searched = _from_logs(sizes)
    else:
        build.TMP.mkdir(exist_ok=True)
        built = {}
        with (build.TMP / "build-runs.jsonl").open("w") as log:
            for mode in build.MODES:
                built[mode] = build.measure(sizes, args.runs, log, args.largest_runs, busy=mode == "busy")
        searched = search.measure(sizes, args.search_runs, reuse=True)
        report = search.report(searched, args.search_runs)
        (BENCH / "search.md").write_text(relevance.keep_section(BENCH / "search.md", report), "utf-8")
    from . import print_set as print_bench  # run from the project folder: it measures the shipped site
    os.chdir(REPO)
    printed = print_bench.main(["--runs", str(args.print_runs), "--out", str(BENCH / "print.md")])
    warm = site.measure_and_write(args.site_runs)
    profiled = profile.measure()
    sites = plain.build_pair(build.TMP / "paint")
    painted = pages.measure_and_write(args.page_runs, sites)
    audited = lighthouse.measure_and_write(args.lighthouse_runs, sites)
    rebuilt = rebuild.measure(args.edits)

    lines = [
        "# Benchmarks", "",
        f"Written by `make bench` (`scripts/bench all {' '.join(argv)}`".rstrip() + f", bench/all.py) on "
        f"{started:%Y-%m-%d}, {(dt.datetime.now() - started).total_seconds() / 60:.0f} minutes; rerun it to refresh "
        "this file.", "",
        f"Machine: {machine()}; 1-minute load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at "
        "the end (a shared machine: other work slows every variant alike, as runs alternate; \"both cores free\" "
        "means as free as that work leaves them).", "",
        "Versions: " + ", ".join(f"{name} {version}" for name, version in versions().items()) + ".", "",
        *(["The build (and, when logged, search) figures are those of the last build runs, read back from their "
           "logs (bench/tmp/build-runs.jsonl or build-runs-free.jsonl and build-runs-busy.jsonl, search-runs.jsonl); "
           "the other parts were measured in this run.", ""] if args.from_logs else []),
        "## Goals", "",
        *goals_table(built, searched, printed, rebuilt, warm, painted, audited), "",
        "## Build: the same pages with plain Material and with our plugins", "",
        "The synthetic corpus (bench/corpus.py, deterministic): N approaches (toolkits of 40, with figures, "
        "themes and cards) and N free pages of about 640 Dutch words. Plain Material builds the approaches as "
        "ordinary Markdown pages with its own search; ours builds them from their sources with "
        "`leerpunt-collections` and `leerpunt-search` (badges, toolkit explorers and charts, theme pages, "
        "compare data, open data, news, the Dutch search index). The print plugin is measured on its own below: "
        "plain Material has nothing like it, and its PDFs are cached between builds.", "",
        "Wall time is what a person waits; CPU time (user + system of the build and every process it starts, "
        "the search index's second process included) is what the build costs a machine whose other core is not "
        "free. Two modes, each a run of its own: both cores free, and one core busy: a fixed busy loop, "
        f"{BusyCore.describe()}.", "",
    ]
    for mode in build.MODES:
        if mode in built:
            lines += [f"### {build.MODES[mode].capitalize()}", "", *build.report(built[mode], mode), ""]
    lines += [
        "## Search", "",
        f"Details, timings per step and index sizes: [bench/search.md](search.md) ({args.search_runs} cold visits per "
        "size and search, headless Debian Chromium).", "",
        "## Print set", "",
        f"The shipped print set: {printed['pdfs']} PDFs, {printed['pages']} pages, {printed['bytes'] / 1e6:.2f} MB. "
        f"Cold (empty cache, {printed['cores']} cores): {printed['cold_s']:.1f} s; warm rebuild in a running process "
        f"(every PDF from the cache): {printed['warm_s']:.2f} s; in a new process, imports included: "
        f"{printed['warm_new_process_s']:.2f} s. Details: [bench/print.md](print.md).", "",
        "## Warm `make site` of the shipped site", "", *site.summary(warm), "",
        "## Where the CPU goes", "", *profile.summary(profiled), "",
        "## Page paint on a throttled phone: the shipped site against plain Material", "",
        f"Details, bytes, blocking resources, DOM size: [bench/pages.md](pages.md) ({args.page_runs} cold visits per "
        f"page and site; {pages.LATENCY_MS} ms, {pages.DOWN_BITS / 1e6:.1f} Mbit/s, CPU {pages.CPU_SLOWDOWN}× "
        "slower, in headless Debian Chromium).", "", *pages.summary(painted), "",
        "## Lighthouse (mobile): the shipped site against plain Material", "",
        f"Median scores of {args.lighthouse_runs} runs per page and site, ours / plain Material; details and the "
        "audits that did not pass: [bench/lighthouse.md](lighthouse.md).", "", *lighthouse.scores_table(audited), "",
        "## Warm rebuild of the shipped site under `make serve`", "",
        *rebuild.report(rebuilt, args.edits), "",
    ]
    OUTPUT.write_text("\n".join(lines), "utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0
