"""`python -m bench.events OUT.json -- ARGS`: run `mkdocs ARGS` and note what every plugin event costs.

Each plugin's event methods are wrapped as MkDocs registers them (PluginCollection._register_event):
the wrapper adds the CPU time of the thread that runs the event (MkDocs runs every event in its
main thread) and the wall time of each call to a total per plugin and event. Work that an event
hands to another thread or process is not in its figure: the search index's second process is
measured as part of the whole build instead, and a warm print step starts neither. The totals
are written to OUT.json when MkDocs is done, with the CPU time of the whole process.
"""

from __future__ import annotations

import functools
import json
import sys
import time


def _timed(method, total: dict):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            total["cpu_s"] += time.thread_time() - cpu
            total["wall_s"] += time.perf_counter() - wall
            total["calls"] += 1
    return wrapper  # functools.wraps copied mkdocs_priority, set by @event_priority


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] != "--":
        print(__doc__.split("\n")[0], file=sys.stderr)
        return 2
    out, args = argv[0], argv[2:]
    from mkdocs import plugins
    from mkdocs.__main__ import cli

    totals: dict[tuple[str, str], dict] = {}
    register = plugins.PluginCollection._register_event

    def register_timed(self, event_name, method, plugin_name=None):
        if plugin_name and not isinstance(method, plugins.CombinedEvent):
            total = totals.setdefault((plugin_name, event_name), {"cpu_s": 0.0, "wall_s": 0.0, "calls": 0})
            method = _timed(method, total)
        register(self, event_name, method, plugin_name)

    plugins.PluginCollection._register_event = register_timed  # type: ignore[method-assign]  # measuring MkDocs
    code = 0
    try:
        cli.main(args=args, prog_name="mkdocs", standalone_mode=False)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    finally:
        with open(out, "w", encoding="utf-8") as file:
            json.dump({"process_cpu_s": time.process_time(), "exit": code,
                       "events": [{"plugin": plugin, "event": event, **total}
                                  for (plugin, event), total in totals.items()]}, file, indent=1)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
