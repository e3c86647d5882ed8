"""Measure the shipped print set: cold render (empty cache), warm rebuild (all cached), sizes,
and the CPU time of the print plugin's events in a real `mkdocs build` of the shipped site.

    .venv/bin/python -m bench.print_set [--runs 3] [--out bench/print.md]

Run from the project folder. Writes a Markdown report; timings are medians over the runs, and
the cold runs with one worker and with every core alternate, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import json
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


STEP = """
import json, os, sys, time
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1"); os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
from mkdocs.commands.build import build
from mkdocs.config import load_config
from leerpunt.mkdocs_plugins.print import PrintPlugin

spent = {{}}
def timed(name):
    original = getattr(PrintPlugin, name)
    def wrapper(self, *args, **kwargs):
        start = time.process_time()
        try:
            return original(self, *args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start
    setattr(PrintPlugin, name, wrapper)
for name in ("on_startup", "on_config", "on_files", "on_page_markdown", "on_post_build"):
    timed(name)

if __name__ == "__main__":
    config = load_config("mkdocs.yml", site_dir={site!r})
    config.plugins["leerpunt-print"].config.cache_dir = {cache!r}
    config.plugins["leerpunt-print"].config.workers = 1  # every PDF in this process: its CPU is counted
    build(config)
    print(json.dumps(spent))
"""


def print_step_cpu(cache: Path) -> dict[str, float]:
    """CPU seconds of each print-plugin event in one `mkdocs build` of the shipped site, in a new
    process (one rendering worker, so rendering a PDF counts as the step's own CPU)."""
    with tempfile.TemporaryDirectory() as site:
        script = Path(site) / "step.py"
        script.write_text(STEP.format(site=str(Path(site) / "out"), cache=str(cache)), "utf-8")
        result = subprocess.run([sys.executable, str(script)], cwd=Path.cwd(), capture_output=True, text=True,
                                check=True, env={**os.environ, "PYTHONPATH": str(Path.cwd())})
        return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default="bench/print.md")
    args = parser.parse_args(argv)
    root = Path.cwd()
    with tempfile.TemporaryDirectory() as cache:
        step_cold = sum(print_step_cpu(Path(cache)).values())
        step_warm = [sum(print_step_cpu(Path(cache)).values()) for _ in range(args.runs)]
    cores = available_cores()
    load_before = os.getloadavg()[0]
    cold: dict[int, list[float]] = {1: [], cores: []}
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
    report = _report(args, cores, cold, warm, plans, fresh, sizes, total, pages, (load_before, os.getloadavg()[0]),
                     step_cold, step_warm)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report, "utf-8")
    print(report)
    return {"pdfs": len(sizes), "pages": pages, "bytes": total, "cold_s": statistics.median(cold[cores]),
            "cores": cores, "warm_s": statistics.median(warm), "warm_new_process_s": statistics.median(fresh),
            "step_cold_cpu_s": step_cold, "step_warm_cpu_s": statistics.median(step_warm)}


FRESH = """
import time
start = time.perf_counter()
from pathlib import Path
from bench.print_set import _plan
from leerpunt.print.cache import Cache
from leerpunt.print.runner import render_all
_, items = _plan(Path.cwd())
outcome = render_all([item.recipe for item in items], Cache(Path({folder!r}), Path.cwd()))
assert outcome.rendered == ()
print(time.perf_counter() - start)
"""


def _fresh_process_warm(root: Path) -> float:
    """A rebuild without changes in a new process (`mkdocs build` twice): imports included."""
    with tempfile.TemporaryDirectory() as folder:
        _, items = _plan(root)
        render_all([item.recipe for item in items], Cache(Path(folder), root))
        result = subprocess.run([sys.executable, "-c", FRESH.format(folder=folder)], cwd=root, capture_output=True,
                                text=True, check=True)
        return float(result.stdout.strip())


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f}, n={len(values)})"


def _report(args, cores, cold, warm, plans, fresh, sizes, total, pages, load, step_cold, step_warm) -> str:
    packages = ("weasyprint", "pydyf", "segno", "Jinja2", "mkdocs")
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in packages)
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True).stdout.strip() or platform.processor()
    rows = "\n".join(f"| `{Path(path).name}` | {pages} | {size / 1000:.0f} kB |" for path, size, pages in sizes)
    return f"""# Print set: measured figures

Command (from the project folder): `.venv/bin/python -m bench.print_set --runs {args.runs}`

Machine: {cpu}, {cores} cores available, Python {platform.python_version()}, {platform.system()} {platform.release()}.
Versions: {versions}. The machine is shared (1-minute load average {load[0]:.1f} before, {load[1]:.1f} after;
above {cores} other work competed for the cores); the figures are medians of {args.runs} runs.

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
| of which catalogue + planning of all items (recipes: no HTML is made for a cached PDF) | {_median(plans)} |

CPU time of the print step in a real `mkdocs build` of the shipped site (the print plugin's
events, in a new process, one rendering worker; goal for a warm `make site`: ≤ 1.5 s):

| print step | CPU |
|---|---|
| cold (empty cache: every PDF rendered) | {step_cold:.2f} s |
| warm (every PDF from the cache) | {_median(step_warm)} |

| file | pages | size |
|---|---|---|
{rows}
"""


if __name__ == "__main__":
    main(sys.argv[1:])
