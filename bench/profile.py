"""Where the CPU goes: our build at N = 100 against plain Material's, and a warm build of the shipped site, profiled.

Each build runs under pyinstrument (pinned in requirements.lock, test tools only) through
bench/profiled.py, the search index's second process under a profiler of its own. The samples
are grouped by what they were doing, from their whole call stack (the first group in the order
below that any frame of the stack belongs to):

imports (module code running under an import, by package), waiting (for the other process:
not CPU, left out), schema validation, catalogue load, print planning, search index, our HTML
fragments, page builders, our [[…]] codes, Markdown (MkDocs rendering the pages' Markdown),
theme templates (Jinja2), our other modules, MkDocs itself (config, files, navigation,
writing), other.

pyinstrument weighs samples by wall time; each process's measured CPU time (while profiled) is
shared over its samples that do not wait. Profiling costs CPU itself (mostly in code that makes
many small calls): the report gives the CPU of the same build without the profiler beside it.
Writes bench/profile.md; the raw sessions stay in bench/tmp/profile-*.json (`pyinstrument
--load FILE` shows one as a tree).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import sysconfig
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import leerpunt
from leerpunt import buildcache

from . import cputime, site
from .build import ENV
from .corpus import generate
from .search import machine

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TMP = BENCH / "tmp"
OUTPUT = BENCH / "profile.md"
PACKAGE = str(Path(leerpunt.__file__).resolve().parent) + os.sep  # our plugins, wherever they are installed
STDLIB = sysconfig.get_paths()["stdlib"] + os.sep
PAGE_BUILDERS = {"pages", "badges", "chart", "news", "opendata"}


@dataclass(frozen=True)
class Frame:
    function: str
    file: str

    @classmethod
    def parse(cls, info: str) -> Frame:
        function, file, *_ = info.split("\x01", 1)[0].split("\x00")
        return cls(function, file)

    @property
    def ours(self) -> tuple[str, str] | None:
        """(subpackage, module) of a frame in our package, e.g. ('catalogue', 'loader'), ('', 'cores')."""
        if not self.file.startswith(PACKAGE) or not self.file.endswith(".py"):
            return None
        *folders, module = Path(self.file[len(PACKAGE):]).with_suffix("").parts
        return (folders[0] if folders else "", module)

    @property
    def library(self) -> str:
        """The top-level package of the frame's file: 'markdown', 'jinja2', 'leerpunt', 'stdlib', 'built-in'."""
        if self.file == "<built-in>":
            return "built-in"
        if "site-packages/" in self.file:
            return self.file.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
        if self.ours:
            return "leerpunt"
        return "stdlib" if self.file.startswith(("<frozen", STDLIB)) else self.file

    @property
    def short(self) -> str:
        if self.ours:
            package, module = self.ours
            return f"leerpunt/{package + '/' if package else ''}{module}.py:{self.function}"
        if "site-packages/" in self.file:
            return f"{self.file.split('site-packages/', 1)[1]}:{self.function}"
        if "/python3." in self.file:
            return f"{self.file.split('/python3.', 1)[1].split('/', 1)[-1]}:{self.function}"
        return f"{self.file}:{self.function}"


WAITING = {("multiprocessing/connection.py", name) for name in ("_recv", "_poll", "wait", "poll")}


def _in(frame: Frame, *libraries: str) -> bool:
    return frame.library in libraries


IMPORTS = "imports (module code run by an import)"


def _imported_package(stack: list[Frame]) -> str:
    """The package whose module code an import sample runs (the innermost module under the outermost import)."""
    first = next(at for at, f in enumerate(stack) if f.function == "_find_and_load")
    modules = [f for f in stack[first:] if f.function == "<module>" and f.file.startswith("/")]
    return modules[-1].library if modules else "import machinery"


def group(stack: list[Frame]) -> str:
    """What a sample was doing (module docstring: the first group any frame of the stack belongs to)."""
    if any(f.function == "_find_and_load" and f.file == "<frozen importlib._bootstrap>" for f in stack):
        return IMPORTS
    if any(("multiprocessing/" + f.file.rsplit("/multiprocessing/", 1)[-1], f.function) in WAITING
           for f in stack if "/multiprocessing/" in f.file):
        return "waiting for the other process"
    rules = (
        ("schema validation", lambda f: f.ours == ("catalogue", "schemas") or _in(f, "jsonschema", "referencing")),
        ("catalogue load (YAML, model, checks)", lambda f: bool(f.ours) and f.ours[0] == "catalogue"),
        ("print planning", lambda f: bool(f.ours) and (f.ours[0] == "print" or f.ours == ("mkdocs_plugins", "print"))),
        ("search index", lambda f: bool(f.ours) and (f.ours[0] == "search" or f.ours == ("mkdocs_plugins", "search"))
         or "material/plugins/search/" in f.file),
        ("our HTML fragments (leerpunt/web.py: badges, tiles, explorer from Jinja templates)",
         lambda f: f.ours == ("", "web")),
        ("page builders (our generated pages, badges, charts, open data)",
         lambda f: bool(f.ours) and (f.ours[0] in PAGE_BUILDERS or f.ours == ("mkdocs_plugins", "collections"))),
        ("our [[…]] codes (Markdown extension)", lambda f: bool(f.ours) and f.ours[0] == "extensions"),
        ("Markdown (MkDocs rendering the pages)", lambda f: _in(f, "markdown", "pymdownx")),
        ("theme templates (Jinja2)", lambda f: _in(f, "jinja2") or f.file.endswith(".html")),
        ("our other modules (site content, checks, formatting, ...)", lambda f: bool(f.ours)),
        ("MkDocs itself (config, files, navigation, writing)",
         lambda f: _in(f, "mkdocs", "material", "mkdocs_redirects")),
    )
    for name, matches in rules:
        if any(matches(frame) for frame in stack):
            return name
    return "other (interpreter, standard library)"


def stage(stack: list[Frame]) -> str:
    """A plugin event by its method, or else the step of `mkdocs build` (the function build() called)."""
    for at, frame in enumerate(stack):
        if frame.function == "run_event" and frame.file.endswith("mkdocs/plugins.py") and at + 1 < len(stack):
            # The plugin's own on_* method (a wrapper such as our plugins' on/off switch may come first).
            method = next((f for f in stack[at + 1:] if f.function.startswith("on_")), stack[at + 1])
            return f"event: {method.function} of {method.short.split(':')[0]}"
    for at, frame in enumerate(stack):
        if frame.function == "build" and frame.file.endswith("mkdocs/commands/build.py"):
            return f"step: {stack[at + 1].function}" if at + 1 < len(stack) else "step: build() itself"
    if any(f.function == "load_config" for f in stack):
        return "step: load_config"
    return "outside build() (start-up, imports of the command line)"


def load_records(path: Path) -> list[tuple[list[Frame], float]]:
    """A pyinstrument session's samples: (call stack from the outside in, without the thread, wall seconds)."""
    records = json.loads(path.read_text("utf-8"))["frame_records"]
    parsed: dict[str, Frame] = {}
    return [([parsed.get(info) or parsed.setdefault(info, Frame.parse(info)) for info in stack
              if "\x00<thread>\x00" not in info], weight)
            for stack, weight in records]


@dataclass
class Process:
    """One profiled process: CPU seconds per group, per stage and per hot function."""

    name: str
    cpu_s: float  # measured while profiled
    groups: dict[str, float]
    stages: dict[str, float]
    hot: dict[str, float]
    spots: Mapping[str, Mapping[str, float]]  # group -> seconds per hot function

    @classmethod
    def from_session(cls, name: str, path: Path, totals: dict) -> Process:
        records = load_records(path)
        cpu_s = totals["cpu_s"] - totals["before_profiler_cpu_s"]
        named = [(group(stack), stage(stack), stack, weight) for stack, weight in records]
        working = sum(weight for g, _, _, weight in named if not g.startswith("waiting")) or 1.0
        scale = cpu_s / working
        groups: defaultdict[str, float] = defaultdict(float)
        stages: defaultdict[str, float] = defaultdict(float)
        hot: defaultdict[str, float] = defaultdict(float)
        spots: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
        for g, s, stack, weight in named:
            if g.startswith("waiting"):
                groups[g] += weight  # wall seconds, shown apart
                continue
            groups[g] += weight * scale
            stages[s] += weight * scale
            leaf = _leaf(stack)
            hot[leaf] += weight * scale
            spots[g][_imported_package(stack) if g == IMPORTS else leaf] += weight * scale
        return cls(name, cpu_s, groups, stages, hot, spots)


def _leaf(stack: list[Frame]) -> str:
    """The innermost Python function of a sample (a built-in is shown with its caller)."""
    if not stack:
        return "?"
    if stack[-1].file == "<built-in>" and len(stack) > 1:
        return f"{stack[-2].short} → {stack[-1].function}"
    return stack[-1].short


def profile_build(label: str, project: Path, args: list[str], prefix: Path, cold: bool = False) -> dict:
    """One build without the profiler (CPU of build + children) and one under it; the grouped figures.
    `cold`: each without our build cache (.cache/leerpunt-build), as the build bench's first build."""
    def build(command: list[str], env: dict) -> cputime.Usage:
        if cold:
            shutil.rmtree(project / buildcache.FOLDER, ignore_errors=True)
        return cputime.measure(command, project, env)

    plain = build([str(Path(sys.executable).parent / "mkdocs"), *args], ENV)
    env = dict(ENV, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), ENV.get("PYTHONPATH")])))
    profiled = build([sys.executable, "-m", "bench.profiled", str(prefix), "--", *args], env)
    for usage in (plain, profiled):
        if usage.returncode:
            raise SystemExit(f"{label}: the build failed ({usage.returncode}):\n{usage.output[-3000:]}")
    totals = json.loads(Path(f"{prefix}.totals.json").read_text("utf-8"))
    processes = [Process.from_session(name, Path(f"{prefix}.{name}.json"), totals[name])
                 for name in ("main", "worker") if name in totals]
    return {"label": label, "args": args, "project": project, "plain": plain, "profiled": profiled,
            "totals": totals, "processes": processes}


def _n100(variant: str = "leerpunt") -> tuple[Path, list[str]]:
    project = generate(100, TMP / f"n100-{variant}", variant)
    return project, ["build", "--quiet", "--site-dir", "profile-site"]


def _shipped() -> tuple[Path, list[str]]:
    project = site.prepare(TMP / "profile-shipped")
    first = cputime.measure(site.makefile_command(), project, ENV)  # fills the PDF cache: the profiled build is warm
    if first.returncode:
        raise SystemExit(f"the shipped site did not build:\n{first.output[-3000:]}")
    return project, site.MKDOCS_ARGS


def _largest(seconds: Mapping[str, float], limit: int) -> list[tuple[str, float]]:
    """The `limit` largest entries, largest first (ties in insertion order, as Counter.most_common)."""
    return sorted(seconds.items(), key=lambda item: -item[1])[:limit]


def _table_of(process: Process, seconds_by_name: dict[str, float], limit: int, spots: bool = False) -> list[str]:
    total = sum(v for k, v in process.groups.items() if not k.startswith("waiting"))
    rows = []
    for name, seconds in _largest(seconds_by_name, limit):
        row = f"| {name} | {seconds:.2f} s | {100 * seconds / total:.0f}% |"
        if spots:
            top = _largest(process.spots[name], 6 if name == IMPORTS else 3)
            row += " " + "; ".join(f"`{spot}` {value:.2f} s" for spot, value in top) + " |"
        rows.append(row)
    return rows


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def section(result: dict) -> list[str]:
    plain, profiled = result["plain"], result["profiled"]
    lines = [f"## {result['label']}", "",
             f"Command (in {_shown(result['project'])}): `mkdocs {' '.join(result['args'])}`. Without the "
             f"profiler: {plain.wall_s:.2f} s wall, **{plain.cpu_s:.2f} s CPU** (build and every process it starts). "
             f"Under the profiler: {profiled.cpu_s:.2f} s CPU ({profiled.cpu_s / plain.cpu_s:.2f}×: the profiler's "
             "own cost, most in code that makes many small calls).", ""]
    for process in result["processes"]:
        title = ("Main process (MkDocs and the plugins)" if process.name == "main" else
                 "Second process (the search index: sections of every page, the lunr index, its files)")
        before = result["totals"][process.name]["before_profiler_cpu_s"]
        waiting = process.groups.get("waiting for the other process", 0.0)
        working = {k: v for k, v in process.groups.items() if not k.startswith("waiting")}
        biggest = sorted(working.items(), key=lambda item: -item[1])[:3]
        total = sum(working.values())
        lines += [f"### {title}: {process.cpu_s:.2f} s CPU profiled", "",
                  "Largest: " + ", ".join(f"{name} {100 * value / total:.0f}%" for name, value in biggest) + ". "
                  f"Before its profiler started: {before:.2f} s CPU (interpreter start-up"
                  f"{'; for the second process also receiving its arguments' if process.name == 'worker' else ''})"
                  + (f"; waiting for the other process: {waiting:.2f} s wall, not CPU." if waiting else "."), "",
                  "| group | CPU (profiled) | share | where (innermost function, a built-in with its caller; for "
                  "imports: the package) |",
                  "|---|---|---|---|", *_table_of(process, working, 20, spots=True), ""]
        if process.name == "main":
            lines += ["Plugin events (by the plugin's method, wherever MkDocs calls it) and the other steps of "
                      "`mkdocs build` (the function `build()` called):", "",
                      "| event or step | CPU (profiled) | share |", "|---|---|---|",
                      *_table_of(process, process.stages, 16), ""]
        lines += ["Hottest functions (innermost Python function of the samples):", "",
                  "| function | CPU (profiled) | share |", "|---|---|---|", *_table_of(process, process.hot, 12), ""]
    return lines


def report(results: dict, load: tuple[float, float]) -> str:
    return "\n".join([
        "# Where the CPU goes", "",
        "Written by `scripts/bench profile` (bench/profile.py); rerun it to refresh this file. Reproduce one "
        "profile by hand, in a project folder: `PYTHONPATH=<repo> <repo>/.venv/bin/python -m bench.profiled "
        "/tmp/prof -- build --quiet --site-dir /tmp/site`, then `.venv/bin/pyinstrument --load /tmp/prof.main.json` "
        "(and `/tmp/prof.worker.json` for the search index's second process).", "",
        f"Machine: {machine()}; 1-minute load average {load[0]:.1f} before, {load[1]:.1f} after (a shared machine). "
        f"Profiler: pyinstrument {metadata.version('pyinstrument')}, a sample every 5 ms, whole call stacks.", "",
        "How the samples are grouped: by the first group in this order that any frame of the sample's call stack "
        "belongs to: imports (module code running under an import, by the package whose module runs), waiting for "
        "the other process (not CPU: shown, not counted), schema validation (`leerpunt/catalogue/schemas.py`, "
        "jsonschema, referencing), catalogue load (the rest of `leerpunt/catalogue/`), print planning "
        "(`leerpunt/print/`, the print plugin), search index (`leerpunt/search/`, the search plugin), our HTML "
        "fragments (`leerpunt/web.py`), page builders (`leerpunt/pages`, `badges`, `chart`, `news`, `opendata`, the "
        "collections plugin), our `[[…]]` codes (`leerpunt/extensions/`), Markdown (Python-Markdown and pymdownx "
        "called by MkDocs), theme templates (Jinja2), our other modules, MkDocs itself, other. So Markdown that our "
        "page builders call counts as page builders, and an import inside the print step counts as an import. "
        "pyinstrument weighs samples by wall time; each process's measured CPU time while profiled is shared "
        "over its samples that do not wait.", "",
        *(comparison(results["n100"], results["material"]) if {"n100", "material"} <= set(results) else []),
        *[line for result in results.values() for line in section(result)]])


TARGETS = {
    "n100": ("Ours at N = 100 (bench/corpus.py), without a build cache", _n100),
    "material": ("Plain Material at N = 100 (the same corpus, for comparison)", lambda: _n100("material")),
    "shipped": ("The shipped site, warm (PDF cache filled by a first build)", _shipped),
}


def comparison(ours: dict, material: dict) -> list[str]:
    """Per group: Material's CPU, ours (both processes), the difference; scaled to the builds without profiler."""
    def per_group(result: dict) -> defaultdict[str, float]:
        total: defaultdict[str, float] = defaultdict(float)
        for process in result["processes"]:
            for group, seconds in process.groups.items():
                if not group.startswith("waiting"):
                    total[group] += seconds
        scale = result["plain"].cpu_s / (sum(total.values()) or 1.0)
        return defaultdict(float, {k: v * scale for k, v in total.items()})

    theirs, mine = per_group(material), per_group(ours)
    rows = sorted(set(theirs) | set(mine), key=lambda g: -(mine[g] - theirs[g]))
    return ["## Ours against plain Material at N = 100", "",
            "CPU of each group in both processes together, scaled to the CPU time of the same build without the "
            f"profiler (ours {ours['plain'].cpu_s:.2f} s, Material {material['plain'].cpu_s:.2f} s: "
            f"{ours['plain'].cpu_s / material['plain'].cpu_s:.2f}×); largest difference first. The goal (issue 18) "
            "is ours ≤ 1.25× Material's.", "",
            "| group | Material | ours | ours − Material |", "|---|---|---|---|",
            *[f"| {g} | {theirs[g]:.2f} s | {mine[g]:.2f} s | {mine[g] - theirs[g]:+.2f} s |" for g in rows], ""]


def measure(only: str | None = None) -> dict:
    """Profile the builds of TARGETS (or one of them) and write bench/profile.md; {name: result}."""
    TMP.mkdir(exist_ok=True)
    load_before = os.getloadavg()[0]
    results = {}
    for name, (label, prepare) in TARGETS.items():
        if only and only != name:
            continue
        project, build_args = prepare()
        results[name] = profile_build(label, project, build_args, TMP / f"profile-{name}", cold=name == "n100")
        print(f"profiled {label}", file=sys.stderr)
    OUTPUT.write_text(report(results, (load_before, os.getloadavg()[0])), "utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return results


def summary(results: dict) -> list[str]:
    """The lines of bench/results.md: the CPU of ours against Material's at N = 100, by group."""
    if not {"n100", "material"} <= set(results):
        return ["See [bench/profile.md](profile.md)."]
    lines = comparison(results["n100"], results["material"])[2:]
    return [*lines, "Per process, step and function: [bench/profile.md](profile.md)."]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=tuple(TARGETS), help="profile one of the builds")
    args = parser.parse_args(argv)
    measure(args.only)
    return 0
