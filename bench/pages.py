"""Page paint: five page types of the shipped site against their plain-Material twin, on a throttled phone.

Both sites (bench/plain.py: the shipped site, and the same text built with plain Material) are
served on loopback by a server that gzips and keeps connections open like a real host
(bench/serve.py), and each page is opened `--runs` times per site in headless Debian Chromium
through Playwright, alternating (the order flips every run), each visit in a fresh browser
context (nothing cached). The throttled profile, set through the Chrome DevTools Protocol before
the page is requested (Lighthouse's mobile "slow 4G" figures):

- network: 150 ms latency per request, 1.6 Mbit/s down, 750 kbit/s up (Network.emulateNetworkConditions);
- CPU: 4× slower (Emulation.setCPUThrottlingRate);
- screen: 412 × 823 CSS pixels, touch, mobile.

Measured per visit, once the page has loaded and the network has been quiet for half a second:
first contentful paint and largest contentful paint (the browser's own paint timing), bytes
received (encoded, headers included, from the DevTools network events), render-blocking
stylesheets and scripts (the browser's renderBlockingStatus of each resource), scripts loaded
(files), and DOM elements. Reported: medians, and ratios ours / Material of the medians; goal
(issue 18): first and largest paint ≤ Material's on every page type. The network floor is the
least time this link needs to bring the HTML and its render-blocking stylesheets: a latency for
the HTML and its bytes at 1.6 Mbit/s, then, when there are blocking stylesheets, a latency and
their bytes. Writes bench/pages.md and bench/tmp/pages-runs.jsonl.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import plain
from .plain import VARIANTS, PageType, side_by_side
from .search import CHROMIUM, FLAGS, machine, versions

BENCH = Path(__file__).resolve().parent
TMP = BENCH / "tmp"
OUTPUT = BENCH / "pages.md"
LATENCY_MS = 150
DOWN_BITS = 1_600_000
UP_BITS = 750_000
CPU_SLOWDOWN = 4
VIEWPORT = {"width": 412, "height": 823}
# Requests to any host but loopback go to a closed port on this machine: nothing leaves it.
OFFLINE_FLAGS = [*FLAGS, "--proxy-server=127.0.0.1:9"]
METRICS = """async () => {
  const lcp = await new Promise(resolve => {
    new PerformanceObserver(list => resolve(list.getEntries().at(-1).startTime))
      .observe({type: 'largest-contentful-paint', buffered: true})
    setTimeout(() => resolve(null), 1000)
  })
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]
  const resources = performance.getEntriesByType('resource')
  const blocking = resources.filter(r => r.renderBlockingStatus === 'blocking')
  const navigation = performance.getEntriesByType('navigation')[0]
  return {
    fcp_ms: fcp ? fcp.startTime : null,
    lcp_ms: lcp,
    dom_elements: document.getElementsByTagName('*').length,
    blocking_stylesheets: blocking.filter(r => r.initiatorType === 'link').length,
    blocking_scripts: blocking.filter(r => r.initiatorType === 'script').length,
    blocking_css_bytes: blocking.filter(r => r.initiatorType === 'link').reduce((n, r) => n + r.transferSize, 0),
    scripts: resources.filter(r => r.initiatorType === 'script').length,
    stylesheets: resources.filter(r => r.initiatorType === 'link' && r.name.split('?')[0].endsWith('.css')).length,
    html_bytes: navigation.transferSize,
  }
}"""
FIGURES = {  # key: (label, unit format, goal: ours ≤ Material's)
    "fcp_ms": ("first contentful paint", "{:,.0f} ms", True),
    "lcp_ms": ("largest contentful paint", "{:,.0f} ms", True),
    "bytes": ("bytes received", "{:,.0f}", False),
    "blocking_stylesheets": ("render-blocking stylesheets", "{:.0f}", False),
    "blocking_scripts": ("render-blocking scripts", "{:.0f}", False),
    "scripts": ("scripts loaded (files)", "{:.0f}", False),
    "dom_elements": ("DOM elements", "{:,.0f}", False),
}


def remote_host(url: str) -> str | None:
    """The host a request went to, when it is not this machine (data: and blob: URLs go nowhere)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss"):
        return None
    return None if parts.hostname in ("127.0.0.1", "localhost", "::1") else parts.hostname


def throttle(context, page) -> tuple[object, dict]:
    """Apply the throttled profile to a page before it loads; the returned dict counts the bytes received."""
    cdp = context.new_cdp_session(page)
    received: dict[str, Any] = {"bytes": 0, "requests": 0, "hosts": set()}

    def finished(event):
        received["bytes"] += event.get("encodedDataLength", 0)
        received["requests"] += 1

    cdp.on("Network.loadingFinished", finished)
    cdp.on("Network.requestWillBeSent", lambda event: received["hosts"].add(remote_host(event["request"]["url"])))
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": LATENCY_MS,
                                                   "downloadThroughput": DOWN_BITS / 8,
                                                   "uploadThroughput": UP_BITS / 8})
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    return cdp, received


def visit(browser, url: str) -> dict:
    """One cold, throttled visit: paint times, bytes, blocking resources, DOM size."""
    context = browser.new_context(viewport=VIEWPORT, is_mobile=True, has_touch=True, locale="nl-BE")
    page = context.new_page()
    try:
        _, received = throttle(context, page)
        page.goto(url, wait_until="load", timeout=180_000)
        page.wait_for_load_state("networkidle", timeout=180_000)
        figures = page.evaluate(METRICS)
    finally:
        context.close()
    figures["bytes"] = received["bytes"]
    figures["requests"] = received["requests"]
    figures["other_hosts"] = sorted(host for host in received["hosts"] if host)
    figures["floor_ms"] = floor_ms(figures["html_bytes"], figures["blocking_css_bytes"])
    return figures


def floor_ms(html_bytes: int, css_bytes: int) -> float:
    """The least time the link needs for the HTML and then its render-blocking stylesheets."""
    per_byte_ms = 8 * 1000 / DOWN_BITS
    floor = LATENCY_MS + html_bytes * per_byte_ms
    return floor + (LATENCY_MS + css_bytes * per_byte_ms if css_bytes else 0)


def measure(sites: dict[str, Path], types: list[PageType], runs: int, log=None) -> dict:
    """{page type: {variant: [visit, ...]}}, visits alternating between the two sites."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=OFFLINE_FLAGS, headless=True)
        try:
            return side_by_side(sites, types, runs, lambda url, _: visit(browser, url), log)
        finally:
            browser.close()


def median(visits: list[dict], key: str) -> float | None:
    values = [v[key] for v in visits if v.get(key) is not None]
    return statistics.median(values) if values else None


def measured(visits: list[dict], key: str) -> float:
    """The median of a figure every visit measures."""
    value = median(visits, key)
    if value is None:
        raise ValueError(f"no visit measured {key}")
    return value


def ratio(row: dict, key: str) -> float | None:
    ours, theirs = median(row["leerpunt"], key), median(row["material"], key)
    return ours / theirs if ours is not None and theirs else None


def goal_rows(results: dict) -> list[str]:
    """Rows of results.md's goals table: first and largest paint per page type."""
    rows = []
    for page, row in results.items():
        for key in ("fcp_ms", "lcp_ms"):
            value = ratio(row, key)
            rows.append(f"| Page paint (throttled phone): {FIGURES[key][0]}, {page}, ours / plain Material | ≤ 1× | "
                        f"{_fmt(value)}× | {'met' if value is not None and value <= 1 else '**NOT met**'} |")
    return rows


def _cell(visits: list[dict], key: str) -> str:
    value = median(visits, key)
    return "—" if value is None else FIGURES[key][1].format(value)


def summary(results: dict) -> list[str]:
    """The table of bench/results.md: paint ratios per page type."""
    lines = ["| page type | first paint: Material / ours | ratio | largest paint: Material / ours | ratio | "
             "bytes: ratio | goal (both ≤ 1) |", "|---|---|---|---|---|---|---|"]
    for page, row in results.items():
        fcp, lcp, size = ratio(row, "fcp_ms"), ratio(row, "lcp_ms"), ratio(row, "bytes")
        met = fcp is not None and lcp is not None and fcp <= 1 and lcp <= 1
        lines.append(f"| {page} | {_cell(row['material'], 'fcp_ms')} / {_cell(row['leerpunt'], 'fcp_ms')} | "
                     f"{_fmt(fcp)} | {_cell(row['material'], 'lcp_ms')} / {_cell(row['leerpunt'], 'lcp_ms')} | "
                     f"{_fmt(lcp)} | {_fmt(size)} | {'met' if met else '**NOT met**'} |")
    return lines


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def report(results: dict, runs: int, types: list[PageType], load: tuple[float, float]) -> str:
    lines = ["# Page paint: the shipped site against plain Material, throttled", "",
             "Written by `scripts/bench pages` (bench/pages.py); rerun it to refresh this file.", "",
             f"Machine: {machine()}; 1-minute load average {load[0]:.1f} before, {load[1]:.1f} after (a shared "
             "machine: the CPU slowdown comes on top of whatever else runs).", "",
             "Versions: " + ", ".join(f"{k} {v}" for k, v in versions().items()
                                      if k in ("mkdocs", "mkdocs-material", "playwright", "chromium")) + ".",
             "",
             f"Profile: {LATENCY_MS} ms latency per request, {DOWN_BITS / 1e6:.1f} Mbit/s down, {UP_BITS / 1e3:.0f} "
             f"kbit/s up, CPU {CPU_SLOWDOWN}× slower, {VIEWPORT['width']} × {VIEWPORT['height']} mobile viewport; "
             f"{runs} cold visits per page and site, alternating; medians. Server: loopback, gzip, keep-alive "
             "(bench/serve.py). Plain Material: the same text built without our plugins (bench/plain.py).", "",
             "| page type | ours | plain Material |", "|---|---|---|",
             *[f"| {kind.name} | `/{kind.ours}` | `/{kind.material}` |" for kind in types], "",
             "## Goals: first and largest paint ≤ plain Material's on every page type", "", *summary(results), ""]
    for page, row in results.items():
        lines += [f"## {page}", "", "| figure | plain Material | ours | ours / Material |", "|---|---|---|---|"]
        for key, (label, _, _) in FIGURES.items():
            lines.append(f"| {label} | {_cell(row['material'], key)} | {_cell(row['leerpunt'], key)} | "
                         f"{_fmt(ratio(row, key))} |")
        floor = {v: measured(row[v], "floor_ms") for v in VARIANTS}
        lines.append(f"| network floor (HTML + blocking CSS) | {floor['material']:,.0f} ms | "
                     f"{floor['leerpunt']:,.0f} ms | first paint / floor: "
                     f"{measured(row['material'], 'fcp_ms') / floor['material']:.2f} (Material), "
                     f"{measured(row['leerpunt'], 'fcp_ms') / floor['leerpunt']:.2f} (ours) |")
        spread = {v: [r["fcp_ms"] for r in row[v]] for v in VARIANTS}
        lines += ["", "First paint, every visit (ms): " + "; ".join(
            f"{'Material' if v == 'material' else 'ours'} " + ", ".join(f"{x:,.0f}" for x in spread[v])
            for v in VARIANTS) + ".", ""]
    leaks = sorted({host for row in results.values() for visits in row.values() for v in visits
                    for host in v["other_hosts"]})
    lines += [f"Requests to hosts other than loopback: {', '.join(leaks) if leaks else 'none'} (Chromium sends any "
              "such request to a closed local port).", ""]
    return "\n".join(lines)


def measure_and_write(runs: int, sites: dict[str, Path] | None = None) -> dict:
    """Build both sites (unless given), measure every page type and write bench/pages.md."""
    return plain.measure_and_write(measure, report, OUTPUT, runs, sites)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench pages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="visits per page type and site")
    args = parser.parse_args(argv)
    print("\n".join(summary(measure_and_write(args.runs))))
    return 0
