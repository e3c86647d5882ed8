"""The browser side of search as site files: our scripts and stylesheet, and the vendored lunr.

Every URL carries `?v=` and a hash of all these files, so a browser never mixes an old
worker with a new index format after an update.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import material

PACKAGE = Path(__file__).parent
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
ASSETS = PACKAGE / "assets"
VENDOR = ASSETS / "vendor"
TEMPLATES = PACKAGE / "templates"
SITE_DIR = "assets/leerpunt/search"

# The worker is one file (one request instead of six): lunr, lunr-languages and our scripts,
# in this order, each with its own licence header.
WORKER_PARTS = ("vendor/lunr.min.js", "vendor/lunr.stemmer.support.min.js", "vendor/lunr.nl.min.js",
                "search-core.js", "search-results.js", "search-worker.js")
LICENCES = ("LICENSE-lunr.txt", "LICENSE-lunr-languages.txt")


# When the worker's script started to run (the timings of its "ready" message start here).
BOOT = b"self.leerpuntBoot = performance.timeOrigin + performance.now()"


def worker_bundle() -> bytes:
    return b"\n;\n".join([BOOT, *((ASSETS / part).read_bytes() for part in WORKER_PARTS)])


@cache
def _files() -> dict[str, bytes]:
    files = {f"{SITE_DIR}/{name}": (ASSETS / name).read_bytes() for name in ("search-ui.js", "search.css")}
    files[f"{SITE_DIR}/search-worker.js"] = worker_bundle()
    files.update({f"{SITE_DIR}/vendor/{name}": (VENDOR / name).read_bytes() for name in LICENCES})
    return files


@cache
def version() -> str:
    digest = hashlib.sha256()
    for name, content in sorted(_files().items()):
        digest.update(name.encode() + b"\0" + content)
    return digest.hexdigest()[:10]


def site_files() -> dict[str, bytes]:
    """Site path → content of every search asset."""
    return dict(_files())


def stylesheet_css() -> str:
    """The search's stylesheet, for the one stylesheet of leerpunt-collections."""
    return (ASSETS / "search.css").read_text("utf-8")


def merged_into_ours(config) -> bool:
    """Whether the search's stylesheet travels in leerpunt-collections' one stylesheet (both plugins on)
    instead of as a file of its own (one render-blocking request less on every page)."""
    search, collections = config.plugins.get("leerpunt-search"), config.plugins.get("leerpunt-collections")
    return search is not None and collections is not None and collections.config.get("enabled", True)


def _versioned(name: str) -> str:
    return f"{SITE_DIR}/{name}?v={version()}"


STYLESHEET = _versioned("search.css")
SCRIPT = _versioned("search-ui.js")
WORKER = _versioned("search-worker.js")
