"""Read YAML and Markdown front matter while keeping the line of every value.

PyYAML's composed nodes carry their start marks; we walk them once to map each field path
to a line, so schema errors can name the line the editor has to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .errors import ContentError

Path_ = tuple  # a field path: keys and list indexes
# Sources nest four levels deep (historiek → change → field); hundreds of levels exhaust Python's stack.
MAX_DEPTH = 20


class _Position(Protocol):
    """A mark from PyYAML's pure Python parser or from libyaml's: both have the offset."""

    index: int


class _Refused(yaml.YAMLError):
    """YAML that is valid but that sources never need and that we do not accept."""

    def __init__(self, expected: str, found: str, hint: str, mark: _Position | None):
        super().__init__(found)
        self.expected, self.found, self.hint, self.mark = expected, found, hint, mark


# A mixin for two loaders: the type checker sees it as the pure Python one to know its methods.
if TYPE_CHECKING:
    _Loader = yaml.SafeLoader
else:
    _Loader = object


class _Strict(_Loader):
    """SafeLoader without YAML 1.1 surprises: dates stay text, only true/false are booleans.

    References (*name), tags (!!int, !!python/...) and very deep nesting are refused before
    anything is built: editors never need them; a few nested references expand into billions of
    values (a 'YAML bomb'), a tag asks PyYAML to convert text it may not be able to convert, and
    PyYAML composes nested values recursively.
    """

    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused("YAML zonder verwijzingen naar een anker (*naam)", f"de verwijzing '*{event.anchor}'",
                           "Schrijf de waarde voluit op elke plaats waar ze nodig is.", event.start_mark)
        if getattr(event, "tag", None) is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!", 1)
            raise _Refused("geldige YAML zonder tags", f"de tag '{tag}'",
                           "Een tag (beginnend met '!') gebruikt de site niet: haal hem weg.", event.start_mark)
        if self.depth >= MAX_DEPTH:
            raise _Refused(f"hoogstens {MAX_DEPTH} niveaus van lijsten en groepen in elkaar",
                           "een waarde die dieper genest is", "Vaak staat er een haakje '[' of '{' te veel.",
                           event.start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node, deep=False):
        # A field name is the text as written: '2025:' or 'null:' is an (unknown) field, not a number
        # or None, so every later step can rely on text keys. Non-text keys are refused earlier.
        return {key.value: self.construct_object(value, deep=deep) for key, value in node.value}


class _StrictLoader(_Strict, yaml.SafeLoader):
    """Pure Python: its error messages and marks are the ones editors see."""


try:  # libyaml's scanner and parser, when PyYAML was built with it
    from yaml._yaml import CParser
    LIBYAML = True
except ImportError:  # pragma: no cover - every wheel we pin has it
    LIBYAML = False

if LIBYAML:
    class _FastStrictLoader(_Strict, Composer, CParser, SafeConstructor, Resolver):
        """The same checks and nodes with libyaml scanning and parsing (several times faster): our
        Python composer still sees every event. Used for a first try only; any problem is reported
        by parsing again with _StrictLoader, so messages never depend on libyaml."""

        def __init__(self, stream):
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)


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
if LIBYAML:
    _FastStrictLoader.yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers


@dataclass(frozen=True)
class Parsed:
    """Data from one YAML document plus the line (1-based, in the file) of every field path."""

    data: Any  # YAML's own values: a JSON Schema checks their shape before the code reads them
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


# Sources are a few kilobytes; a file this big is pasted or generated by mistake and would
# bloat every page, the search index and the build.
MAX_SOURCE_BYTES = 1_000_000


def read_source(file: Path, shown_as: str) -> SourceText | ContentError:
    """Read a UTF-8 file; a file in another encoding is an error naming the first bad line."""
    size = file.stat().st_size
    if size > MAX_SOURCE_BYTES:
        return ContentError(shown_as, 0, "", f"een bronbestand van hoogstens {megabytes(MAX_SOURCE_BYTES)}",
                            f"een bestand van {megabytes(size)}",
                            "Zo'n groot bestand is meestal per ongeluk geplakte of gegenereerde tekst: verwijder die, "
                            "of verdeel de inhoud over meer pagina's.")
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return ContentError(shown_as, line, "", "een tekstbestand in UTF-8",
                            f"een ongeldige byte (0x{raw[exc.start]:02x}); bewaar het bestand als UTF-8")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(shown_as, text)


def megabytes(size: int) -> str:
    """'3,6 MB', rounded up so that a file just over the limit never reads as the limit itself."""
    tenths = -(-size // 100_000)
    return f"{tenths // 10},{tenths % 10} MB" if tenths % 10 else f"{tenths // 10} MB"


def parse_yaml(text: str, shown_as: str, line_offset: int = 0) -> Parsed | ContentError:
    """Parse one YAML document; syntax problems become a ContentError with its line."""

    def line(mark: _Position) -> int:
        # Lines as editors see them: PyYAML also starts a line at U+0085, U+2028 and U+2029.
        return text.count("\n", 0, mark.index) + 1 + line_offset

    if LIBYAML and not _NEEDS_PURE_PYTHON.search(text):
        try:
            return _parse_with(_FastStrictLoader, text, shown_as, line, line_offset)
        except (yaml.YAMLError, ValueError, TypeError):
            pass  # parsed again below, for the message editors see
    try:
        return _parse_with(_StrictLoader, text, shown_as, line, line_offset)
    except _Refused as refused:
        return ContentError(shown_as, line(refused.mark) if refused.mark else line_offset + 1, "",
                            refused.expected, refused.found,
                            refused.hint)
    except yaml.reader.ReaderError as exc:  # a control character, e.g. from a copied pdf
        return ContentError(shown_as, text.count("\n", 0, exc.position) + 1 + line_offset, "",
                            "gewone tekst zonder stuurtekens",
                            f"het onzichtbare teken U+{exc.character:04X}" if isinstance(exc.character, int)
                            else "een onzichtbaar teken",
                            "Zo'n teken komt vaak mee bij kopiëren uit een pdf of tekstverwerker: typ die regel "
                            "opnieuw.")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return ContentError(shown_as, line(mark) if mark else line_offset + 1, "", "geldige YAML",
                            _explain_yaml_problem(text, exc),
                            "Vaak ontbreekt een spatie na een dubbele punt, springt een regel verkeerd in, of staat "
                            "tekst met een dubbele punt niet tussen aanhalingstekens (\"...\").")
    except yaml.YAMLError as exc:  # errors without a mark
        return ContentError(shown_as, line_offset + 1, "", "geldige YAML", dutch_yaml_problem(str(exc)))


# Text that always takes the pure Python path, so its values and lines are exactly what PyYAML
# makes of them: line breaks other than '\n' (YAML folds and counts them in its own way) and a
# byte-order mark anywhere (libyaml drops it at the start of any line, PyYAML keeps it as text
# after the first character).
_NEEDS_PURE_PYTHON = re.compile("[\ufeff\x85\u2028\u2029]")


def _parse_with(loader_class, text: str, shown_as: str, line, line_offset: int) -> Parsed | ContentError:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Parsed(None, {}, line_offset + 1)
        duplicate = _find_duplicate_key(node)
        if duplicate:
            key, mark = duplicate
            return ContentError(shown_as, line(mark), key,
                                "elk veld één keer", f"het veld '{key}' staat er twee keer")
        data = loader.construct_document(node)
    finally:
        if hasattr(loader, "dispose"):  # PyYAML's pure Python loader keeps state to release
            loader.dispose()
    lines: dict = {}
    _collect_lines(node, (), lines, line)
    return Parsed(data, lines, line_offset + 1)


def _explain_yaml_problem(text: str, exc: yaml.MarkedYAMLError) -> str:
    mark = exc.problem_mark
    if mark is not None and "\t" in text.split("\n")[text.count("\n", 0, mark.index)]:
        return "een tab; gebruik spaties om in te springen in YAML"
    return f"{dutch_yaml_problem(exc.problem or '')} (controleer inspringing, dubbele punten en aanhalingstekens)"


# PyYAML's own words for what it stumbled on, as editors read them. What it found ('%r') is kept.
_FOUND = r"(?P<found>'.*'|\".*\"|<.*>)"
YAML_PROBLEMS = tuple((re.compile(pattern), dutch) for pattern, dutch in (
    (r"^mapping values are not allowed here", "een dubbele punt op een plaats waar geen veld kan beginnen"),
    (r"^could not find expected ':'", "een regel zonder de dubbele punt na de veldnaam"),
    (r"^sequence entries are not allowed here", "een lijstelement ('- ') op een plaats waar geen lijst kan staan"),
    (r"^mapping keys are not allowed here", "een veld ('?') op een plaats waar geen veld kan staan"),
    (r"^found character " + _FOUND + " that cannot start any token", "een waarde die begint met het teken {found}"),
    (r"^expected <block end>, but found " + _FOUND, "een regel die verkeerd ingesprongen is (gevonden: {found})"),
    (r"^expected the node content, but found " + _FOUND, "geen waarde waar er een verwacht werd (gevonden: {found})"),
    (r"^expected ',' or '\]', but got " + _FOUND, "een lijst tussen [ ] die niet goed gesloten is (gevonden: {found})"),
    (r"^expected ',' or '\}', but got " + _FOUND,
     "een groep tussen {{ }} die niet goed gesloten is (gevonden: {found})"),
    (r"^found unexpected end of stream", "een tekst tussen aanhalingstekens die niet gesloten wordt"),
    (r"^found unexpected document separator", "een regel '---' midden in een tekst tussen aanhalingstekens"),
    (r"^found unknown escape character " + _FOUND,
     "een backslash die YAML niet kent ({found}); schrijf \\\\ voor een backslash"),
    (r"^invalid indentation or unclosed '\[' or '\{'", "een verkeerde inspringing of een niet gesloten '[' of '{'"),
    (r"^expected a comment or a line break, but found " + _FOUND,
     "tekst na een waarde die al af was (gevonden: {found})"),
    (r"^expected alphabetic or numeric character, but found " + _FOUND,
     "een '&' of '*' zonder naam (gevonden: {found})"),
    (r"^(?:expected a single document in the stream|but found another document)",
     "meer dan één YAML-document (een tweede regel '---')"),
    (r"^found undefined alias", "een verwijzing (*naam) naar een anker dat niet bestaat"),
    (r"^found duplicate anchor", "twee ankers met dezelfde naam (&naam)"),
    (r"^expected (?:chomping or indentation indicators|indentation indicator)",
     "een '|' of '>' met iets erachter dat YAML niet kent"),
    (r"^expected ' ', but found " + _FOUND, "een teken waar een spatie moet staan (gevonden: {found})"),
))


def dutch_yaml_problem(problem: str) -> str:
    """PyYAML's description of a syntax problem in Dutch (never its English text)."""
    for pattern, dutch in YAML_PROBLEMS:
        match = pattern.search(problem)
        if match:
            found = match.groupdict().get("found")
            return dutch.format(found=_TOKENS.get(found.strip("'\""), found) if found else "")
    return "YAML die niet te lezen is"


_TOKENS = {"<stream end>": "het einde van het bestand", "<block end>": "het einde van een blok",
           "<block mapping start>": "het begin van een nieuw veld", "<block sequence start>": "het begin van een lijst",
           "<scalar>": "een waarde", "?": "een nieuw veld", "-": "een lijstelement ('- ')"}


def _find_duplicate_key(node: yaml.Node) -> tuple[str, yaml.Mark] | None:
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused("een veldnaam als gewone tekst vóór elke dubbele punt",
                               "een lijst of groep als veldnaam", "Vaak staat er een '?' of een haakje te veel aan het "
                               "begin van de regel.", key_node.start_mark)
            key = key_node.value
            if key in seen:
                return str(key), key_node.start_mark
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


def _collect_lines(node: yaml.Node, path: Path_, lines: dict, line) -> None:
    lines[path] = line(node.start_mark)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = path + (key_node.value,)
            _collect_lines(value_node, child, lines, line)
            lines[child] = line(key_node.start_mark)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, path + (index,), lines, line)


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
