"""Measure the shipped print set: cold render (empty cache), warm rebuild (all cached), sizes.

    .venv/bin/python -m bench.print_set [--runs 3] [--out bench/print.md]

Run from the project folder. Writes a Markdown report; timings are medians over the runs, and
the cold runs with one worker and with every core alternate, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from leerpunt.catalogue import Sources, load_catalogue
from leerpunt.cores import available_cores
from leerpunt.print.cache import Cache
from leerpunt.print.documents import Settings, print_set
from leerpunt.print.runner import render_all
from leerpunt.print.stamp import fallback_date

SITE_URL = "https://leerpunt.example/"


def _url_for(src_uri: str) -> str:
    """Page URLs as MkDocs makes them with use_directory_urls (the bench runs without MkDocs)."""
    return src_uri.removesuffix("index.md") if src_uri.endswith("index.md") else src_uri.removesuffix(".md") + "/"


def _pass(jobs, folder: Path, workers: int):
    start = time.perf_counter()
    outcome = render_all(jobs, Cache(folder, Path.cwd()), workers)
    return time.perf_counter() - start, outcome


def _plan(root: Path):
    start = time.perf_counter()
    catalogue = load_catalogue(Sources.from_settings(root, "content"))
    settings = Settings(SITE_URL, _url_for, root, fallback_date(catalogue, os.environ))
    items, errors = print_set(catalogue, settings)
    if errors:
        raise SystemExit("\n".join(map(str, errors)))
    return time.perf_counter() - start, items


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default="bench/print.md")
    args = parser.parse_args(argv)
    root = Path.cwd()
    cores = available_cores()
    load_before = os.getloadavg()[0]
    cold = {1: [], cores: []}
    warm, plans = [], []
    for run in range(args.runs):
        for workers in (1, cores) if run % 2 == 0 else (cores, 1):
            plan_time, items = _plan(root)
            jobs = [item.recipe for item in items]
            with tempfile.TemporaryDirectory() as folder:
                seconds, outcome = _pass(jobs, Path(folder), workers)
                assert not outcome.errors and len(outcome.rendered) == len(jobs), outcome.errors
                cold[workers].append(plan_time + seconds)
                plan_time, items = _plan(root)
                seconds, again = _pass([item.recipe for item in items], Path(folder), workers)
                assert again.rendered == (), again.rendered
                warm.append(plan_time + seconds)
                plans.append(plan_time)
                entries = outcome.entries
    fresh = [_fresh_process_warm(root) for _ in range(args.runs)]
    sizes = sorted(((path, entry.size, entry.pages) for path, entry in entries.items()), key=lambda e: e[0])
    total = sum(size for _, size, _ in sizes)
    pages = sum(p for _, _, p in sizes)
    report = _report(args, cores, cold, warm, plans, fresh, sizes, total, pages, (load_before, os.getloadavg()[0]))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report, "utf-8")
    print(report)
    return {"pdfs": len(sizes), "pages": pages, "bytes": total, "cold_s": statistics.median(cold[cores]),
            "cores": cores, "warm_s": statistics.median(warm), "warm_new_process_s": statistics.median(fresh)}


FRESH = """
import time
start = time.perf_counter()
from pathlib import Path
from bench.print_set import _plan
from leerpunt.print.cache import Cache
from leerpunt.print.runner import render_all
_, items = _plan(Path.cwd())
outcome = render_all([item.job for item in items], Cache(Path({folder!r})))
assert outcome.rendered == ()
print(time.perf_counter() - start)
"""


def _fresh_process_warm(root: Path) -> float:
    """A rebuild without changes in a new process (`mkdocs build` twice): imports included."""
    with tempfile.TemporaryDirectory() as folder:
        _, items = _plan(root)
        render_all([item.job for item in items], Cache(Path(folder)))
        result = subprocess.run([sys.executable, "-c", FRESH.format(folder=folder)], cwd=root, capture_output=True,
                                text=True, check=True)
        return float(result.stdout.strip())


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f}, n={len(values)})"


def _report(args, cores, cold, warm, plans, fresh, sizes, total, pages, load) -> str:
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("weasyprint", "pydyf", "segno", "Jinja2", "mkdocs"))
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True).stdout.strip() or platform.processor()
    rows = "\n".join(f"| `{Path(path).name}` | {pages} | {size / 1000:.0f} kB |" for path, size, pages in sizes)
    return f"""# Print set: measured figures

Command (from the project folder): `.venv/bin/python -m bench.print_set --runs {args.runs}`

Machine: {cpu}, {cores} cores available, Python {platform.python_version()}, {platform.system()} {platform.release()}.
Versions: {versions}. The machine is shared (1-minute load average {load[0]:.1f} before, {load[1]:.1f} after;\nabove {cores} other work competed for the cores); the figures are medians of {args.runs} runs.

What is timed: loading the catalogue and building every item's HTML (templates, QR codes, Markdown),
then rendering with WeasyPrint into an empty cache (cold), or finding every PDF in the cache (warm:
what a rebuild without changes costs, in `mkdocs build` and in `mkdocs serve`).

| figure | value |
|---|---|
| PDFs in the print set | {len(sizes)} ({pages} pages) |
| total size | {total / 1_000_000:.2f} MB |
| cold, all {cores} cores | {_median(cold[cores])} |
| cold, one process | {_median(cold[1])} |
| speed-up from {cores} cores | {statistics.median(cold[1]) / statistics.median(cold[cores]):.2f}× |
| warm rebuild in a running process, as under `mkdocs serve` (0 PDFs rendered) | {_median(warm)} |
| warm rebuild in a new process, as a second `mkdocs build` (imports included) | {_median(fresh)} |
| of which catalogue + HTML of all items | {_median(plans)} |

| file | pages | size |
|---|---|---|
{rows}
"""


if __name__ == "__main__":
    main(sys.argv[1:])
