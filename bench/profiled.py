"""`python -m bench.profiled PREFIX -- ARGS`: run `mkdocs ARGS` under pyinstrument, the search index's
second process too.

pyinstrument weighs each sample by the wall time since the last one (its C timer: a Python timer
such as time.thread_time would be called on every function call and slow the build sixfold);
bench/profile.py leaves the samples that wait out and shares the measured CPU time of each
process over the rest. Writes PREFIX.main.json and, when the build made its search index in a
second process, PREFIX.worker.json (pyinstrument sessions), and PREFIX.totals.json: the CPU time
of each process in all, and before its profiler started (interpreter start-up; for the second
process also everything it did before it started working, such as unpickling its arguments).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyinstrument import Profiler

INTERVAL = 0.005  # seconds between samples: from 4 ms on pyinstrument uses the cheap coarse clock
WORKER_PREFIX = "BENCH_PROFILED_PREFIX"
_main_profiler: list[Profiler] = []  # the main process's profiler: a forked worker inherits it running and stops it
# background._work before it was replaced: a forked worker runs this copy
_original_work: list[Callable[..., None]] = []


def _profiler():
    from pyinstrument import Profiler

    return Profiler(interval=INTERVAL, async_mode="disabled")


def _save(profiler, prefix: str, name: str, started_cpu: float) -> None:
    profiler.stop()
    profiler.last_session.save(f"{prefix}.{name}.json")
    totals = f"{prefix}.totals.json"
    found = json.loads(open(totals, encoding="utf-8").read()) if os.path.exists(totals) else {}
    found[name] = {"cpu_s": time.process_time(), "before_profiler_cpu_s": started_cpu}
    with open(totals, "w", encoding="utf-8") as file:
        json.dump(found, file)


def profiled_work(messages, answer, *arguments) -> None:
    """The search worker's own target, under a profiler of its own (runs in the second process).
    A forked worker starts as a copy of the main process, its profiler running: that one stops
    unsaved (its samples are the main process's), and the worker's CPU time starts at zero."""
    for inherited in _main_profiler:
        if inherited.is_running:
            inherited.stop()
    started_cpu = time.process_time()
    profiler = _profiler()
    profiler.start()
    try:
        if _original_work:
            work = _original_work[0]
        else:  # spawned: a fresh import, so _work is the original
            from leerpunt.search.background import _work as work
        work(messages, answer, *arguments)
    finally:
        _save(profiler, os.environ[WORKER_PREFIX], "worker", started_cpu)


def _profiling_the_worker(add_plugin):
    """PluginCollection.__setitem__ that, once our search plugin is loaded, has its second process run
    profiled_work (a forked worker runs it as it is; spawn pickles it by name: the worker imports this module).
    Nothing is imported for it: a build without our plugins profiles as it runs."""
    def add(self, key, value):
        add_plugin(self, key, value)
        background = sys.modules.get("leerpunt.search.background")
        if background is not None and background._work is not profiled_work:
            _original_work[:] = [background._work]
            vars(background)["_work"] = profiled_work  # the module's globals: spawn looks the target up by name
    return add


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] != "--":
        print(__doc__.split("\n")[0], file=sys.stderr)
        return 2
    prefix, args = os.path.abspath(argv[0]), argv[2:]
    if os.path.exists(f"{prefix}.totals.json"):
        os.remove(f"{prefix}.totals.json")
    os.environ[WORKER_PREFIX] = prefix  # the second process inherits it
    started_cpu = time.process_time()
    profiler = _profiler()
    _main_profiler.append(profiler)
    profiler.start()
    code = 0
    try:
        from mkdocs import plugins
        from mkdocs.__main__ import cli

        plugins.PluginCollection.__setitem__ = (  # type: ignore[method-assign]  # profiling MkDocs from inside
            _profiling_the_worker(plugins.PluginCollection.__setitem__))
        cli.main(args=args, prog_name="mkdocs", standalone_mode=False)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    finally:
        _save(profiler, prefix, "main", started_cpu)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
