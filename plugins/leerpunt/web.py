"""The site's HTML fragments (badges, tiles, explorer, compare view, notices) from Jinja templates.

The templates live in the package (templates/leerpunt/*.html); a site overrides one the way it
overrides Material's partials: a file with the same name in the theme's custom_dir
(e.g. overrides/leerpunt/badges.html). Page builders receive a `Web` for the build; tests and
tools that need no overrides use the default one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined
from markupsafe import Markup

from . import formatting
from .badges.icons import icon
from .catalogue import scales
from .texts import text


@cache
def environment(override_dir: str = "") -> Environment:
    """One Jinja environment per override folder: the site's templates first, then ours."""
    loaders = [FileSystemLoader(override_dir)] if override_dir else []
    env = Environment(loader=ChoiceLoader([*loaders, PackageLoader("leerpunt", "templates")]), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(scales=scales, fmt=formatting, t=text, icon=lambda name: Markup(icon(name)))
    return env


@dataclass(frozen=True)
class Web:
    """Renders HTML fragments for one site; `override_dir` is its theme's custom_dir, if any."""

    override_dir: str = ""

    def render(self, name: str, **context: Any) -> str:
        """A whole template, e.g. 'leerpunt/explorer.html'."""
        return environment(self.override_dir).get_template(name).render(**context)

    def macro(self, template: str, name: str) -> Any:
        """A macro of a template, as a function that returns HTML."""
        return _macro(self.override_dir, template, name)


@cache
def _macro(override_dir: str, template: str, name: str):
    return getattr(environment(override_dir).get_template(template).module, name)


DEFAULT = Web()
