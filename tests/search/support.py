"""Helpers of the search tests (imported as search.support; tests/ is on the Python path)."""

import contextlib
import functools
import http.server
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

from bench.search_twin import read_site_index, site_index_path

HERE = Path(__file__).parent


def index_file(site: Path) -> Path:
    """The one index file of a built site (its name carries a hash of its content)."""
    return site_index_path(site)


def index_data(site: Path) -> dict:
    """The whole index of a built site: its index file joined with its shards (search/compact.py)."""
    return read_site_index(index_file(site))


def relevance_set() -> list[dict]:
    """The Dutch queries of relevance.yml with the pages they must find in the top 3."""
    return yaml.safe_load((HERE / "relevance.yml").read_text("utf-8"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path):
    """A built site on a free port of 127.0.0.1, as a browser needs it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class ChromiumThread:
    """Playwright on Debian's Chromium, driven from one thread of its own.

    Playwright's sync API allows one instance per thread, and tests/browser keeps its own open
    in the main thread for the whole session; so the search tests hand their browser work to
    this thread. run(scenario, ...) calls scenario(page, ...) there with a fresh context and
    returns its result or raises its exception (assertions included).
    """

    def __init__(self):
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        self.executor.submit(self._start).result()

    def _start(self):
        from playwright.sync_api import sync_playwright

        from browser.conftest import CHROMIUM, FLAGS

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)

    def run(self, scenario, *args, viewport=(1280, 900), mobile=False):
        def job():
            context = self.browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                               is_mobile=mobile, has_touch=mobile, locale="nl-BE")
            try:
                return scenario(context.new_page(), *args)
            finally:
                context.close()

        return self.executor.submit(job).result()

    def close(self):
        def stop():
            self.browser.close()
            self.playwright.stop()

        self.executor.submit(stop).result()
        self.executor.shutdown()
