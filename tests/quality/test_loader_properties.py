"""Issue 6, item 2: whatever a source contains, loading gives a catalogue and ContentErrors, never another exception.

Hypothesis writes arbitrary bytes, text, YAML documents, near-valid variants (one field
swapped for any value, a few characters of syntax inserted or removed) and recommendation
headings into each kind of source of the small fixture: an approach, a guide, a toolkit.yml and
the kennisagenda.yml. For every example the catalogue must load, its errors must be well-formed
(file, a line inside the file, expected and found in words) and every page, including the page
of a broken source, must still be produced. Examples stay few so the suite stays fast; a
failure prints the example that reproduces it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bad_input_corpus import AGENDA, APPROACH, GUIDE, MANIFEST
from helpers import FIXTURES, load
from leerpunt.catalogue import ContentError
from leerpunt.catalogue import yamlsource
from leerpunt.catalogue.model import Catalogue
from leerpunt.pages import generated_pages
from leerpunt.tools.check import format_human

TARGETS = {"aanpak": APPROACH, "leidraad": GUIDE, "toolkit": MANIFEST, "kennisagenda": AGENDA}
MARKDOWN = {APPROACH, GUIDE}
EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters that mean something to YAML or Markdown, plus the odd ones editors paste.
SYNTAX = ":-[]{}#&*!|>'\"`%@?,\\=\n\t \r\ufeff\u00a0\u2028\x85\x00é"
TOKENS = ["!!int ", "!!python/object:os.system ", "&a ", "*a", "? ", "<<: ", "- ", ": ", "---\n", "...\n", "{", "[",
          "\"", "'", "|\n", ">-\n", "2025: ", "null: ", "true: ", "~"]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("properties") / "site"
    shutil.copytree(FIXTURES / "valid", root)
    return root


def original(rel: str) -> bytes:
    return (FIXTURES / "valid" / rel).read_bytes()


def front_matter_and_body(rel: str) -> tuple[dict, str]:
    text = original(rel).decode("utf-8")
    if rel not in MARKDOWN:
        return yaml.safe_load(text), ""
    _, meta, body = text.split("---\n", 2)
    return yaml.safe_load(meta), body


def document(rel: str, data, body: str | None = None) -> bytes:
    """A source of the kind `rel` is, with `data` as its YAML (front matter) and the given body."""
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if rel not in MARKDOWN:
        return dumped.encode("utf-8")
    return f"---\n{dumped}---\n{front_matter_and_body(rel)[1] if body is None else body}".encode("utf-8")


def lines_in(content: bytes) -> int:
    return content.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


def load_with(project: Path, rel: str, content: bytes) -> None:
    """Load the project with `content` in `rel` and check everything a build would do with the result."""
    path = project / rel
    path.write_bytes(content)
    try:
        catalogue = load(project)
        pages = generated_pages(catalogue)
    finally:
        path.write_bytes(original(rel))
    assert isinstance(catalogue, Catalogue)
    for error in catalogue.errors:
        assert isinstance(error, ContentError)
        assert all(isinstance(v, str) for v in (error.file, error.field, error.expected, error.found)), error
        assert error.file and error.expected and error.found, error
        assert isinstance(error.line, int) and 0 <= error.line, error
        if error.file == rel:
            assert error.line <= lines_in(content), (error, lines_in(content))
    assert "Traceback" not in format_human(list(catalogue.errors))
    for broken in catalogue.broken:
        assert broken.src_uri in pages and broken.errors


# --- strategies -------------------------------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers(-30, 30) | st.floats(allow_nan=False) | st.text(max_size=40)
# Keys as YAML may read them: text, but also numbers, booleans and null ('2025:', 'true:', 'null:').
keys = st.text(max_size=12) | st.integers(-5, 3000) | st.booleans() | st.none()
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
                      max_leaves=15)


def paths(data, prefix=()) -> list[tuple]:
    """Every field path in a document: ('kaart', 'vraag'), ('historiek', 0, 'datum'), ..."""
    found = [prefix] if prefix else []
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        found += paths(value, prefix + (key,))
    return found


@st.composite
def one_field_changed(draw, rel: str) -> bytes:
    """The valid source with one field (at any depth) set to any value, removed, or one field added."""
    data, body = front_matter_and_body(rel)
    path = draw(st.sampled_from(paths(data)))
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    action = draw(st.sampled_from(["set", "remove", "add"]))
    if action == "set":
        parent[path[-1]] = draw(values)
    elif action == "remove":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[draw(keys)] = draw(values)
    else:
        parent.append(draw(values))
    return document(rel, data, body)


@st.composite
def syntax_edits(draw, rel: str) -> bytes:
    """The valid source with a few characters of syntax inserted, replaced or removed."""
    text = original(rel).decode("utf-8")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        removed = draw(st.integers(0, 3))
        text = text[:at] + draw(st.text(SYNTAX, max_size=3) | st.sampled_from(TOKENS)) + text[at + removed:]
    return text.encode("utf-8")


attribute = st.sampled_from(['#taakgericht', '#tijd', '#x', 'data-bewijs="sterk"', 'data-bewijs="matig"',
                             'data-bewijs="heel sterk"', 'data-bewijs=""', 'data-aanpakken="kern/feedback"',
                             'data-aanpakken="kern/weg andere/x"', '.klasse', 'data-bewijs=sterk', "data-bewijs='beperkt'"])
heading = st.builds(lambda level, title, attrs, closing: f"{'#' * level} {title}"
                    + (" { " + " ".join(attrs) + (" }" if closing else "") if attrs else ""),
                    st.integers(1, 4), st.text(st.characters(codec="utf-8", exclude_characters="\n\r\x85\u2028\u2029"), max_size=30),
                    st.lists(attribute, max_size=3), st.booleans())


@st.composite
def guide_bodies(draw) -> bytes:
    """The valid guide's front matter with a body of random headings (recommendations or not)."""
    data, _ = front_matter_and_body(GUIDE)
    lines = draw(st.lists(heading | st.sampled_from(["", "Tekst.", "```", "~~~"]), max_size=12))
    return document(GUIDE, data, "\n".join(lines) + "\n")


def yaml_documents(rel: str):
    return values.map(lambda data: document(rel, data))


# --- properties -----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(TARGETS))
@EXAMPLES
@given(content=st.binary(max_size=2000))
def test_any_bytes(project, kind, content):
    load_with(project, TARGETS[kind], content)


@pytest.mark.parametrize("kind", sorted(TARGETS))
@EXAMPLES
@given(content=st.text(max_size=2000))
def test_any_text(project, kind, content):
    load_with(project, TARGETS[kind], content.encode("utf-8"))


@pytest.mark.parametrize("kind", sorted(TARGETS))
@EXAMPLES
@given(data=st.data())
def test_any_yaml_document(project, kind, data):
    load_with(project, TARGETS[kind], data.draw(yaml_documents(TARGETS[kind])))


@pytest.mark.parametrize("kind", sorted(TARGETS))
@EXAMPLES
@given(data=st.data())
def test_one_field_changed_to_anything(project, kind, data):
    load_with(project, TARGETS[kind], data.draw(one_field_changed(TARGETS[kind])))


@pytest.mark.parametrize("kind", sorted(TARGETS))
@EXAMPLES
@given(data=st.data())
def test_syntax_inserted_or_removed(project, kind, data):
    load_with(project, TARGETS[kind], data.draw(syntax_edits(TARGETS[kind])))


@EXAMPLES
@given(content=guide_bodies())
def test_any_recommendation_headings(project, content):
    load_with(project, GUIDE, content)


# --- libyaml fast path ----------------------------------------------------------------------

def _pure_python(text: str):
    """parse_yaml as it would be without libyaml: the reference the fast path must equal."""
    original = yamlsource.LIBYAML
    yamlsource.LIBYAML = False
    try:
        return yamlsource.parse_yaml(text, "x.yml", line_offset=1)
    finally:
        yamlsource.LIBYAML = original


def _yaml_text(content: bytes) -> str:
    return content.decode("utf-8").split("---\n")[1] if content.startswith(b"---\n") else content.decode("utf-8")


@pytest.mark.parametrize("kind", sorted(TARGETS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_libyaml_fast_path_gives_what_pure_python_gives(kind, data):
    """Values, field lines and errors (message and line) are the same with and without libyaml.

    One known difference is allowed: PyYAML's own parser rejects a few plain scalars that YAML
    and libyaml accept ('f?eedback' inside [...]); libyaml's reading is then the one used."""
    rel = TARGETS[kind]
    content = data.draw(syntax_edits(rel) | one_field_changed(rel) | yaml_documents(rel) | st.text(SYNTAX, max_size=60)
                        .map(str.encode))
    text = _yaml_text(content)
    assert yamlsource.LIBYAML  # the pinned PyYAML wheel has libyaml
    fast, pure = yamlsource.parse_yaml(text, "x.yml", line_offset=1), _pure_python(text)
    if isinstance(fast, yamlsource.Parsed) and isinstance(pure, ContentError):
        assert pure.expected == "geldige YAML", pure  # a syntax error of PyYAML's parser, not one of our checks
        yaml.compose(text, Loader=yaml.CSafeLoader)  # that libyaml parses
    else:
        assert fast == pure


@pytest.mark.parametrize("text", ["\r\ufeff", "titel: a\n\ufeffb: 1\n", "- \ufeff\n"])
def test_a_byte_order_mark_inside_the_text_reads_as_pure_python_reads_it(text):
    """Found by the property above: libyaml skips a BOM at the start of any line."""
    assert yamlsource.parse_yaml(text, "x.yml", line_offset=1) == _pure_python(text)
