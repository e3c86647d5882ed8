"""`make site`: a strict build that can neither leave a half-written site/ nor collide with another.

Why not `mkdocs build --strict --quiet --site-dir .site.tmp` as before:
- `--quiet` hides warnings from the handler that strict mode counts them with (an open MkDocs
  bug), so broken links and missing images passed a "strict" build. We never pass it.
- Two builds at once shared `.site.tmp` and left a site/ with a fraction of its files. Each build
  now writes into its own temporary folder, and a lock on `.site.lock` lets a second build wait
  until the first has swapped its folder in (the print cache is shared, so waiting is also cheaper
  than building twice in parallel).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .cli import Parser

LOCK = ".site.lock"
TEMPORARY_PREFIX = ".site.tmp."
OLD_PREFIX = ".site.old."


@contextmanager
def exclusive(lock_file: Path, waiting_message: str) -> Iterator[None]:
    """Hold an exclusive lock on lock_file; say once that we wait when someone else holds it."""
    with open(lock_file, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(waiting_message, file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_leftovers(root: Path) -> None:
    """Folders of builds that were killed before they could clean up (only called under the lock)."""
    for folder in [*root.glob(TEMPORARY_PREFIX + "*"), *root.glob(OLD_PREFIX + "*")]:
        shutil.rmtree(folder, ignore_errors=True)


def swap_in(built: Path, site: Path) -> None:
    """Replace site/ by the finished build with two renames; the old site is removed afterwards."""
    old = None
    if site.exists():
        old = site.with_name(f"{OLD_PREFIX}{os.getpid()}.{time.monotonic_ns()}")
        site.rename(old)
    built.rename(site)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def build_command(config: Path, site_dir: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config),
            "--site-dir", str(site_dir)]


def build_site(config: Path, site: Path) -> int:
    """Build strictly into a private folder and swap it in on success; the exit code of the build."""
    root = config.parent
    with exclusive(root / LOCK, "Er loopt al een build van deze site; deze build wacht tot die klaar is."):
        remove_leftovers(root)
        built = Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX, dir=root))
        try:
            code = subprocess.call(build_command(config, built), cwd=root)
            if code == 0:
                swap_in(built, site)
            return code
        finally:
            shutil.rmtree(built, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="make site", description="Bouw de site strikt in site/.")
    parser.add_argument("--config", default="mkdocs.yml", help="het mkdocs.yml van het project")
    parser.add_argument("--site-dir", default="site", help="de map waarin de gebouwde site komt")
    args = parser.parse_args(argv)
    config = Path(args.config).resolve()
    try:
        code = build_site(config, config.parent / args.site_dir)
    except OSError as error:
        advice = "De schijf is vol: maak ruimte vrij en probeer opnieuw." if error.errno == errno.ENOSPC else \
            "Controleer of je in deze map mag schrijven."
        print(f"De site kon niet gebouwd worden: {error.strerror} ({error.filename}). {advice}", file=sys.stderr)
        return 1
    if code != 0:
        print("De build is mislukt (zie de meldingen hierboven); site/ is niet veranderd.", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
