"""Find the sources of a project from its mkdocs.yml, without starting MkDocs (fast)."""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml_env_tag import construct_env_tag

from ..catalogue import Sources

PLUGIN = "leerpunt-collections"


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml but leaves tags like !!python/name unresolved (we only need paths)."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_TolerantLoader.add_constructor("!ENV", construct_env_tag)  # as MkDocs reads it: `site_url: !ENV [SITE_URL, default]`


def load_settings(config_file: Path) -> dict:
    """mkdocs.yml as plain data (Python tags left unresolved)."""
    return yaml.load(config_file.read_text("utf-8"), Loader=_TolerantLoader) or {}


def project_sources(config_file: Path) -> Sources:
    """The Sources that the collections plugin will use for this mkdocs.yml."""
    settings = load_settings(config_file)
    options: dict = {}
    for entry in settings.get("plugins") or []:
        if isinstance(entry, dict) and PLUGIN in entry:
            options = entry[PLUGIN] or {}
    return Sources.from_settings(config_file.parent, settings.get("docs_dir", "docs"), **options)
