"""Files next to the sources: nothing outside the repository, no images too large for a web page.

A symlink in content/, toolkits/ or a guide's folder that points outside the repository
(`schema.png -> /etc/passwd`) would be copied into site/ byte for byte: it is an error, and the
build leaves such files out. An image over MAX_IMAGE_BYTES slows every reader's page and bloats
the guide PDF (a 23 MB photo gave a 23.5 MB PDF).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..catalogue import ContentError, Sources
from ..catalogue.yamlsource import megabytes

# The same limit as print's (a guide's images go into its PDF); a photo 1600 pixels wide as a JPEG
# of quality 80 is about 300 kB.
MAX_IMAGE_BYTES = 2_000_000
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
SIZE_HINT = ("Verklein de afbeelding, bijvoorbeeld tot 1600 pixels breed als JPEG van kwaliteit 80 (foto's) of als PNG "
             "met weinig kleuren (schema's); dat is meestal minder dan 500 kB.")


def source_folders(sources: Sources) -> list[Path]:
    """Every folder editors put files in that the site publishes from."""
    return [folder for folder in (sources.docs_dir, sources.toolkits_dir, sources.leidraden_dir) if folder.is_dir()]


def leaves_project(path: Path, root: Path) -> bool:
    """True for a symlink (or a file under a symlinked folder) that resolves outside the project."""
    return not path.resolve().is_relative_to(root.resolve())


def published_from_outside(paths: list[Path], sources: Sources) -> list[Path]:
    """The files among `paths` (what the build found) that really live outside the project: at or under a
    symlink in a source folder that leads out. Theme and plugin files (wherever Python installed them) are
    not the editors' and stay. One walk for the links, not a path resolution per file."""
    links = outside_links(sources)
    return [path for path in paths if any(path == link or path.is_relative_to(link) for link in links)] if links else []


def outside_links(sources: Sources) -> list[Path]:
    """Symlinks in the source folders that lead outside the project (each reported once, not followed)."""
    found = []
    for folder in source_folders(sources):
        for current, dirs, names in os.walk(folder):
            for name in [*dirs, *names]:
                path = Path(current) / name
                if path.is_symlink() and leaves_project(path, sources.root):
                    found.append(path)
    return sorted(found)


def outside_link_errors(sources: Sources) -> list[ContentError]:
    return [ContentError(sources.shown(path), 0, "", "bestanden die in de repository staan",
                         f"een snelkoppeling (symlink) naar '{os.readlink(path)}', buiten de repository",
                         "Kopieer het bestand zelf in de map (een afbeelding naast de pagina); de site publiceert "
                         "niets van buiten de repository.")
            for path in outside_links(sources)]


def image_size_error(path: Path) -> tuple[str, str, str] | None:
    """(expected, found, hint) for an image over the limit, else None."""
    size = path.stat().st_size
    if size <= MAX_IMAGE_BYTES:
        return None
    return (f"een afbeelding van hoogstens {megabytes(MAX_IMAGE_BYTES)}",
            f"'{path.name}' van {megabytes(size)}", SIZE_HINT)


def large_image_errors(sources: Sources) -> list[ContentError]:
    """Every image file in the source folders over the limit, whether a page shows it yet or not."""
    errors = []
    for folder in source_folders(sources):
        for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()):
            if leaves_project(path, sources.root):
                continue
            problem = image_size_error(path)
            if problem:
                errors.append(ContentError(sources.shown(path), 0, "", *problem))
    return errors
