"""Redirects in their own file: `redirects.yml` next to mkdocs.yml, validated like every source.

An editor who renames a page adds one line, 'oud/pad.md': 'nieuw/pad.md'. The file is checked
against schemas/redirects.schema.json (Dutch errors with the line), and leerpunt-collections hands
the map to mkdocs-redirects, which reads `redirect_maps` in its on_files, after ours. A
`redirect_maps` in mkdocs.yml (older projects) still counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import ContentError
from .catalogue.schemas import validate
from .catalogue.yamlsource import parse_yaml, read_source

REDIRECTS_FILE = "redirects.yml"
HEADER = ("# Oude adressen die blijven werken: per regel het oude bronpad en het nieuwe (zie CONTRIBUTING.md,\n"
          "# 'Een pagina verplaatsen of hernoemen'). Bijvoorbeeld:\n"
          "# 'toolkits/leren-en-lesgeven/oude-naam.md': 'toolkits/leren-en-lesgeven/nieuwe-naam.md'\n")


@dataclass(frozen=True)
class Redirects:
    targets: dict[str, str] = field(default_factory=dict)     # old source path → new source path or URL
    where: dict[str, tuple[str, int]] = field(default_factory=dict)  # old source path → (file, line)
    errors: tuple[ContentError, ...] = ()


def load_redirects(path: Path, shown: str) -> Redirects:
    """The redirects of one file ('' when it does not exist); a broken file gives errors and no redirects."""
    if not path.is_file():
        return Redirects()
    source = read_source(path, shown)
    parsed = source if isinstance(source, ContentError) else parse_yaml(source.text, shown)
    if isinstance(parsed, ContentError):
        return Redirects(errors=(parsed,))
    problems = validate(parsed, "redirects", shown)
    if problems:
        return Redirects(errors=tuple(problems))
    data = parsed.data or {}
    return Redirects(dict(data), {old: (shown, parsed.line_of((old,))) for old in data})


def merged(in_config: dict[str, str], config_shown: str, in_file: Redirects) -> Redirects:
    """mkdocs.yml's redirect_maps and redirects.yml together; an old path in both is an error."""
    errors = list(in_file.errors)
    for old in sorted(set(in_config) & set(in_file.targets)):
        file, line = in_file.where[old]
        errors.append(ContentError(file, line, old, f"elk oud adres één keer (het staat ook in {config_shown} onder "
                                   "redirect_maps)", f"'{in_file.targets[old]}'",
                                   f"Haal de regel uit {config_shown} weg; redirects.yml is de plaats voor "
                                   "doorverwijzingen."))
    where = {old: (config_shown, 0) for old in in_config} | in_file.where
    return Redirects({**in_config, **in_file.targets}, where, tuple(errors))
