"""Issue 6, item 1: every kind of bad input fails loudly, names its source and drops no page.

For each kind of the corpus (bad_input_corpus.py: the unit corpus plus the kinds added for
this issue):
- scripts/check exits 1 and prints exactly the loader's errors;
- the MkDocs glue logs each of them as an ERROR, which is what makes `mkdocs build --strict`
  fail (tests/build/test_errors_in_build.py runs that build for real once);
- no page silently disappears: every source still has its page (showing its errors if it has
  them) or an error names it, no page is taken over by another and no two files share an address.
Kinds the loader cannot see (links, anchors, addresses, escaping) get one real strict build each
on the small fixture. A failed `make site` leaves the previous site/ untouched.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.utils.meta import get_data

from bad_input_corpus import ACCEPTED, APPROACH, CASES, GUIDE, all_kinds, replace, write
from helpers import FIXTURES, REPO, load, mkdocs_build, site_content
from leerpunt.pages import generated_pages
from leerpunt.tools.check import main as check
from leerpunt.project import load_settings

KINDS = all_kinds()
FAILURE_NOTICE = "Deze pagina kan niet gemaakt worden"


# --- helpers ----------------------------------------------------------------------------------

def line_with(root: Path, path: str, text: str) -> int:
    """The number of the first line of a source that contains text."""
    return next(n for n, line in enumerate((root / path).read_text("utf-8").split("\n"), 1) if text in line)


def check_line(error) -> str:
    """What `scripts/check --format lines` prints for an error (a line-less error points at line 1)."""
    field = f"veld '{error.field}': " if error.field else ""
    return f"{error.file}:{error.line or 1}: {field}verwacht {error.expected}; gevonden: {error.found}"


def run_check(root: Path, capsys) -> tuple[int, list[str]]:
    code = check(["--config", str(root / "mkdocs.yml"), "--format", "lines"])
    return code, capsys.readouterr().out.splitlines()


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def build_files(root: Path):
    """A build up to its files: every plugin's on_config and on_files, with what they log."""
    handler, logger = _Records(), logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        config = load_config(str(root / "mkdocs.yml"))
        config.plugins.on_startup(command="build", dirty=False)
        config = config.plugins.on_config(config)
        files = config.plugins.on_files(get_files(config), config=config)
    finally:
        logger.removeHandler(handler)
    return files, handler.records


def page_problems(root: Path, files, catalogue) -> list[str]:
    """Pages that disappeared without an error naming their source, or that show something else."""
    pages = {f.src_uri: f for f in files.documentation_pages()}
    named = {e.file for e in catalogue.errors}

    def accounted(source: str, src_uri: str) -> bool:
        return src_uri in pages or any(source == n or source.startswith(n + "/") for n in named)

    problems = []
    for path in sorted([*root.glob("toolkits/**/*.md"), *root.glob("leidraden/**/*.md")]):
        source = path.relative_to(root).as_posix()
        if not accounted(source, source):
            problems.append(f"{source}: no page, and no error names it")
    for manifest in sorted(root.glob("toolkits/*/toolkit.yml")):
        source = manifest.relative_to(root).as_posix()
        if not accounted(source, source.replace("toolkit.yml", "index.md")):
            problems.append(f"{source}: no overview page, and no error names it")
    for path in sorted((root / "content").rglob("*.md")):
        if not accounted(path.relative_to(root).as_posix(), path.relative_to(root / "content").as_posix()):
            problems.append(f"{path.relative_to(root)}: no page")
    # A page that exists must be its own source's page, not one that took its place.
    titles = {item.src_uri: item.titel for item in (*catalogue.toolkits, *catalogue.approaches, *catalogue.guides)}
    for src_uri, titel in titles.items():
        shown = html.unescape(str(get_data(pages[src_uri].content_string)[1].get("title", ""))) \
            if src_uri in pages else None
        if shown != titel:
            problems.append(f"{src_uri}: shows {shown!r} instead of the page '{titel}'")
    for broken in catalogue.broken:
        text = pages[broken.src_uri].content_string if broken.src_uri in pages else ""
        if FAILURE_NOTICE not in text or f"`{broken.source}`" not in text:
            problems.append(f"{broken.src_uri}: the page does not show the errors of {broken.source}")
    for dest, count in Counter(f.dest_uri for f in files).items():
        if count > 1:
            problems.append(f"{dest}: {count} files at one address "
                            f"({', '.join(sorted(f.src_uri for f in files if f.dest_uri == dest))})")
    return problems


# --- the corpus -----------------------------------------------------------------------------

def test_the_corpus_covers_at_least_30_kinds():
    assert len(KINDS) >= 30
    assert all(expected is None or expected for _, expected in KINDS.values())


@pytest.mark.parametrize("kind", sorted(CASES))
def test_kind_gives_the_exact_errors(site, kind):
    mutate, expected = CASES[kind]
    mutate(site)
    assert [str(e) for e in load(site).errors] == expected


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_scripts_check_fails_and_names_every_error(site, kind, capsys):
    KINDS[kind][0](site)
    errors = site_content(site).errors  # what the build reports too
    assert errors
    assert run_check(site, capsys) == (1, [check_line(e) for e in errors])


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_strict_build_fails_and_no_page_is_dropped(site, kind):
    KINDS[kind][0](site)
    catalogue = load(site)
    files, records = build_files(site)
    logged = [r.getMessage() for r in records if r.levelno >= logging.ERROR]
    assert [str(e) for e in site_content(site).errors if str(e) not in logged] == []
    assert [r.getMessage() for r in records if r.exc_info] == []
    assert page_problems(site, files, catalogue) == []


@pytest.mark.parametrize("kind", sorted(ACCEPTED))
def test_accepted_input_gives_the_pages_of_the_valid_fixture(site, kind, capsys):
    ACCEPTED[kind](site)
    catalogue = load(site)
    assert catalogue.errors == ()
    assert generated_pages(catalogue) == generated_pages(load(FIXTURES / "valid"))
    assert run_check(site, capsys)[0] == 0
    files, records = build_files(site)
    assert [r.getMessage() for r in records] == []
    assert page_problems(site, files, catalogue) == []


def test_the_page_gate_sees_a_dropped_and_a_replaced_page(site, monkeypatch):
    """The gate itself can fail: a page the plugin forgets, and a page another one overwrites."""
    import leerpunt.mkdocs_plugins.collections as collections

    real = collections.generated_pages

    def faulty(catalogue, web, frames=None):
        pages = real(catalogue, web, frames)
        del pages["toolkits/kern/leerstijlen.md"]
        pages["toolkits/kern/index.md"] = pages["toolkits/kern/feedback.md"]
        return pages

    monkeypatch.setattr(collections, "generated_pages", faulty)
    files, _ = build_files(site)
    assert page_problems(site, files, load(site)) == [
        "toolkits/kern/leerstijlen.md: no page, and no error names it",
        "toolkits/kern/index.md: shows 'Feedback' instead of the page 'Kerntoolkit'",
        "toolkits/kern/leerstijlen.md: shows None instead of the page 'Leerstijlen'"]


def test_scripts_check_itself_exits_non_zero_without_traceback(site):
    """The real command (bash wrapper, module, exit code) on a source with several kinds of errors."""
    for kind in ("yaml-bomb", "not-utf8", "unknown-agenda-status", "unknown-recommendation-level"):
        KINDS[kind][0](site)
    result = subprocess.run([str(REPO / "scripts" / "check"), "--config", str(site / "mkdocs.yml")],
                            capture_output=True, text=True, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for error in load(site).errors:
        assert f"  Verwacht: {error.expected}\n  Gevonden: {error.found}" in output


# --- kinds only a build sees ------------------------------------------------------------------

def strict_build(root: Path, out: Path) -> tuple[int, str]:
    result = mkdocs_build(root, out, strict=True)
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    return result.returncode, output


@pytest.mark.build
def test_broken_internal_link_fails_the_strict_build_naming_the_file(site, tmp_path):
    replace(site, "toolkits/kern/leerstijlen.md", "[feedback](feedback.md)", "[feedback](feedbak.md)")
    code, output = strict_build(site, tmp_path / "out")
    assert code != 0
    line = line_with(site, "toolkits/kern/leerstijlen.md", "feedbak.md")
    assert (f"ERROR   -  toolkits/kern/leerstijlen.md:{line}: verwacht een link naar een bestaande pagina of een "
            "bestaand bestand; gevonden: 'feedbak.md' (niet gevonden: toolkits/kern/feedbak.md)") in output
    assert "Doc file" not in output, "MkDocs' English warning about the same link is not repeated"


@pytest.mark.build
def test_broken_anchors_fail_the_strict_build_naming_the_file(site, tmp_path):
    """Within a collection, across collections (approach → recommendation) and from a free page."""
    replace(site, "toolkits/kern/leerstijlen.md", "[feedback](feedback.md)",
            "[feedback](feedback.md#bestaat-niet) en [de aanbeveling](../../leidraden/goede-feedback/index.md#tijdje)")
    replace(site, "content/index.md", "(leidraden/goede-feedback/index.md)", "(leidraden/goede-feedback/index.md#weg)")
    code, output = strict_build(site, tmp_path / "out")
    assert code != 0
    approach = line_with(site, "toolkits/kern/leerstijlen.md", "#bestaat-niet")
    home = line_with(site, "content/index.md", "#weg")
    for line in (
            f"ERROR   -  toolkits/kern/leerstijlen.md:{approach}: verwacht een anker dat bestaat op "
            "toolkits/kern/feedback.md; gevonden: 'feedback.md#bestaat-niet' (geen kop of element met id 'bestaat-niet')",
            f"ERROR   -  toolkits/kern/leerstijlen.md:{approach}: verwacht een anker dat bestaat op "
            "leidraden/goede-feedback/index.md; gevonden: '../../leidraden/goede-feedback/index.md#tijdje' (geen kop of "
            "element met id 'tijdje')",
            f"ERROR   -  content/index.md:{home}: verwacht een anker dat bestaat op leidraden/goede-feedback/index.md; "
            "gevonden: 'leidraden/goede-feedback/index.md#weg' (geen kop of element met id 'weg')"):
        assert line in output
    assert "Doc file" not in output


@pytest.mark.build
def test_toolkit_named_like_a_generated_page_fails_the_strict_build(site, tmp_path):
    """toolkits/vergelijk/ would get the address of the compare page: one of the two must not vanish silently."""
    shutil.copytree(site / "toolkits" / "kern", site / "toolkits" / "vergelijk")
    replace(site, "toolkits/vergelijk/toolkit.yml", "volgorde: 1", "volgorde: 2")
    code, output = strict_build(site, tmp_path / "out")
    assert code != 0 and "toolkits/vergelijk" in output, output


@pytest.mark.build
def test_title_overflowing_its_printed_card_fails_the_strict_build(site, tmp_path):
    """Only rendering the card can tell; the print plugin must name the source and the field."""
    replace(site, APPROACH, "titel: Feedback", "titel: " + "Feedback die leerlingen echt verder helpt " * 4)
    with_shipped_plugins(site)
    code, output = strict_build(site, tmp_path / "out")
    assert code != 0
    assert re.search(r"ERROR   -  toolkits/kern/feedback\.md:\d+: veld 'titel': verwacht tekst die past op een kaart "
                     r"van A6 \(105 × 148 mm\); gevonden: \d+,\d mm te veel tekst op de band van toolkitkaart \d+",
                     output), output


@pytest.mark.build
def test_free_page_in_the_place_of_a_generated_page_fails_the_strict_build(site, tmp_path):
    write(site, "content/toolkits/kern/feedback.md", "# Eigen versie\n")
    code, output = strict_build(site, tmp_path / "out")
    assert code != 0
    assert ("ERROR   -  content/toolkits/kern/feedback.md: verwacht een eigen webadres voor elke pagina; gevonden: "
            "'/toolkits/kern/feedback/', ook het adres van de pagina uit toolkits/kern/feedback.md") in output


# --- HTML in titles ---------------------------------------------------------------------------

TITLE_FIELDS = {  # file: (line as in the fixture, field)
    APPROACH: [("titel: Feedback", "titel"), ("samenvatting: Feedback geeft", "samenvatting")],
    "toolkits/kern/toolkit.yml": [("titel: Kerntoolkit", "titel"), ("samenvatting: Een kleine", "samenvatting")],
    GUIDE: [("titel: Goede feedback", "titel"), ("samenvatting: Een kleine", "samenvatting")],
    "content/kennisagenda/kennisagenda.yml": [("titel: Kennisagenda", "titel"), ("    titel: Huiswerk", "    titel")],
}


def payload(marker: str) -> str:
    # Short enough to fit on a printed card: a longer title is an overflow error of its own.
    return f"<a href=javascript:0 onclick={marker}>&</a><script>{marker}</script>"


def inject_titles(root: Path) -> dict[str, str]:
    """Put a script in every title and summary; return marker → the text as written."""
    written = {}
    for rel, fields in TITLE_FIELDS.items():
        path = root / rel
        text = path.read_text("utf-8")
        for start, field in fields:
            marker = f"lp-xss-{len(written) + 1}"
            written[marker] = payload(marker)
            text = re.sub(rf"^{re.escape(start)}.*$", lambda _: f"{field}: {json.dumps(written[marker])}",
                          text, count=1, flags=re.M)
        path.write_text(text, "utf-8")
    return written


class ExecutableMarkup(HTMLParser):
    """Finds markup a browser would run: event handlers, javascript: URLs, scripts, broken JSON islands."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self._script = [], None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}> on line {self.getpos()[0]}")
        if tag == "script":
            self._script = (dict(attrs).get("type") or "", [], self.getpos()[0])

    def handle_data(self, data):
        if self._script:
            self._script[1].append(data)

    def handle_endtag(self, tag):
        if tag != "script" or not self._script:
            return
        kind, parts, line = self._script
        text, self._script = "".join(parts), None
        if "json" in kind:
            try:
                json.loads(text)
            except ValueError:
                self.found.append(f"<script type={kind}> on line {line} is no longer valid JSON")
        elif "lp-xss-" in text:
            self.found.append(f"<script> on line {line} runs injected code")


def executable_markup(site: Path) -> list[str]:
    found = []
    for page in sorted(site.rglob("*.html")):
        parser = ExecutableMarkup()
        parser.feed(page.read_text("utf-8"))
        parser.close()
        found += [f"{page.relative_to(site)}: {f}" for f in parser.found]
    return found


def with_shipped_plugins(root: Path) -> None:
    """The fixture built with the plugins of the shipped site (print, search, ...), whatever they are."""
    settings = yaml.safe_load((root / "mkdocs.yml").read_text("utf-8"))
    settings["plugins"] = load_settings(REPO / "mkdocs.yml")["plugins"]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True), "utf-8")


def squeezed(text: str) -> str:
    """Text without white space and hyphens: a line break in a PDF may add or eat both."""
    return re.sub(r"[\s-]+", "", text)


def pdf_text(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", "-q", str(pdf), "-"], capture_output=True, text=True, check=True)
    return squeezed(result.stdout)


def invalid_data_files(site: Path) -> list[str]:
    found = []
    for data in sorted([*site.rglob("*.json"), *site.rglob("*.xml")]):
        try:
            json.loads(data.read_text("utf-8")) if data.suffix == ".json" else ET.parse(data)
        except (ValueError, ET.ParseError) as error:
            found.append(f"{data.relative_to(site)}: {error}")
    return found


@pytest.mark.build
def test_html_in_titles_is_escaped_everywhere(site, tmp_path):
    """No executable markup in any page; data files stay valid; pages and PDFs show the title as text."""
    written = inject_titles(site)
    with_shipped_plugins(site)
    code, output = strict_build(site, tmp_path / "out")
    out = tmp_path / "out"
    assert code == 0, output
    problems = executable_markup(out) + invalid_data_files(out)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", (out / "toolkits/kern/feedback/index.html").read_text("utf-8"), re.S)
    shown = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip()
    if shown != written["lp-xss-1"]:
        problems.append(f"toolkits/kern/feedback/index.html: the heading shows {shown!r}")
    printed = "".join(pdf_text(pdf) for pdf in out.rglob("*.pdf"))
    for marker in ("lp-xss-1", "lp-xss-3", "lp-xss-5"):  # approach, toolkit and guide titles are printed
        if squeezed(written[marker]) not in printed:
            problems.append(f"PDFs: title {marker} is not printed as text")
    assert problems == []


def test_the_markup_finder_sees_each_kind_of_executable_markup(tmp_path):
    (tmp_path / "a.html").write_text(
        '<p>ok &lt;script&gt;</p><img src=x onerror="alert(1)"><a href=" JavaScript:alert(1)">x</a>'
        '<script>alert("lp-xss-1")</script><script type="application/json">{"a": "</script>x"}</script>', "utf-8")
    assert executable_markup(tmp_path) == [
        "a.html: <img onerror='alert(1)'> on line 1", "a.html: <a href=' JavaScript:alert(1)'> on line 1",
        "a.html: <script> on line 1 runs injected code",
        "a.html: <script type=application/json> on line 1 is no longer valid JSON"]


# --- make site ----------------------------------------------------------------------------------

def make_site(project: Path) -> subprocess.CompletedProcess:
    """The real Makefile's `site` target, run in a copy of a project (the venv is never rebuilt: -o)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS"))}
    return subprocess.run(["make", "--no-print-directory", "-f", str(REPO / "Makefile"), "-o", ".venv/.installed", "site"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=300)


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.build
def test_a_failed_make_site_leaves_the_last_good_site_in_place(site):
    for name in (".venv", "requirements", "pyproject.toml"):
        (site / name).symlink_to(REPO / name)
    break_cost = KINDS["cost-not-on-scale"][0]
    feedback = site / APPROACH
    good = feedback.read_text("utf-8")

    break_cost(site)
    failed = make_site(site)
    assert failed.returncode != 0 and not (site / "site").exists(), failed.stdout + failed.stderr

    feedback.write_text(good, "utf-8")
    built = make_site(site)
    assert built.returncode == 0, built.stdout + built.stderr
    last_good = snapshot(site / "site")
    assert "toolkits/kern/feedback/index.html" in last_good

    break_cost(site)
    failed = make_site(site)
    output = failed.stdout + failed.stderr
    assert failed.returncode != 0
    assert "toolkits/kern/feedback.md:4: veld 'kosten'" in output and "Traceback" not in output
    assert snapshot(site / "site") == last_good

    feedback.write_text(good.replace("titel: Feedback", "titel: Feedback geven"), "utf-8")
    rebuilt = make_site(site)
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "Feedback geven" in (site / "site/toolkits/kern/feedback/index.html").read_text("utf-8")
    assert not list(site.glob(".site.old.*")) and not list(site.glob(".site.tmp.*"))
