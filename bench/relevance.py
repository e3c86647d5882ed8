"""Relevance: the top-3 hit rate of the Dutch queries of tests/search/relevance.yml, in Python and Chromium.

Builds the shipped site (or takes a built one with --site), runs every query of the set through
bench/search_twin.py and through the search worker in headless Debian Chromium, and writes the figures to
bench/relevance.json (the recorded rates the search tests hold the search to: they fail when the
rate drops below it) and to the section "Relevantie" of bench/search.md, with the misses.
A query counts as a hit when all its expected pages are among the first three.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from importlib import import_module
from pathlib import Path

import yaml

BENCH = Path(__file__).parent
REPO = BENCH.parent
QUERIES = REPO / "tests" / "search" / "relevance.yml"
RECORDED = BENCH / "relevance.json"
REPORT = BENCH / "search.md"
SECTION = "## Relevantie"
TOP = 3


def relevance_set(path: Path = QUERIES) -> list[dict]:
    return yaml.safe_load(path.read_text("utf-8"))


def evaluate(queries: list[dict], ranked: dict[str, list[str]]) -> dict:
    """Hits, rate and misses of the set, from each query's ranked pages."""
    misses = [{"zoek": entry["zoek"], "verwacht": entry["verwacht"], "top": ranked[entry["zoek"]][:TOP]}
              for entry in queries if not set(entry["verwacht"]) <= set(ranked[entry["zoek"]][:TOP])]
    hits = len(queries) - len(misses)
    return {"queries": len(queries), "hits": hits, "rate": round(hits / len(queries), 4), "misses": misses,
            "zero": [entry["zoek"] for entry in queries if not ranked[entry["zoek"]]]}


def recorded() -> dict:
    """The figures of the last run of this benchmark (bench/relevance.json)."""
    return json.loads(RECORDED.read_text("utf-8"))


def in_python(site: Path, queries: list[dict]) -> dict[str, list[str]]:
    from bench.search_twin import LoadedIndex, ranked_pages, read_site_index, site_index_path

    index = LoadedIndex.from_data(read_site_index(site_index_path(site)))
    return {entry["zoek"]: ranked_pages(index, entry["zoek"]) for entry in queries}


def in_chromium(site: Path, queries: list[dict]) -> dict[str, list[str]]:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(REPO / "tests"))
    # The test helpers, importable once tests/ is on the path (not part of what mypy checks).
    conftest = import_module("browser.conftest")
    CHROMIUM, FLAGS = conftest.CHROMIUM, conftest.FLAGS
    serve = import_module("search.support").serve

    texts = [entry["zoek"] for entry in queries]
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(url)
            answers = page.evaluate("async queries => { const out = []; for (const q of queries) "
                                    "out.push((await window.leerpuntSearch.debug(q)).pages); return out }", texts)
        finally:
            browser.close()
    return dict(zip(texts, answers))


def section(results: dict) -> str:
    """The 'Relevantie' section of bench/search.md."""
    python, chromium = results["python"], results["chromium"]
    lines = [SECTION, "",
             f"Written by `scripts/bench relevance` (bench/relevance.py): the {python['queries']} Dutch queries of "
             "tests/search/relevance.yml on the shipped site; a hit when every expected page is among the first "
             f"{TOP} results. The tests fail when a rate drops below the one recorded in bench/relevance.json.", "",
             "| pipeline | hits | top-3 rate | queries without results |", "|---|---|---|---|"]
    for name, figures in (("Python (bench/search_twin.py)", python), ("Chromium (search-core.js)", chromium)):
        lines.append(f"| {name} | {figures['hits']} of {figures['queries']} | {figures['rate']:.1%} | "
                     f"{len(figures['zero'])} |")
    lines += ["", "Misses (Python; Chromium " + ("gives the same." if python["misses"] == chromium["misses"]
                                               else "differs, see bench/relevance.json.") + ")", ""]
    if not python["misses"]:
        lines.append("None.")
    for miss in python["misses"]:
        lines.append(f"- ‘{miss['zoek']}’: expected {', '.join(miss['verwacht'])}; "
                     f"top {TOP}: {', '.join(page or '(home)' for page in miss['top'])}")
    return "\n".join(lines) + "\n"


def with_section(report: str, text: str) -> str:
    """The report with its 'Relevantie' section replaced by text (or text appended)."""
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(report):
        return pattern.sub(lambda _: text + "\n", report, count=1).rstrip("\n") + "\n"
    return report.rstrip("\n") + "\n\n" + text


def keep_section(old: Path, new_report: str) -> str:
    """A newly written report that keeps the 'Relevantie' section of the old one (bench search rewrites the file)."""
    if not old.exists():
        return new_report
    found = re.search(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", old.read_text("utf-8"), re.S | re.M)
    return with_section(new_report, found.group(0).rstrip("\n") + "\n") if found else new_report


def build_site(target: Path) -> Path:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(target)],
                   cwd=REPO, check=True)
    return target


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench relevance", description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", help="a built site of this repository (default: build it now)")
    args = parser.parse_args(argv)
    queries = relevance_set()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(args.site) if args.site else build_site(Path(tmp) / "site")
        results = {"python": evaluate(queries, in_python(site, queries)),
                   "chromium": evaluate(queries, in_chromium(site, queries))}
    RECORDED.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    REPORT.write_text(with_section(REPORT.read_text("utf-8"), section(results)), "utf-8")
    for name, figures in results.items():
        print(f"{name}: {figures['hits']}/{figures['queries']} ({figures['rate']:.1%}) in the top {TOP}",
              file=sys.stderr)
    return 0
