"""Lighthouse: the five page types of the shipped site and of its plain-Material twin, side by side in one run.

Lighthouse (the npm package pinned in package.json, run with Node) drives the Debian Chromium
(CHROME_PATH=/usr/bin/chromium, headless) with its default mobile configuration: a phone screen,
simulated slow 4G (150 ms, 1.6 Mbit/s) and a 4× slower CPU. The sites (bench/plain.py) are
served on loopback (bench/serve.py); each page is audited `--runs` times per site, alternating,
and the median score per category is reported: performance, accessibility, best practices, SEO.
Goals (issue 14): accessibility 100, best practices 100, SEO ≥ 95, performance not below plain
Material's on any page type.

Nothing reaches the internet: Chromium gets the flags of the browser tests and a proxy on a
closed local port for every host but loopback, Lighthouse's error reporting is off, and every
request of every run is checked to be on loopback (the report says if one was not). Writes
bench/lighthouse.md and bench/tmp/lighthouse/*.json (the full reports).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import tempfile
from pathlib import Path

from . import plain
from .pages import OFFLINE_FLAGS, remote_host
from .plain import VARIANTS, PageType, side_by_side
from .search import CHROMIUM, machine, versions

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TMP = BENCH / "tmp"
OUTPUT = BENCH / "lighthouse.md"
LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = {"performance": "performance", "accessibility": "accessibility", "best-practices": "best practices",
              "seo": "SEO"}
METRICS = {"first-contentful-paint": "first contentful paint", "largest-contentful-paint": "largest contentful paint",
           "total-blocking-time": "total blocking time", "cumulative-layout-shift": "cumulative layout shift",
           "speed-index": "speed index"}
TIMEOUT_S = 240


def lighthouse_version() -> str:
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `npm ci --ignore-scripts --no-audit --no-fund` first")
    return subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True).stdout.strip()


def audit(url: str, out: Path) -> dict:
    """One Lighthouse run (mobile, default config) of `url`; the scores, metrics, failed audits and hosts."""
    flags = ["--headless=new", *OFFLINE_FLAGS]
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as home:
        command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={out}", "--quiet",
                   "--no-enable-error-reporting", f"--only-categories={','.join(CATEGORIES)}",
                   f"--chrome-flags={' '.join(flags)}", "--max-wait-for-load=60000"]
        # HOME of its own: Lighthouse and Chromium keep nothing between runs.
        env = dict(os.environ, CHROME_PATH=CHROMIUM, HOME=home)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    if result.returncode or not out.exists():
        raise SystemExit(f"lighthouse failed ({result.returncode}) on {url}: `{shlex.join(command)}`\n"
                         f"{result.stderr[-3000:]}")
    return summarise(json.loads(out.read_text("utf-8")))


def summarise(lhr: dict) -> dict:
    """What the bench keeps of a Lighthouse result."""
    if lhr.get("runtimeError"):
        raise SystemExit(f"lighthouse: {lhr['runtimeError'].get('code')}: {lhr['runtimeError'].get('message')}")
    scores = {key: round(100 * lhr["categories"][key]["score"]) if lhr["categories"][key]["score"] is not None
              else None for key in CATEGORIES}
    metrics = {key: lhr["audits"][key].get("numericValue") for key in METRICS if key in lhr["audits"]}
    failed = {}
    for key in CATEGORIES:
        for ref in lhr["categories"][key]["auditRefs"]:
            found = lhr["audits"].get(ref["id"], {})
            scored = found.get("score") is not None
            if ref.get("weight", 0) > 0 and scored and found["score"] < 1 and key != "performance":
                items = found.get("details", {}).get("items", [])
                examples = [item.get("text") or (item.get("node") or {}).get("snippet", "") for item in items[:3]]
                failed[ref["id"]] = found.get("title", ref["id"]) + (
                    ": " + ", ".join(f"“{e}”" for e in examples if e) if any(examples) else "")
    requests = lhr["audits"].get("network-requests", {}).get("details", {}).get("items", [])
    hosts = sorted({host for item in requests if (host := remote_host(item["url"]))})
    return {"scores": scores, "metrics": metrics, "failed": failed, "other_hosts": hosts,
            "requests": len(requests), "warnings": lhr.get("runWarnings", [])}


def measure(sites: dict[str, Path], types: list[PageType], runs: int, log=None) -> dict:
    """{page type: {variant: [run, ...]}}, runs alternating between the two sites; each full report is kept."""
    lighthouse_version()
    folder = TMP / "lighthouse"
    folder.mkdir(parents=True, exist_ok=True)
    return side_by_side(sites, types, runs, lambda url, name: audit(url, folder / f"{name}.json"), log)


def median_score(runs: list[dict], key: str) -> float | None:
    values = [run["scores"][key] for run in runs if run["scores"][key] is not None]
    return statistics.median(values) if values else None


def goal_checks(results: dict) -> list[tuple[str, str, bool, str]]:
    """(page type, goal, met, measured) for every page type and goal of issue 14."""
    checks = []
    for page, row in results.items():
        ours = {key: median_score(row["leerpunt"], key) for key in CATEGORIES}
        theirs = median_score(row["material"], "performance")
        checks += [(page, "accessibility 100", ours["accessibility"] == 100, _shown(ours["accessibility"])),
                   (page, "best practices 100", ours["best-practices"] == 100, _shown(ours["best-practices"])),
                   (page, "SEO ≥ 95", _at_least(ours["seo"], 95), _shown(ours["seo"])),
                   (page, "performance ≥ plain Material's", _at_least(ours["performance"], theirs),
                    f"{_shown(ours['performance'])} against {_shown(theirs)}")]
    return checks


def _at_least(score: float | None, goal: float | None) -> bool:
    """Whether a median score reaches the goal; a category no run could score reaches none."""
    return score is not None and goal is not None and score >= goal


def _shown(score: float | None) -> str:
    return "no score" if score is None else f"{score:.0f}"


def goal_rows(results: dict) -> list[str]:
    """Rows of results.md's goals table: one per goal, over all page types, with the gap where not met."""
    rows = []
    checks = goal_checks(results)
    for goal in dict.fromkeys(goal for _, goal, _, _ in checks):
        mine = [(page, met, measured) for page, g, met, measured in checks if g == goal]
        missed = [f"{page} {measured}" for page, met, measured in mine if not met]
        measured = "; ".join(f"{page} {value}" for page, _, value in mine)
        rows.append(f"| Lighthouse (mobile): {goal}, every page type | {goal} | {measured} | "
                    + ("met" if not missed else f"**NOT met** ({', '.join(missed)})") + " |")
    return rows


def report(results: dict, runs: int, types: list[PageType], load: tuple[float, float]) -> str:
    lines = ["# Lighthouse: the shipped site against plain Material", "",
             "Written by `scripts/bench lighthouse` (bench/lighthouse.py); rerun it to refresh this file.", "",
             f"Machine: {machine()}; 1-minute load average {load[0]:.1f} before, {load[1]:.1f} after (a shared "
             "machine: Lighthouse's performance score depends on the CPU it gets).", "",
             f"Lighthouse {lighthouse_version()} (npm, pinned in package.json), {versions()['chromium']} ({CHROMIUM}, "
             f"headless), default mobile configuration (simulated slow 4G, 4× CPU slowdown); runs per page and site: "
             f"{runs}, alternating; "
             "median scores. Plain Material: the same text built without our plugins (bench/plain.py).", "",
             "| page type | ours | plain Material |", "|---|---|---|",
             *[f"| {kind.name} | `/{kind.ours}` | `/{kind.material}` |" for kind in types], "",
             "## Scores (median): ours / plain Material", "", *scores_table(results)]
    lines += ["", "## Goals (issue 14)", "", "| page type | goal | measured | |", "|---|---|---|---|",
              *[f"| {page} | {goal} | {measured} | {'met' if met else '**NOT met**'} |"
                for page, goal, met, measured in goal_checks(results)], "",
              "## Metrics (median, Lighthouse's simulated throttling): ours / plain Material", "",
              "| page type | " + " | ".join(METRICS.values()) + " |", "|---|" + "---|" * len(METRICS)]
    for page, row in results.items():
        cells = []
        for key in METRICS:
            values = {v: [r["metrics"].get(key) for r in row[v] if r["metrics"].get(key) is not None] for v in VARIANTS}
            fmt = "{:.3f}" if key == "cumulative-layout-shift" else "{:,.0f} ms"
            cells.append(" / ".join(fmt.format(statistics.median(values[v])) if values[v] else "—"
                                    for v in ("leerpunt", "material")))
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    lines += ["", "## Audits that did not pass (accessibility, best practices, SEO), ours, with up to three examples",
              ""]
    for page, row in results.items():
        failed = {key: title for run in row["leerpunt"] for key, title in run["failed"].items()}
        lines.append(f"- {page}: " + ("; ".join(f"`{key}` ({title})" for key, title in sorted(failed.items()))
                                      if failed else "none") + ".")
    leaks = sorted({h for row in results.values() for runs_ in row.values() for r in runs_ for h in r["other_hosts"]})
    warnings = sorted({w for row in results.values() for runs_ in row.values() for r in runs_ for w in r["warnings"]})
    lines += ["", f"Requests to hosts other than loopback, in every run: {', '.join(leaks) if leaks else 'none'}."]
    if warnings:
        lines += ["", "Lighthouse's warnings:", *[f"- {w}" for w in warnings]]
    return "\n".join(lines) + "\n"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def scores_table(results: dict) -> list[str]:
    """Median scores per page type: ours / plain Material."""
    lines = ["| page type | " + " | ".join(CATEGORIES.values()) + " |", "|---|" + "---|" * len(CATEGORIES)]
    for page, row in results.items():
        cells = [f"{_score(median_score(row['leerpunt'], key))} / {_score(median_score(row['material'], key))}"
                 for key in CATEGORIES]
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    return lines


def measure_and_write(runs: int, sites: dict[str, Path] | None = None) -> dict:
    """Build both sites (unless given), audit every page type and write bench/lighthouse.md."""
    return plain.measure_and_write(measure, report, OUTPUT, runs, sites)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench lighthouse", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page type and site")
    args = parser.parse_args(argv)
    print("\n".join(goal_rows(measure_and_write(args.runs))))
    return 0
