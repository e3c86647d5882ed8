"""Warm rebuild: `make serve` on a copy of the shipped site, timed from saving one edit to the reload.

The shipped sources (mkdocs.yml, content/, toolkits/, leidraden/) are copied to bench/tmp and
served as an editor would (`make serve`: leerpunt.tools.serve, MkDocs' `serve` in its process with a file
watcher that polls every 0.2 s instead of 0.5 s, live reload on). After the first build, each kind
of edit is made `--runs` times (a sentence added to the end of the file) and two times are
taken from when the server's log lines arrive: the rebuild ("Building documentation" →
"Reloading browsers") and the time from saving the file to "Reloading browsers" (what the
editor waits for; it includes the file watcher's delay). MkDocs' own "Documentation built in
… seconds" cannot be used after the first build: `mkdocs` never logs the same message twice
(its DuplicateFilter), so a rebuild as fast as an earlier one leaves no such line. The print
plugin's log line says how many PDFs the edit made it render again.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TMP = BENCH / "tmp"
GOAL_SECONDS = 2.0
# projecten: the materials and home page link to them
SOURCES = ("mkdocs.yml", "content", "toolkits", "leidraden", "projecten")
# (file, what an editor changed): the common edits of the shipped site.
EDITS = (
    ("toolkits/leren-en-lesgeven/feedback.md", "the text of an approach"),
    ("content/over.md", "a free page"),
    ("leidraden/feedback-die-het-leren-verbetert/index.md", "the text of a guide (its A4 PDF is made again)"),
)
BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")
BACKGROUND_DONE = "op de achtergrond bijgewerkt:"
BACKGROUND_FAILED = "op de achtergrond lukte niet"
STEP_TIMEOUT = 120        # seconds for one step of a rebuild to show up in the log
BACKGROUND_TIMEOUT = 300  # the print set in the background on one core
BACKGROUND = re.compile(r"leerpunt-print: op de achtergrond bijgewerkt: (\d+) pdf's opnieuw gemaakt")


class ServerLog:
    """The lines a running `mkdocs serve` writes, each with the monotonic time it arrived."""

    def __init__(self, stream):
        self.lines: list[tuple[float, str]] = []
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream):
        for raw in stream:
            with self.changed:
                self.lines.append((time.monotonic(), raw.decode("utf-8", "replace").rstrip()))
                self.changed.notify_all()

    def wait_for(self, patterns: tuple[str, ...], after: float, timeout: float) -> tuple[float, str] | None:
        """The first line containing one of `patterns` that arrived after `after`; None after `timeout` s."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                found = next(((at, line) for at, line in self.lines
                              if at > after and any(pattern in line for pattern in patterns)), None)
                if found or time.monotonic() > deadline:
                    return found
                self.changed.wait(timeout=1)

    def tail(self, count: int = 20) -> str:
        with self.changed:
            return "\n".join(line for _, line in self.lines[-count:])

    def wait_until_quiet(self, seconds: float, timeout: float = 600) -> None:
        """Until the server has written nothing for `seconds`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.changed:
                last = self.lines[-1][0] if self.lines else 0
            if time.monotonic() - last >= seconds:
                return
            time.sleep(0.2)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(runs: int) -> dict:
    project = TMP / "rebuild"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for name in SOURCES:
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy2)(REPO / name, project / name)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    server = subprocess.Popen([sys.executable, "-m", "leerpunt.tools.serve", "--port", str(_free_port())],
                              cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    log = ServerLog(server.stdout)
    try:
        built = log.wait_for(("Documentation built in",), 0, timeout=900)
        if built is None or log.wait_for(("Serving on",), 0, timeout=60) is None:
            raise SystemExit(f"make serve did not start within 15 minutes:\n{log.tail()}")
        edits: dict[str, dict] = {}
        results = {"first_build_s": float(_found(BUILT, built[1])), "edits": edits}
        for path, label in EDITS:
            rows = []
            for number in range(runs):
                rows.append(_edit_once(log, project / path, number))
                print(f"{path} run {number}: {rows[-1]}", file=sys.stderr)
                log.wait_until_quiet(seconds=3)
            edits[path] = {"label": label, "runs": rows}
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def _edit_once(log: ServerLog, source: Path, number: int) -> dict:
    """Save one edit and read the rebuild from the log; a step that never shows up is a failed run, not a hang."""
    time.sleep(1.0)  # let the watcher settle between edits
    with source.open("a", encoding="utf-8") as text:
        text.write(f"\nEen zin toegevoegd voor de meting ({number + 1}).\n")
    saved = time.monotonic()
    started = log.wait_for(("Building documentation",), saved, timeout=STEP_TIMEOUT)
    reloaded = started and log.wait_for(("Reloading browsers",), started[0], timeout=STEP_TIMEOUT)
    # The print set is planned after the rebuild, in the background: wait for it (and for the
    # rebuild it causes when PDFs changed) before the next edit.
    background = started and reloaded and log.wait_for((BACKGROUND_DONE, BACKGROUND_FAILED), started[0],
                                                       timeout=BACKGROUND_TIMEOUT)
    if not started or not reloaded or not background or BACKGROUND_FAILED in background[1]:
        step = ("a rebuild starting" if not started else "the browsers' reload" if not reloaded else
                "the print set in the background")
        return {"failed": f"waited in vain for {step}; last lines of the server log:\n{log.tail()}"}
    return {"build_s": reloaded[0] - started[0], "save_to_reload_s": reloaded[0] - saved,
            "pdfs": int(_found(BACKGROUND, background[1]))}


def _found(pattern: re.Pattern, line: str) -> str:
    """The figure in a log line that the server's wait_for() already matched."""
    match = pattern.search(line)
    if match is None:
        raise ValueError(f"no {pattern.pattern!r} in {line!r}")
    return match.group(1)


def succeeded(edit: dict) -> list[dict]:
    """The runs of one kind of edit that were measured (failed runs are reported, not counted)."""
    return [run for run in edit["runs"] if "failed" not in run]


def report(results: dict, runs: int) -> list[str]:
    lines = [f"First build when `make serve` starts (the PDFs render once: their QR codes point to the local "
             f"server): {results['first_build_s']:.1f} s.", "",
             "| edit | rebuild (log: building → reloading) | save → browsers reload | PDFs made again (in the "
             "background) | goal (≤ 2 s) |",
             "|---|---|---|---|---|"]
    failures = []
    for path, edit in results["edits"].items():
        rows = succeeded(edit)
        failures += [f"- `{path}`: {r['failed'].splitlines()[0]}" for r in edit["runs"] if "failed" in r]
        if not rows:
            lines.append(f"| {edit['label']} (`{path}`) | every run failed | | | NOT measured |")
            continue
        build = statistics.median(r["build_s"] for r in rows)
        reload = statistics.median(r["save_to_reload_s"] for r in rows)
        lines.append(f"| {edit['label']} (`{path}`) | {build:.2f} s ({min(r['build_s'] for r in rows):.2f}–"
                     f"{max(r['build_s'] for r in rows):.2f}) | {reload:.2f} s | "
                     f"{statistics.median(r['pdfs'] for r in rows):.0f} | "
                     f"{'met' if reload <= GOAL_SECONDS else 'NOT met'} |")
    if failures:
        lines += ["", "Failed runs (left out of the medians):", *failures]
    lines += ["", f"Medians of {runs} edits of each kind (a sentence added at the end of the file) in one running "
                  "`make serve` (polling every 0.2 s); save → reload includes the file watcher's delay."]
    return lines


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench rebuild", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="edits of each kind")
    args = parser.parse_args(argv)
    TMP.mkdir(exist_ok=True)
    print("\n".join(report(measure(args.runs), args.runs)))
    return 0
