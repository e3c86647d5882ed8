"""Make every PDF that is not in the cache, on all cores when there is more than one to make.

Keys come from the recipes, so a warm pass renders no HTML at all; the HTML of a missing PDF is
made here, in the main process, and rendered by WeasyPrint in worker processes.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..catalogue.errors import ContentError
from ..cores import available_cores
from .cache import Cache, Entry
from .jobs import ContentProblems, Job, Recipe, Result
from .templating import render_template


class PrintUnavailable(RuntimeError):
    """WeasyPrint cannot load on this machine (usually: Pango is not installed)."""


@dataclass(frozen=True)
class Outcome:
    """What a pass produced: the PDFs by file name, the errors, and how many were made anew."""

    entries: dict[str, Entry]
    errors: tuple[ContentError, ...]
    rendered: tuple[str, ...]


def make_job(recipe: Recipe, root: Path) -> Job:
    """The recipe's HTML, ready for a rendering process (raises ContentProblems)."""
    context = recipe.context(*recipe.args)
    origins = tuple(context.pop("origins", ()))
    return Job(recipe.filename, render_template(recipe.template, **context), recipe.checks,
               root.resolve().as_uri() + "/", recipe.inputs, origins)


def render_all(recipes: list[Recipe], cache: Cache, workers: int = 0, prune: bool = True) -> Outcome:
    """Cached PDFs are reused as they are; the others are made, checked and cached.

    With prune, cached PDFs of this address that none of these recipes uses any more are removed."""
    keys = {recipe.filename: cache.key(recipe) for recipe in recipes}
    entries = {r.filename: entry for r in recipes if (entry := cache.get(keys[r.filename]))}
    todo = [recipe for recipe in recipes if recipe.filename not in entries]
    errors: list[ContentError] = []
    jobs = []
    for recipe in todo:
        try:
            jobs.append(make_job(recipe, cache.root))
        except ContentProblems as problems:
            errors.extend(problems.errors)
    for result in _render(jobs, workers or available_cores()):
        if result.pdf is None:
            errors.extend(result.errors)
        else:
            entries[result.filename] = cache.put(keys[result.filename], result.pdf, result.pages)
    if prune:
        cache.prune({keys[name] for name in entries})
    return Outcome(entries, tuple(sorted(set(errors))), tuple(recipe.filename for recipe in todo))


def weasyprint_problem() -> str:
    """Why WeasyPrint cannot load here, or '' when it can (importing it loads Pango)."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        return f"{type(error).__name__}: {error}"
    return ""


def _render(jobs: list[Job], workers: int) -> list[Result]:
    if not jobs:
        return []  # a warm build never even imports WeasyPrint
    problem = weasyprint_problem()
    if problem:
        raise PrintUnavailable(problem)
    from .render import render

    workers = min(workers, len(jobs))
    if workers <= 1:
        return [render(job) for job in jobs]
    # Longest first, so no core idles at the end waiting for one big guide. A forkserver starts
    # clean worker processes: forking a build that `mkdocs serve` runs in a thread is not safe.
    ordered = sorted(jobs, key=lambda job: len(job.html), reverse=True)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["leerpunt.print.render"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(render, ordered))
