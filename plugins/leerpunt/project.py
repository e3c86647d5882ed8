"""What the content layer needs to know about a project, read from mkdocs.yml.

Two ways in, one result: the build hands over MkDocs' own config (`from_mkdocs_config`), the
editors' tools read mkdocs.yml without starting MkDocs (`from_config_file`, fast). Both end in
`Project.create`, so `scripts/check` and the build check the same sources with the same settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from yaml_env_tag import construct_env_tag

from .catalogue import Sources
from .redirects import REDIRECTS_FILE, load_redirects, merged

COLLECTIONS = "leerpunt-collections"
SEARCH = "leerpunt-search"
REDIRECTS = "redirects"
PUBLISHED = "published-urls.txt"


@dataclass(frozen=True)
class Project:
    """Where the sources are, and the settings of other plugins that content checks depend on."""

    sources: Sources
    config_file: Path
    synonyms_file: Path                  # the search synonyms (editors extend them)
    redirects: dict[str, str] = field(default_factory=dict)  # redirects.yml and mkdocs.yml's redirect_maps
    redirect_problem: str = ""           # what is wrong with mkdocs.yml's redirect_maps, when it is not a mapping
    redirect_sources: dict[str, tuple[str, int]] = field(default_factory=dict)  # old path → (file, line)
    redirect_errors: tuple = ()          # ContentErrors in redirects.yml

    @property
    def published_file(self) -> Path:
        """The list of every address the site has published (next to mkdocs.yml)."""
        return self.config_file.parent / PUBLISHED

    def shown(self, path: Path) -> str:
        """A path as messages show it: relative to the project when it is inside it."""
        return self.sources.shown(path)

    @classmethod
    def create(cls, config_file: Path, docs_dir: str, options: dict[str, dict[str, Any]]) -> Project:
        """From mkdocs.yml's docs_dir and the options of our plugins and mkdocs-redirects, by plugin name."""
        root = config_file.parent.resolve()
        collections = {key: value for key, value in (options.get(COLLECTIONS) or {}).items()
                       if key in ("toolkits_dir", "leidraden_dir", "kennisagenda", "projecten_dir", "begrippen",
                                  "materialen", "themas")}
        synonyms = (options.get(SEARCH) or {}).get("synonyms") or ""
        redirects = (options.get(REDIRECTS) or {}).get("redirect_maps")
        problem = ""
        if redirects is None:
            redirects = {}
        elif not isinstance(redirects, dict):
            problem, redirects = type(redirects).__name__, {}
        sources = Sources.from_settings(root, docs_dir, **collections)
        in_file = load_redirects(root / REDIRECTS_FILE, sources.shown(root / REDIRECTS_FILE))
        both = merged({str(old): str(new) for old, new in redirects.items()}, config_file.name, in_file)
        return cls(sources, config_file.resolve(), (root / synonyms).resolve() if synonyms else packaged_synonyms(),
                   both.targets, problem, both.where, both.errors)

    @property
    def redirects_file(self) -> Path:
        """Where editors record moved pages (next to mkdocs.yml)."""
        return self.config_file.parent / REDIRECTS_FILE

    def watched(self) -> list[Path]:
        """Every source outside docs_dir that the build reads: `serve` rebuilds when one changes."""
        folders = [value for value in vars(self.sources).values()
                   if isinstance(value, Path) and value.is_dir()
                   and value not in (self.sources.root, self.sources.docs_dir)
                   and not value.is_relative_to(self.sources.docs_dir)]
        files = [self.published_file, self.redirects_file]
        return [*folders, *(f for f in files if f.is_file())]

    @classmethod
    def from_mkdocs_config(cls, config) -> Project:
        """From the config MkDocs built (plugin options already validated and defaulted)."""
        options = {name.split(" #")[0]: dict(plugin.config) for name, plugin in config.plugins.items()
                   if hasattr(plugin, "config")}
        return cls.create(Path(config.config_file_path), config.docs_dir, options)

    @classmethod
    def from_config_file(cls, config_file: Path) -> Project:
        """From mkdocs.yml as plain data, without starting MkDocs."""
        settings = load_settings(config_file)
        options: dict[str, dict[str, Any]] = {}
        for entry in settings.get("plugins") or []:
            if isinstance(entry, dict):
                for name, value in entry.items():
                    options[name] = value if isinstance(value, dict) else {}
        return cls.create(config_file, settings.get("docs_dir", "docs"), options)


def packaged_synonyms() -> Path:
    """The synonyms list shipped with the search plugin (used when mkdocs.yml names no other)."""
    return Path(str(resources.files("leerpunt.search").joinpath("synoniemen.yml")))


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml but leaves tags like !!python/name unresolved (we only need paths and site_url)."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_TolerantLoader.add_constructor("!ENV", construct_env_tag)  # as MkDocs reads it: `site_url: !ENV [SITE_URL, default]`


def load_settings(config_file: Path) -> dict:
    """mkdocs.yml as plain data (Python tags left unresolved)."""
    data = yaml.load(config_file.read_text("utf-8"), Loader=_TolerantLoader)
    return data if isinstance(data, dict) else {}
