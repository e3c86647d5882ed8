"""Shared test helpers: fixture paths, loading a content folder, running mkdocs."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from leerpunt.catalogue import Sources, load_catalogue

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)


def sources_for(root: Path) -> Sources:
    return Sources(root, root / "content", root / "toolkits", root / "leidraden",
                   root / "content" / "kennisagenda" / "kennisagenda.yml")


def load(root: Path):
    return load_catalogue(sources_for(root), today=TODAY)


def site_content(root: Path):
    """Everything the build and scripts/check report about a project (its mkdocs.yml read as check reads it)."""
    from leerpunt.project import Project
    from leerpunt.site_content import load_site_content
    return load_site_content(Project.from_config_file(root / "mkdocs.yml"), today=TODAY)


def mkdocs_build(project: Path, site_dir: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """Run `mkdocs build` the way `make site` does, and capture what it prints."""
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    if strict:
        command.append("--strict")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)
