"""Read YAML and Markdown front matter while keeping the line of every value.

PyYAML's composed nodes carry their start marks; we walk them once to map each field path
to a line, so schema errors can name the line the editor has to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ContentError

Path_ = tuple  # a field path: keys and list indexes


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1 surprises: dates stay text, only true/false are booleans."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)


@dataclass(frozen=True)
class Parsed:
    """Data from one YAML document plus the line (1-based, in the file) of every field path."""

    data: object
    lines: dict = field(default_factory=dict)
    first_line: int = 1

    def line_of(self, path: Path_) -> int:
        """The line of the deepest known part of a field path."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, self.first_line)


@dataclass(frozen=True)
class SourceText:
    """A decoded source file with CRLF and a byte-order mark normalised away."""

    path: str
    text: str


def read_source(file: Path, shown_as: str) -> SourceText | ContentError:
    """Read a UTF-8 file; a file in another encoding is an error naming the first bad line."""
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return ContentError(shown_as, line, "", "een tekstbestand in UTF-8",
                            f"een ongeldige byte (0x{raw[exc.start]:02x}); bewaar het bestand als UTF-8")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(shown_as, text)


def parse_yaml(text: str, shown_as: str, line_offset: int = 0) -> Parsed | ContentError:
    """Parse one YAML document; syntax problems become a ContentError with its line."""
    try:
        loader = _StrictLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return Parsed(None, {}, line_offset + 1)
            duplicate = _find_duplicate_key(node)
            if duplicate:
                key, line = duplicate
                return ContentError(shown_as, line + line_offset + 1, key,
                                    "elk veld één keer", f"het veld '{key}' staat er twee keer")
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark else line_offset + 1
        return ContentError(shown_as, line, "", "geldige YAML", _explain_yaml_problem(text, exc),
                            "Vaak ontbreekt een spatie na een dubbele punt, springt een regel verkeerd in, of staat "
                            "tekst met een dubbele punt niet tussen aanhalingstekens (\"...\").")
    except yaml.YAMLError as exc:  # errors without a mark
        return ContentError(shown_as, line_offset + 1, "", "geldige YAML", str(exc))
    lines: dict = {}
    _collect_lines(node, (), lines, line_offset)
    return Parsed(data, lines, line_offset + 1)


def _explain_yaml_problem(text: str, exc: yaml.MarkedYAMLError) -> str:
    mark = exc.problem_mark
    lines = text.split("\n")
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]:
        return "een tab; gebruik spaties om in te springen in YAML"
    problem = exc.problem or "onleesbare YAML"
    return f"{problem} (controleer inspringing, dubbele punten en aanhalingstekens)"


def _find_duplicate_key(node: yaml.Node) -> tuple[str, int] | None:
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                return str(key), key_node.start_mark.line
            seen.add(key)
            found = _find_duplicate_key(value_node)
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found = _find_duplicate_key(item)
            if found:
                return found
    return None


def _collect_lines(node: yaml.Node, path: Path_, lines: dict, offset: int) -> None:
    lines[path] = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = path + (key_node.value,)
            _collect_lines(value_node, child, lines, offset)
            lines[child] = key_node.start_mark.line + 1 + offset
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, path + (index,), lines, offset)


@dataclass(frozen=True)
class FrontMatterDoc:
    """A Markdown source split into front matter and body, with the body's first line."""

    meta: Parsed
    body: str
    body_line: int


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(source: SourceText) -> FrontMatterDoc | ContentError:
    """Split '---' front matter from the Markdown body; parse the YAML with file line numbers."""
    match = _FRONT_MATTER.match(source.text)
    if not match:
        return ContentError(source.path, 1, "", "front matter tussen twee regels '---' bovenaan het bestand",
                            "geen front matter" if not source.text.startswith("---")
                            else "geen afsluitende regel '---'",
                            "Begin het bestand met een regel '---', dan de velden, dan weer een regel '---'. "
                            "Met scripts/new maak je een correct begin.")
    meta = parse_yaml(match.group(1) or "", source.path, line_offset=1)
    if isinstance(meta, ContentError):
        return meta
    body = source.text[match.end():]
    body_line = source.text[: match.end()].count("\n") + 1
    return FrontMatterDoc(meta, body, body_line)
