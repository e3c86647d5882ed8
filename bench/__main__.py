"""`scripts/bench PART [options]`: run one benchmark part (a module bench/<part>.py with run(argv))."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).parent
NOT_PARTS = {"__init__", "__main__", "corpus", "serve"}


def parts() -> dict[str, str]:
    """Every module of bench/ with a run(argv) function, with the first line of its docstring."""
    found = {}
    for path in sorted(HERE.glob("*.py")):
        if path.stem in NOT_PARTS:
            continue
        module = importlib.import_module(f"bench.{path.stem}")
        if callable(getattr(module, "run", None)):
            found[path.stem] = (module.__doc__ or "").strip().split("\n")[0]
    return found


def main(argv: list[str]) -> int:
    available = parts()
    if not argv or argv[0] not in available:
        print("Gebruik: scripts/bench DEEL [opties]   (scripts/bench DEEL --help voor de opties)\n\nDelen:")
        for name, summary in available.items():
            print(f"  {name:10} {summary}")
        return 0 if not argv else 2
    return importlib.import_module(f"bench.{argv[0]}").run(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
