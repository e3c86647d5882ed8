"""Issue 16.2 and 19.3/19.5: `scripts/check` reports what the strict build would reject (or lose), once,
in Dutch, with file:line; the same function feeds the build."""

import os

import pytest

from helpers import site_content
from leerpunt.sourcechecks.files import MAX_IMAGE_BYTES
from leerpunt.tools.check import main

GUIDE = "leidraden/goede-feedback/index.md"


def append(site, path: str, text: str):
    file = site / path
    file.write_text(file.read_text("utf-8") + text, "utf-8")


def check_lines(site, monkeypatch, capsys) -> list[str]:
    monkeypatch.chdir(site)
    code = main(["--format", "lines"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert code == (1 if lines else 0)
    return lines


def line_of(site, path: str, text: str) -> int:
    return (site / path).read_text("utf-8").split("\n").index(text) + 1


@pytest.mark.parametrize("planted, expected", [
    ("![Schema van de cyclus](schema.png)", "verwacht een afbeelding die bestaat; gevonden: 'schema.png' (niet "
     "gevonden: leidraden/goede-feedback/schema.png)"),
    ("Zie [de tweede aanbeveling](#bestaat-niet).", "verwacht een anker dat bestaat op deze pagina; gevonden: "
     "'#bestaat-niet' (geen kop of element met id 'bestaat-niet')"),
    ("Zie [feedback](../../toolkits/kern/feedback.md#geen-anker).", "verwacht een anker dat bestaat op "
     "toolkits/kern/feedback.md; gevonden: '../../toolkits/kern/feedback.md#geen-anker' (geen kop of element met id "
     "'geen-anker')"),
    ("![](klein.png)", "verwacht een afbeelding met een beschrijving (alt-tekst) voor wie ze niet ziet; gevonden: "
     "'klein.png' zonder beschrijving"),
    ("![Een foto](groot.jpg)", "verwacht een afbeelding van hoogstens 2 MB; gevonden: 'groot.jpg' van 2,1 MB"),
    ("Zie [de oude pagina](../oud/index.md).", "verwacht een link naar een bestaande pagina of een bestaand bestand; "
     "gevonden: '../oud/index.md' (niet gevonden: leidraden/oud/index.md)"),
    ("![Logo](https://example.org/logo.png)", "verwacht een afbeelding uit de repository; gevonden: "
     "'https://example.org/logo.png' van een andere website"),
])
def test_each_planted_problem_is_one_dutch_error_with_its_line(site, monkeypatch, capsys, planted, expected):
    (site / "leidraden/goede-feedback/klein.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    (site / "leidraden/goede-feedback/groot.jpg").write_bytes(b"\xff\xd8" + b"0" * (MAX_IMAGE_BYTES + 50_000))
    if "groot.jpg" not in planted:
        (site / "leidraden/goede-feedback/groot.jpg").unlink()
    append(site, GUIDE, f"\n{planted}\n")
    line = line_of(site, GUIDE, planted)
    assert check_lines(site, monkeypatch, capsys) == [f"{GUIDE}:{line}: {expected}"]


def test_an_unused_oversized_image_is_named_by_its_file(site):
    (site / "leidraden/goede-feedback/foto.jpg").write_bytes(b"0" * (23 * 1_000_000))
    [error] = site_content(site).errors
    assert str(error) == ("leidraden/goede-feedback/foto.jpg: verwacht een afbeelding van hoogstens 2 MB; gevonden: "
                          "'foto.jpg' van 23 MB")
    assert "1600 pixels" in error.hint


@pytest.mark.parametrize("where", ["leidraden/goede-feedback/schema.png", "content/geheim.md", "toolkits/kern/link.md"])
def test_a_symlink_out_of_the_repository_is_an_error(site, tmp_path, where):
    """Issue 19.3: `schema.png -> /etc/passwd` was copied into site/."""
    outside = tmp_path / "buiten.txt"
    outside.write_text("geheim", "utf-8")
    os.symlink(outside, site / where)
    messages = [str(e) for e in site_content(site).errors]
    assert f"{where}: verwacht bestanden die in de repository staan; gevonden: een snelkoppeling (symlink) naar " \
           f"'{outside}', buiten de repository" in messages


def test_a_symlink_inside_the_repository_is_fine(site):
    os.symlink(site / "content" / "index.md", site / "content" / "ook-start.md")
    assert not [e for e in site_content(site).errors if "symlink" in e.found]


@pytest.mark.parametrize("name", ["grafiek", "index"])
def test_an_approach_at_the_address_of_a_generated_page_is_an_error(site, name):
    """Issue 19.5: `grafiek.md` replaced the toolkit's chart page. The list comes from the page builders."""
    (site / f"toolkits/kern/{name}.md").write_text((site / "toolkits/kern/leerstijlen.md").read_text("utf-8"), "utf-8")
    messages = [str(e) for e in site_content(site).errors]
    if name == "index":  # the loader already refuses it by name
        assert any(m.startswith("toolkits/kern/index.md: verwacht een andere bestandsnaam") for m in messages)
    else:
        assert messages == [f"toolkits/kern/{name}.md: verwacht een eigen webadres voor elke pagina; gevonden: "
                            f"'/toolkits/kern/{name}/', ook het adres van de pagina die de site zelf maakt "
                            f"(toolkits/kern/{name}.md)"]


def test_a_toolkit_named_like_a_generated_page_is_an_error(site):
    (site / "toolkits/kern").rename(site / "toolkits/vergelijk")
    for path in (site / "leidraden/goede-feedback/index.md", site / "content/index.md",
                 site / "content/kennisagenda/kennisagenda.yml"):
        path.write_text(path.read_text("utf-8").replace("kern/", "vergelijk/"), "utf-8")
    messages = [str(e) for e in site_content(site).errors]
    assert ("toolkits/vergelijk/toolkit.yml: verwacht een eigen webadres voor elke pagina; gevonden: "
            "'/toolkits/vergelijk/', ook het adres van de pagina die de site zelf maakt (toolkits/vergelijk.md)") in messages


def test_a_free_page_at_the_address_of_a_generated_page_is_an_error(site):
    (site / "content/nieuw.md").write_text("# Mijn nieuws\n", "utf-8")
    assert [str(e) for e in site_content(site).errors] == [
        "content/nieuw.md: verwacht een eigen webadres voor elke pagina; gevonden: '/nieuw/', ook het adres van de "
        "pagina die de site zelf maakt (nieuw.md)"]


@pytest.mark.parametrize("heading, anchor", [
    ('## Meer lezen { #afdrukken }', "afdrukken"),          # the print section
    ('## Meer lezen { #reflectiekaarten }', "reflectiekaarten"),
    ('## In één oogopslag', "in-een-oogopslag"),             # a derived anchor collides too
])
def test_a_guide_anchor_that_the_page_itself_uses_is_an_error(site, heading, anchor):
    guide = site / GUIDE
    guide.write_text(guide.read_text("utf-8").replace("## Meer lezen", heading), "utf-8")
    [error] = site_content(site).errors
    assert (error.file, error.line, error.found) == (GUIDE, line_of(site, GUIDE, heading), f"'#{anchor}'")
    assert error.expected.startswith("een anker dat de pagina zelf nog niet gebruikt (die gebruikt al: #afdrukken")


def test_an_approach_heading_named_like_its_sources_section_is_an_error(site):
    path = "toolkits/kern/feedback.md"
    append(site, path, "\n### Bronnen\n\nTekst.\n")
    [error] = site_content(site).errors
    assert (error.file, error.line, error.found) == (path, line_of(site, path, "### Bronnen"), "'#bronnen'")


@pytest.mark.parametrize("front, line, found", [
    ("---\ntitle: Over: ons\n---\n", 2, "een dubbele punt op een plaats waar geen veld kan beginnen"),
    ("---\ntitle: Over\n  description: x\n---\n", 3, "een dubbele punt op een plaats waar geen veld kan beginnen"),
    ("---\n- een\n- lijst\n---\n", 2, "een lijst"),
])
def test_invalid_front_matter_of_a_free_page_is_an_error(site, front, line, found):
    """Issue 19.5: MkDocs showed the raw YAML on the page, even in a strict build."""
    (site / "content/over.md").write_text(front + "\nTekst.\n", "utf-8")
    [error] = site_content(site).errors
    assert (error.file, error.line) == ("content/over.md", line) and found in error.found


def test_the_shipped_content_is_clean():
    from helpers import REPO
    assert [str(e) for e in site_content(REPO).errors] == []
