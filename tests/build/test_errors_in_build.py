"""A content error fails a strict build with a clear message, and never silently drops a page."""

import pytest

from helpers import mkdocs_build

pytestmark = pytest.mark.build


def break_feedback(site):
    path = site / "toolkits" / "kern" / "feedback.md"
    path.write_text(path.read_text("utf-8").replace("kosten: 1", "kosten: 9"), "utf-8")


def test_strict_build_fails_on_a_content_error_without_traceback(site, tmp_path):
    break_feedback(site)
    result = mkdocs_build(site, tmp_path / "out", strict=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "toolkits/kern/feedback.md:4: veld 'kosten': verwacht een van: 1 (Zeer lage kosten)" in output
    assert "Traceback" not in output


def test_lenient_build_keeps_going_and_the_page_shows_the_error(site, tmp_path):
    """What `mkdocs serve` does: report the error, keep serving, show it on the page."""
    break_feedback(site)
    result = mkdocs_build(site, tmp_path / "out", strict=False)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "toolkits" / "kern" / "feedback" / "index.html").read_text("utf-8")
    assert "Deze pagina kan niet gemaakt worden" in page
    assert "verwacht een van: 1 (Zeer lage kosten)" in page
    overview = (tmp_path / "out" / "toolkits" / "kern" / "index.html").read_text("utf-8")
    assert "Pagina&#39;s met fouten in de bron" in overview or "Pagina's met fouten in de bron" in overview


def test_valid_fixture_builds_cleanly(site, tmp_path):
    result = mkdocs_build(site, tmp_path / "out", strict=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out" / "leidraden" / "goede-feedback" / "index.html").is_file()


def test_serve_watches_the_sources_outside_docs_dir(site):
    from mkdocs.config import load_config
    from mkdocs.commands.build import build  # noqa: F401  (plugins are loaded through the config)

    config = load_config(str(site / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
    watched = []

    class Server:
        def watch(self, path):
            watched.append(path)

    config.plugins.on_serve(Server(), config=config, builder=None)
    assert str(site / "toolkits") in watched and str(site / "leidraden") in watched


def test_an_editors_note_that_reaches_a_page_fails_the_strict_build(site, tmp_path):
    """The publication check on the output: a note (here copied into the public summary) never ships."""
    path = site / "toolkits" / "kern" / "feedback.md"
    note = "Gecontroleerd tegen de opgeslagen EEF-pagina, nog niet tegen de live pagina."
    text = path.read_text("utf-8").replace("verificatie: Gecontroleerd in de test.", f"verificatie: {note}")
    path.write_text(text.replace("samenvatting: Feedback geeft leerlingen informatie over hun leren.",
                                 f"samenvatting: {note}"), "utf-8")
    result = mkdocs_build(site, tmp_path / "out", strict=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert ("toolkits/kern/feedback/index.html: verwacht geen tekst voor de redactie in wat de site publiceert; "
            "gevonden: een notitie voor de redactie: 'Gecontroleerd tegen de opgeslagen EEF-pagina") in output


def test_a_placeholder_in_public_text_fails_the_strict_build_with_its_line(site, tmp_path):
    path = site / "content" / "index.md"
    path.write_text(path.read_text("utf-8") + "\nDeze zin is nog aan te vullen.\n", "utf-8")
    result = mkdocs_build(site, tmp_path / "out", strict=True)
    output = result.stdout + result.stderr
    lines = path.read_text("utf-8").split("\n")
    line = next(i for i, text in enumerate(lines, 1) if "nog aan te vullen" in text)
    assert result.returncode != 0
    assert f"content/index.md:{line}: verwacht tekst voor lezers" in output
