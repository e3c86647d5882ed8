"""Make every PDF that is not in the cache, on all cores when there is more than one to make."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from ..catalogue.errors import ContentError
from ..cores import available_cores
from .cache import Cache, Entry
from .jobs import Job, Result


@dataclass(frozen=True)
class Outcome:
    """What a pass produced: the PDFs by file name, the errors, and how many were made anew."""

    entries: dict[str, Entry]
    errors: tuple[ContentError, ...]
    rendered: tuple[str, ...]


def render_all(jobs: list[Job], cache: Cache, workers: int = 0, prune: bool = True) -> Outcome:
    """Cached PDFs are reused as they are; the others are rendered, checked and cached.

    With prune, cached PDFs that none of these jobs uses any more are removed."""
    keys = {job.filename: cache.key(job) for job in jobs}
    entries = {job.filename: entry for job in jobs if (entry := cache.get(keys[job.filename]))}
    todo = [job for job in jobs if job.filename not in entries]
    errors: list[ContentError] = []
    for result in _render(todo, workers or available_cores()):
        if result.pdf is None:
            errors.extend(result.errors)
        else:
            entries[result.filename] = cache.put(keys[result.filename], result.pdf, result.pages)
    if prune:
        cache.prune({keys[name] for name in entries})
    return Outcome(entries, tuple(sorted(set(errors))), tuple(job.filename for job in todo))


def _render(jobs: list[Job], workers: int) -> list[Result]:
    if not jobs:
        return []  # a warm build never even imports WeasyPrint
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
