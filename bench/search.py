"""Search benchmark: Material's own search against ours on the same synthetic corpus, in one run.

For every corpus size N (approaches and pages, bench/corpus.py) the same pages are built twice
(plain Material with its `search` plugin, and our plugins with `leerpunt-search`), served on loopback by a server that
gzips like a real host, and opened in
headless Debian Chromium with a fresh browser context per run (nothing cached) at
`/?q=<query>`: both searches open with the query and show results. Measured per run:

- time from navigation start to the first result in the page (a MutationObserver notes
  performance.now(), which counts from navigation start), and to the first result with its
  text (Material shows both at once; ours shows the result, then its snippet with the hit
  marked as soon as the page's text file is in);
- bytes transferred (gzip, as the network carried them) for search: the index and, for ours,
  the text files of the shown snippets; the search scripts are reported apart.

Each run also visits both on a throttled phone (issue 17: 150 ms latency, 1.6 Mbit/s; bench/pages.py's
figures, CPU unthrottled), and ours also at its results page /zoeken/?q=: time to the first result
with its snippet (the first result's own snippet, not any), the snippet files asked for, and when
the index was asked for and was in. The snippet texts' files are measured on disk, with the files
and bytes a search needs for several file budgets (search/snippets.py).

Runs alternate Material/ours (the order flips every run) and the medians are reported, with
the ratios the issue sets as goals: time ≤ 1/4 of Material's and index bytes ≤ Material's
search_index.json at 1,000 pages. Writes bench/search.md and bench/tmp/search-runs.jsonl.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from . import relevance
from .corpus import generate
from .serve import Server

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TMP = BENCH / "tmp"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
QUERY = "differentiatie"
# Queries for the snippet file budgets: words of the corpus (bench/corpus.py).
BUDGET_QUERIES = (QUERY, "feedback", "huiswerk", "lezen", "rekenen", "ouders", "toets", "klas")
THROTTLE = "150 ms latency per request, 1.6 Mbit/s down, 750 kbit/s up, CPU unthrottled, 412 × 823 phone screen"
VARIANTS = {
    # variant (bench/corpus.py): (selector of a rendered result, of its text inside the first result)
    "material": (".md-search-result__item", ".md-search-result__article"),  # shown with its text
    "leerpunt": (".lp-search-hit", ".lp-search-hit__snippet"),
}
# Where each search is opened: Material's search opens on any page with ?q=; ours too (the
# header dropdown), and the header's form and "all results" link lead to our results page.
# Kinds of visit: (where, throttled); "runs" keeps its name for bench/all.py.
KINDS = {"runs": ("", False), "throttled": ("", True), "page": ("zoeken/", False), "page_throttled": ("zoeken/", True)}
VISITS = {"material": ("runs", "throttled"), "leerpunt": tuple(KINDS)}
OBSERVER = """(() => {
  const [result, text] = %s
  const observer = new MutationObserver(() => {
    const first = document.querySelector(result)
    if (!first) return
    if (window.__firstResult === undefined) window.__firstResult = performance.now()
    const teaser = first.querySelector(text)
    if (window.__firstText === undefined && teaser && teaser.textContent.trim()) {
      window.__firstText = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, {childList: true, subtree: true, attributes: true, characterData: true})
})()"""


def build(project: Path, site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)], cwd=project,
                   env=env, check=True)


def search_files(site: Path, variant: str) -> dict:
    """Raw and gzip-6 sizes of the index file(s) and of the search code on disk."""
    if variant == "material":
        index = site / "search" / "search_index.json"
        texts, shards = [], []
        code = [*(site / "assets" / "javascripts" / "workers").glob("search.*.min.js"),
                site / "assets" / "javascripts" / "lunr" / "min" / "lunr.stemmer.support.min.js",
                site / "assets" / "javascripts" / "lunr" / "min" / "lunr.nl.min.js"]
    else:
        from bench.search_twin import site_index_path

        index = site_index_path(site)
        shards = [path for path in (site / "search").glob(index.name.removesuffix(".json") + ".*.json")]
        texts = list((site / "search" / "tekst").glob("*.json"))
        # search.css is a file of its own only without leerpunt-collections (which merges it into its stylesheet)
        code = [path for name in ("search-worker.js", "search-ui.js", "search.css")
                if (path := site / "assets" / "leerpunt" / "search" / name).is_file()]
    raw = index.read_bytes()
    text_gzip = [_gzip_size(p.read_bytes()) for p in texts]
    return {"index_raw": len(raw), "index_gzip": _gzip_size(raw),
            "shards_files": len(shards), "shards_raw": sum(p.stat().st_size for p in shards),
            "shards_gzip": sum(_gzip_size(p.read_bytes()) for p in shards),
            "texts_raw": sum(p.stat().st_size for p in texts), "texts_files": len(texts),
            "texts_gzip": sum(text_gzip), "texts_gzip_max": max(text_gzip, default=0),
            "pages": len(json.loads(raw)["pages"]) if variant == "leerpunt" else None,
            "code_gzip": sum(_gzip_size(p.read_bytes()) for p in code)}


def snippet_budgets(site: Path, shown: int = 20) -> dict[int, dict]:
    """Per file budget (search/snippets.py; 1 byte is one file per page): files, and the text files and
    gzip bytes the first `shown` results of BUDGET_QUERIES need, on average (Python's twin of the search)."""
    sys.path.insert(0, str(REPO / "plugins"))
    from bench.search_twin import LoadedIndex, read_site_index, search, site_index_path
    from leerpunt.search.snippets import text_chunks

    data = read_site_index(site_index_path(site))
    texts = [page for name in data["texts"]
             for page in json.loads((site / "search" / "tekst" / f"{name}.json").read_bytes())["pages"]]
    index = LoadedIndex.from_data(data)
    tops = []
    for query in BUDGET_QUERIES:
        pages = list(dict.fromkeys(data["docs"][doc][0] for doc, _ in search(index, query)))
        tops.append(pages[:shown])
    out = {}
    for budget in (1, 4_000, 8_000, 16_000, 32_000):
        files, names, chunk_of = text_chunks(texts, budget)
        sizes = [_gzip_size(files[f"tekst/{name}.json"]) for name in names]
        needed = [list(dict.fromkeys(chunk_of[page] for page in top)) for top in tops]
        out[budget] = {"files": len(files), "requests": statistics.mean(len(n) for n in needed),
                       "gzip": statistics.mean(sum(sizes[c] for c in n) for n in needed),
                       "first": statistics.mean(sizes[n[0]] for n in needed if n)}
    return out


def _gzip_size(content: bytes) -> int:
    return len(gzip.compress(content, 6, mtime=0))


def measure_visit(browser, url: str, variant: str, throttled: bool = False) -> dict:
    """One cold visit of url?q=QUERY: ms to the first result (and to its text), search bytes and requests.

    Throttled: the phone profile of bench/pages.py (its screen, 150 ms latency, 1.6 Mbit/s down), with
    the CPU unthrottled (the issue's profile is a slow connection) unless cpu says otherwise.
    """
    from . import pages  # pages imports this module

    if throttled:
        context = browser.new_context(viewport=pages.VIEWPORT, is_mobile=True, has_touch=True, locale="nl-BE")
    else:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    if throttled:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": pages.LATENCY_MS, "downloadThroughput": pages.DOWN_BITS / 8,
            "uploadThroughput": pages.UP_BITS / 8})
    page.add_init_script(OBSERVER % json.dumps(VARIANTS[variant]))
    finished, started = [], []
    page.on("requestfinished", lambda request: finished.append(request))
    page.on("request", lambda request: started.append(request.url))
    page.goto(f"{url}?q={QUERY}", wait_until="commit", timeout=180_000)
    page.wait_for_function("window.__firstText !== undefined", timeout=120_000, polling=50)
    first, text = page.evaluate("[window.__firstResult, window.__firstText]")
    # When each search request went out and came in (ms after navigation start).
    requested = page.evaluate("""() => performance.getEntriesByType('resource')
        .filter(r => /\\/search\\/(index\\.|search_index|tekst\\/)/.test(r.name))
        .map(r => [r.name, r.requestStart, r.responseEnd])""")
    # Where our time goes, from the worker's own clock (ms after navigation start).
    steps = page.evaluate("""() => window.leerpuntSearch ? window.leerpuntSearch.ready().then(ready => {
        const out = {}
        for (const [step, at] of Object.entries(ready.timing)) out[step] = at - performance.timeOrigin
        return out
    }) : null""")
    transferred = {"index": 0, "texts": 0}
    for request in finished:
        path = request.url.split("?")[0]
        size = request.sizes()["responseBodySize"]
        if "/search/tekst/" in path:
            transferred["texts"] += size
        elif path.endswith(".json") and "/search/" in path:
            transferred["index"] += size
    index_timing = next(((start, end) for name, start, end in requested if "/tekst/" not in name), (None, None))
    # Bytes on the line before the first result had its text: every response (the page's, its workers')
    # that was in by then, headers included.
    origin = page.evaluate("performance.timeOrigin")
    before_text = [request for request in finished
                   if request.timing["startTime"] + request.timing["responseEnd"] - origin <= text + 1]
    bytes_before_text = sum(request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"]
                            for request in before_text)
    context.close()
    return {"first_result_ms": first, "first_text_ms": text, **{f"{k}_bytes": v for k, v in transferred.items()},
            "text_requests": sum("/search/tekst/" in url for url in started),
            "index_requested_ms": index_timing[0], "index_received_ms": index_timing[1],
            "bytes_before_text": bytes_before_text, "requests_before_text": len(before_text),
            **{f"worker_{step}_ms": at for step, at in (steps or {}).items()}}


def versions() -> dict:
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip().splitlines()
    return {"python": platform.python_version(), "mkdocs": metadata.version("mkdocs"),
            "mkdocs-material": metadata.version("mkdocs-material"), "lunr.py": metadata.version("lunr"),
            "PyStemmer": metadata.version("PyStemmer"), "playwright": metadata.version("playwright"),
            "chromium": chromium[-1] if chromium else "?", "lunr.js": "2.3.9", "lunr-languages": "1.22.0"}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    os_name = next((line.split("=", 1)[1].strip('"') for line in Path("/etc/os-release").read_text().splitlines()
                    if line.startswith("PRETTY_NAME")), platform.platform())
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB RAM, {os_name}"


def measure(sizes: list[int], runs: int, reuse: bool = False) -> dict:
    """Build (or, with reuse, take the sites `scripts/bench build` left) and time both searches."""
    from playwright.sync_api import sync_playwright

    TMP.mkdir(exist_ok=True)
    results = {}
    with (TMP / "search-runs.jsonl").open("w") as log, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        for size in sizes:
            sites: dict[str, Path] = {}
            row: dict[str, Any] = {}
            for variant in VARIANTS:
                sites[variant] = TMP / f"n{size}-{variant}-site"
                if not (reuse and (sites[variant] / "index.html").exists()):
                    project = generate(size, TMP / f"n{size}-{variant}", variant)
                    build(project, sites[variant])
                row[variant] = {**search_files(sites[variant], variant), **{kind: [] for kind in VISITS[variant]}}
            row["leerpunt"]["budgets"] = snippet_budgets(sites["leerpunt"])
            load_before = os.getloadavg()[0]
            with Server(sites["material"]) as material_url, Server(sites["leerpunt"]) as leerpunt_url:
                urls = {"material": material_url, "leerpunt": leerpunt_url}
                for number in range(runs):
                    order = list(VARIANTS) if number % 2 == 0 else list(reversed(VARIANTS))
                    for variant in order:
                        for kind in VISITS[variant]:
                            where, throttled = KINDS[kind]
                            measured = measure_visit(browser, urls[variant] + where, variant, throttled)
                            row[variant][kind].append(measured)
                            log.write(json.dumps({"size": size, "variant": variant, "kind": kind, "run": number,
                                                  **measured}) + "\n")
                            print(f"n={size} {variant} {kind} run {number}: {measured['first_result_ms']:.0f} / "
                                  f"{measured['first_text_ms']:.0f} ms", file=sys.stderr)
            row["load"] = (load_before, os.getloadavg()[0])
            results[size] = row
        browser.close()
    return results


def goals(results: dict) -> dict:
    """The figures the issues set goals for, at 1,000 pages: time and index bytes relative to Material,
    and (issue 17) the first result with its snippet on the throttled phone profile."""
    row = results[1000]
    return {"time": _ratios(row, "first_result_ms"), "time_with_text": _ratios(row, "first_text_ms"),
            "index": _median(row["leerpunt"], "index_bytes") / _median(row["material"], "index_bytes"),
            **({"throttled_with_text": _ratios(row, "first_text_ms", "throttled"),
                "throttled_page_with_text": _ratios(row, "first_text_ms", "page_throttled", "throttled")}
               if row["material"].get("throttled") and row["leerpunt"].get("page_throttled") else {})}


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench search", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000",
                        help="corpus sizes N (approaches and pages), comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="browser runs per size and variant")
    parser.add_argument("--reuse", action="store_true", help="use the sites scripts/bench build left in bench/tmp")
    parser.add_argument("--output", default=str(BENCH / "search.md"))
    args = parser.parse_args(argv)
    results = measure([int(size) for size in args.sizes.split(",")], args.runs, args.reuse)
    output = Path(args.output)
    output.write_text(relevance.keep_section(output, report(results, args.runs)), "utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _ratios(row: dict, key: str, kind: str = "runs", material_kind: str | None = None) -> float:
    """The median over the runs of ours / Material's (each run is one visit of each, one after the other)."""
    return statistics.median(ours[key] / theirs["first_result_ms"]
                             for ours, theirs in zip(row["leerpunt"][kind], row["material"][material_kind or kind]))


def _goals(results: dict) -> list[str]:
    if 1000 not in results:
        return ["(No 1,000-page run: the goals of the issue are set at 1,000 pages.)"]
    figures = goals(results)
    time, with_text, index = figures["time"], figures["time_with_text"], figures["index"]
    return ["## Goals at 1,000 pages", "",
            f"- Time to the first result: {time:.2f} × Material's "
            f"(goal ≤ 0.25: {'met' if time <= 0.25 else 'NOT met'}); "
            f"with its snippet: {with_text:.2f} × ({'met' if with_text <= 0.25 else 'NOT met'} too).",
            f"- Index bytes transferred (gzip): {index:.2f} × Material's search_index.json "
            f"(goal ≤ 1: {'met' if index <= 1 else 'NOT met'}).",
            *([] if "throttled_with_text" not in figures else [
            f"- Throttled phone (issue 17): first result with its snippet {figures['throttled_with_text']:.2f} × "
            f"Material's time on `/?q=`, {figures['throttled_page_with_text']:.2f} × on our results page (goal ≤ 0.5: "
            f"{'met' if figures['throttled_with_text'] <= 0.5 else 'NOT met'} / "
            f"{'met' if figures['throttled_page_with_text'] <= 0.5 else 'NOT met'})."])]


def _median(row: dict, key: str, kind: str = "runs") -> float:
    return statistics.median(run[key] for run in row[kind])


def _range(row: dict, key: str, kind: str = "runs") -> str:
    values = [run[key] for run in row[kind]]
    return f"{min(values):,.0f}–{max(values):,.0f}"


# The requests that follow one another before our first snippet: the page, its stylesheets (the
# early start of the search waits for them), the index, the snippet's text file.
CHAINED_REQUESTS = 4


def _line_floor(results: dict) -> list[str]:
    """Why the throttled goal is or is not within reach: the bytes each search needs before its first
    result with text, and the least time the throttled line takes to bring them."""
    from . import pages  # pages imports this module

    rows = []
    for size, row in results.items():
        m, o = row["material"].get("throttled"), row["leerpunt"].get("throttled")
        if not (m and o and "bytes_before_text" in o[0] and "bytes_before_text" in m[0]):
            continue
        theirs, ours = (_median(row[variant], "bytes_before_text", "throttled") for variant in ("material", "leerpunt"))
        transfer = ours * 8 / pages.DOWN_BITS * 1000
        floor = transfer + CHAINED_REQUESTS * pages.LATENCY_MS
        material_ms = _median(row["material"], "first_text_ms", "throttled")
        rows.append(f"| {size:,} | {_kb(theirs)} | {_kb(ours)} "
                    f"({_median(row['leerpunt'], 'requests_before_text', 'throttled'):.0f} responses) | "
                    f"{transfer:,.0f} ms | {floor:,.0f} ms | {floor / material_ms:.2f} | "
                    f"{_median(row['leerpunt'], 'first_text_ms', 'throttled') / material_ms:.2f} |")
    if not rows:
        return []
    return ["", "What the throttled line allows (`/?q=`, medians): the bytes that were in when the first result had "
            "its text (every response of the page and its workers, headers included), the time the line needs to "
            f"carry ours alone, and that time plus {CHAINED_REQUESTS} × {pages.LATENCY_MS} ms for the requests that "
            "must follow one another (the page, its stylesheets, after which the search starts, the index, the "
            "first result's text file): a floor for this design, before any work. Where the floor is above half of "
            "Material's time, the goal needs fewer bytes before the first result or one request less in the chain.",
            "", "| pages | Material: bytes in | ours: bytes in | ours: transfer | floor | floor / Material | "
            "measured / Material |", "|---|---|---|---|---|---|---|", *rows]


def _kb(n: float) -> str:
    return f"{n / 1024:,.0f} kB" if n < 10 * 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def report(results: dict, runs: int) -> str:
    lines = [
        "# Search benchmark: Material's search against Leerpunt's", "",
        "Written by `scripts/bench search` (bench/search.py); rerun it to refresh this file. "
        f"Corpus: bench/corpus.py (deterministic, seed 20240901); query `?q={QUERY}`; "
        f"{runs} cold runs per size and search, alternating, headless Debian Chromium on loopback with gzip.", "",
        f"Machine: {machine()}.", "",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in versions().items()) + ".", "",
        *_goals(results), "",
        "## Time from navigation to the first result (median, min–max)", "",
        "Material shows a result and its text at once; ours shows the result (title, badges, link), then "
        "its snippet when its small text file is in. Ratios are medians of per-run ratios (each "
        "run pairs one Material and one Leerpunt visit, made one after the other). Load: the machine's "
        "1-minute load average before and after the browser runs of that size (2 cores; other work on "
        "the machine slows both searches).", "",
        "| pages | Material | Leerpunt: first result | ratio | Leerpunt: with snippet | ratio | goal (≤ 0.25) | load |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for size, row in results.items():
        m = _median(row["material"], "first_result_ms")
        o, t = _median(row["leerpunt"], "first_result_ms"), _median(row["leerpunt"], "first_text_ms")
        ratio, text_ratio = _ratios(row, "first_result_ms"), _ratios(row, "first_text_ms")
        goal = ("met" if ratio <= 0.25 else "NOT met") + (", with snippet too" if text_ratio <= 0.25 else
                                                            ", not with snippet") if size == 1000 else ""
        lines.append(f"| {size:,} | {m:,.0f} ms ({_range(row['material'], 'first_result_ms')}) | "
                     f"{o:,.0f} ms ({_range(row['leerpunt'], 'first_result_ms')}) | {ratio:.2f} | "
                     f"{t:,.0f} ms ({_range(row['leerpunt'], 'first_text_ms')}) | {text_ratio:.2f} | {goal} | "
                     f"{row['load'][0]:.1f} → {row['load'][1]:.1f} |")
    lines += ["", "## On a throttled phone: first result, and first result with its snippet (median, min–max)", "",
              f"Issue 17's profile: {THROTTLE}; a fresh context per visit, alternating with Material as above. "
              "Material: its search opened by `/?q=`. Ours: the same address (the header's search), and our results "
              "page `/zoeken/?q=` (where the header's form and its \"all results\" link lead). Ratios: ours / "
              "Material's first result, per run, median. Snippet requests: text files asked for during the visit "
              "(the first result's file is asked for alone; the others after it). Material's time includes building "
              "its lunr index in its worker, which a loaded machine slows (see the load column above); ours "
              "decodes a prebuilt one.", "",
              "| pages | Material | ours `/?q=`: result | with snippet | ratio | results page: result | with snippet | "
              "ratio | goal (≤ 0.5) | snippet requests (page) |", "|---|---|---|---|---|---|---|---|---|---|"]
    for size, row in results.items():
        if not row["material"].get("throttled"):
            continue
        m, o = row["material"], row["leerpunt"]
        home = _ratios(row, "first_text_ms", "throttled")
        page = _ratios(row, "first_text_ms", "page_throttled", "throttled")
        lines.append(
            f"| {size:,} | {_median(m, 'first_result_ms', 'throttled'):,.0f} ms "
            f"({_range(m, 'first_result_ms', 'throttled')}) | "
            f"{_median(o, 'first_result_ms', 'throttled'):,.0f} ms | "
            f"{_median(o, 'first_text_ms', 'throttled'):,.0f} ms "
            f"({_range(o, 'first_text_ms', 'throttled')}) | {home:.2f} | "
            f"{_median(o, 'first_result_ms', 'page_throttled'):,.0f} ms | "
            f"{_median(o, 'first_text_ms', 'page_throttled'):,.0f} ms "
            f"({_range(o, 'first_text_ms', 'page_throttled')}) | "
            f"{page:.2f} | {'met' if home <= 0.5 else 'NOT met'} / {'met' if page <= 0.5 else 'NOT met'} | "
            f"{_median(o, 'text_requests', 'page_throttled'):.0f} |")
    lines += ["", "Throttled, ours, median ms after navigation start: when the index was asked for and was in "
              "(the page's own fetch), and when the worker had decoded it.", "",
              "| pages | index asked (`/?q=`) | in | decoded | index asked (results page) | in | decoded |",
              "|---|---|---|---|---|---|---|"]
    for size, row in results.items():
        if not row["leerpunt"].get("page_throttled"):
            continue
        o = row["leerpunt"]
        cells = [f"{_median(o, key, kind):,.0f}" for kind in ("throttled", "page_throttled")
                 for key in ("index_requested_ms", "index_received_ms", "worker_decoded_ms")]
        lines.append(f"| {size:,} | " + " | ".join(cells) + " |")
    lines += _line_floor(results)
    lines += ["", "## Snippet texts: files and sizes", "",
              "Ours keeps the texts snippets are cut from out of the index, in files of neighbouring pages (at most "
              "8 kB each, search/snippets.py); a search fetches only the files of its shown results. Gzip-6 of the "
              "files on disk.", "",
              "| N | files | raw | gzip | largest file gzip | gzip / index gzip |",
              "|---|---|---|---|---|---|"]
    for size, row in results.items():
        o = row["leerpunt"]
        lines.append(f"| {size:,} ({o['pages']:,} pages) | {o['texts_files']:,} | {_kb(o['texts_raw'])} | "
                     f"{_kb(o['texts_gzip'])} | {o['texts_gzip_max'] / 1024:.1f} kB | "
                     f"{o['texts_gzip'] / o['index_gzip']:.2f} |")
    lines += ["", "Why files of 8 kB: for each budget, the files of the site and, averaged over the queries "
              f"{', '.join(f'`{q}`' for q in BUDGET_QUERIES)}, the files and gzip bytes the snippets of the first 20 "
              "results need, and the size of the first result's file (1 byte: one file per page, as before). A "
              "search's results are spread over the site, so bigger files save few requests and cost bytes.", "",
              "| N | budget | files | requests for 20 results | gzip for 20 results | first result's file |",
              "|---|---|---|---|---|---|"]
    for size, row in results.items():
        for budget, figures in row["leerpunt"]["budgets"].items():
            label = "one page" if budget == 1 else f"{budget // 1000} kB"
            lines.append(f"| {size:,} | {label} | {figures['files']:,} | "
                         f"{figures['requests']:.1f} | {figures['gzip'] / 1024:.1f} kB | "
                         f"{figures['first'] / 1024:.1f} kB |")
    lines += ["", "## Search bytes transferred (gzip) until the first result (median)", "",
              "Index: Material's `search_index.json`, ours `search/index.<hash>.json`, as transferred (the "
              "server gzips like a host would). Snippet texts: the text files (search/snippets.py) ours fetches for "
              "the shown results. Code (gzip-6 of the files on disk): Material's search worker and the lunr "
              "language files it loads (its search interface is part of its main bundle, loaded on every "
              "page anyway); ours: the worker (lunr.js, lunr-languages nl and our code in one file), the "
              "interface script and its stylesheet.", "",
              "| pages | Material index | Leerpunt index | index ratio | + snippet texts | Leerpunt total data | "
              "Material code | Leerpunt code | goal |", "|---|---|---|---|---|---|---|---|---|"]
    for size, row in results.items():
        mi, oi = _median(row["material"], "index_bytes"), _median(row["leerpunt"], "index_bytes")
        ot = _median(row["leerpunt"], "texts_bytes")
        goal = ("index ≤ Material's: " + ("met" if oi <= mi else "NOT met")) if size == 1000 else ""
        lines.append(f"| {size:,} | {_kb(mi)} | {_kb(oi)} | {oi / mi:.2f} | {_kb(ot)} | {_kb(oi + ot)} "
                     f"({(oi + ot) / mi:.2f}) | {_kb(row['material']['code_gzip'])} | "
                     f"{_kb(row['leerpunt']['code_gzip'])} | {goal} |")
    lines += ["", "## Where Leerpunt's time goes (median ms after navigation start)", "",
              "From the worker's clock: the page creates the worker and starts downloading the index "
              "(a small inline script at the top of <head>, when the address has `?q=`); the worker's script starts "
              "and is evaluated; the index arrives and is parsed; it is decoded into a lunr index; then the "
              "query runs, the snippet texts of the shown results arrive and the interface renders.", "",
              "| pages | worker created | script runs | script evaluated | index in hand | parsed | decoded | "
              "first result |", "|---|---|---|---|---|---|---|---|"]
    for size, row in results.items():
        steps = [f"{_median(row['leerpunt'], f'worker_{step}_ms'):,.0f}"
                 for step in ("created", "boot", "evaluated", "start", "parsed", "decoded")]
        lines.append(f"| {size:,} | " + " | ".join(steps) +
                     f" | {_median(row['leerpunt'], 'first_result_ms'):,.0f} |")
    lines += ["", "## Index files on disk", "",
              "Ours: the index file, and the shards of its body postings (search/compact.py; a search fetches those "
              "of its words only).", "",
              "| pages | Material index raw / gzip-6 | Leerpunt index raw / gzip-6 | Leerpunt shards (files, raw / "
              "gzip-6) | Leerpunt snippet texts (files, raw) |", "|---|---|---|---|---|"]
    for size, row in results.items():
        m, o = row["material"], row["leerpunt"]
        lines.append(f"| {size:,} | {_kb(m['index_raw'])} / {_kb(m['index_gzip'])} | {_kb(o['index_raw'])} / "
                     f"{_kb(o['index_gzip'])} | {o.get('shards_files', 0):,} files, {_kb(o.get('shards_raw', 0))} / "
                     f"{_kb(o.get('shards_gzip', 0))} | {o['texts_files']:,} files, {_kb(o['texts_raw'])} |")
    lines += ["", "Every run: bench/tmp/search-runs.jsonl (not committed).", ""]
    return "\n".join(lines)
