"""The interface texts of the site and the print set, in one editable table (texts.yml).

Page builders, templates and print read their fixed Dutch words here ("Bron", "Reflectiekaarten",
"niet te bepalen"...), so a wording changes in one place. Texts with `{name}` take values.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def texts() -> dict[str, str]:
    """Every interface text by key."""
    data = yaml.safe_load(resources.files("leerpunt").joinpath("texts.yml").read_text("utf-8"))
    return {str(key): str(value) for key, value in data.items()}


def text(key: str, **values: object) -> str:
    """The text for `key`, with `{name}` placeholders filled from `values`."""
    template = texts()[key]
    return template.format(**values) if values else template
