"""Builds that change: a warm rebuild renders nothing, an edit renders only what it touches,
two clean builds give the same bytes, and an overflowing card stops a strict build."""

import logging
import re
import shutil

import pytest

from conftest import print_project
from helpers import mkdocs_build

pytestmark = pytest.mark.build

RENDERED = re.compile(r"leerpunt-print: (\d+) van (\d+) pdf's opnieuw gemaakt")
CACHE = ".cache/leerpunt-print"
ADDRESS = "leerpunt.example-"  # the subfolder of the fixture's site address
GUIDE_ITEMS = {"leidraad-goede-feedback-reflectiekaarten-kantoor.pdf", "leidraad-goede-feedback-reflectiekaarten-drukkerij.pdf",
               "leidraad-goede-feedback-reflectiekaarten-drukkerij-zonder-snijtekens.pdf",
               "leidraad-goede-feedback-poster.pdf", "leidraad-goede-feedback.pdf"}
ITEMS = 15  # per guide, toolkit and model page: three decks and two posters or documents


def rendered(output: str) -> tuple[int, int]:
    match = RENDERED.search(output)
    assert match, output
    return int(match.group(1)), int(match.group(2))


def pdf_times(site):
    return {p.name: p.read_bytes() for p in (site / "materialen").glob("*.pdf")}


def test_warm_rebuild_renders_nothing_and_an_edit_only_its_own_pdfs(print_site, tmp_path):
    first = mkdocs_build(print_site, tmp_path / "one")
    assert first.returncode == 0, first.stderr
    assert rendered(first.stderr) == (ITEMS, ITEMS)
    warm = mkdocs_build(print_site, tmp_path / "two")
    assert rendered(warm.stderr) == (0, ITEMS)
    assert pdf_times(tmp_path / "one") == pdf_times(tmp_path / "two")

    guide = print_site / "leidraden" / "goede-feedback" / "index.md"
    guide.write_text(guide.read_text("utf-8").replace("Wat deed de leerling ermee?", "Wat deed de leerling er nadien mee?"), "utf-8")
    edited = mkdocs_build(print_site, tmp_path / "three")
    assert rendered(edited.stderr) == (len(GUIDE_ITEMS), ITEMS)
    before, after = pdf_times(tmp_path / "two"), pdf_times(tmp_path / "three")
    assert {name for name in after if after[name] != before[name]} == GUIDE_ITEMS


def seed_cache(project, small_build):
    """Start from the PDFs the session's small build already made (same content, same keys)."""
    shutil.copytree(small_build[0] / CACHE, project / CACHE)


def test_rebuilds_in_one_process_reuse_the_cache_like_mkdocs_serve(print_site, tmp_path, caplog, small_build):
    """`mkdocs serve` rebuilds in the same process with a fresh config each time: unchanged PDFs
    are never rendered again, an edit renders only its own."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    seed_cache(print_site, small_build)
    guide = print_site / "leidraden" / "goede-feedback" / "index.md"
    counts = []
    for run in range(3):
        if run == 1:
            guide.write_text(guide.read_text("utf-8").replace("Een kleine leidraad", "Een korte leidraad"), "utf-8")
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs.plugins.leerpunt"):
            build(load_config(str(print_site / "mkdocs.yml"), site_dir=str(tmp_path / "serve")), dirty=run > 0)
        counts.append(rendered(caplog.text))
    assert counts == [(0, ITEMS), (len(GUIDE_ITEMS), ITEMS), (0, ITEMS)]


def test_under_serve_an_edit_shows_the_previous_pdfs_until_the_background_has_made_the_new_ones(
        print_site, tmp_path, small_build):
    """Under `mkdocs serve` a rebuild never waits for WeasyPrint: the edited guide's PDFs are
    made after the build, in the background, and a marker in the watched cache folder then
    asks for the rebuild that shows them."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    seed_cache(print_site, small_build)
    config = load_config(str(print_site / "mkdocs.yml"), site_dir=str(tmp_path / "serve"))
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["leerpunt-print"]
    try:
        build(config)
        before = pdf_times(tmp_path / "serve")
        guide = print_site / "leidraden" / "goede-feedback" / "index.md"
        guide.write_text(guide.read_text("utf-8").replace("Een kleine leidraad", "Een korte leidraad"), "utf-8")
        [folder] = (print_site / CACHE).glob(ADDRESS + "*")
        marker = folder / "gewijzigd"
        assert not marker.exists()
        build(load_config(str(print_site / "mkdocs.yml"), site_dir=str(tmp_path / "serve")))
        now = pdf_times(tmp_path / "serve")
        assert {name for name in now if now[name] != before.get(name)} == set()  # the previous PDFs, at once
        plugin.background.submit(lambda: None).result(timeout=300)  # the queue is done
        assert marker.exists()
        build(load_config(str(print_site / "mkdocs.yml"), site_dir=str(tmp_path / "serve")))
        after = pdf_times(tmp_path / "serve")
        assert {name for name in after if after[name] != before[name]} == GUIDE_ITEMS
    finally:
        config.plugins.on_shutdown()


def test_two_clean_builds_give_byte_identical_pdfs(tmp_path, small_build):
    """Another checkout at another path, with its own empty cache, in another process."""
    other = print_project(tmp_path / "elsewhere")
    result = mkdocs_build(other, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert rendered(result.stderr) == (ITEMS, ITEMS)
    _, first_site, _ = small_build
    first, second = pdf_times(first_site), pdf_times(tmp_path / "site")
    assert sorted(first) == sorted(second) and len(first) == ITEMS
    assert [name for name in first if first[name] != second[name]] == []


def overfill_a_toolkit_card(project):
    path = project / "toolkits" / "kern" / "feedback.md"
    text = path.read_text("utf-8").replace("antwoord: Nee, niet altijd.", "antwoord: " + " ".join(["WWWWWWW"] * 50))
    path.write_text(text, "utf-8")


def test_an_overflowing_card_fails_the_strict_build_naming_card_and_line(print_site, tmp_path, small_build):
    seed_cache(print_site, small_build)
    overfill_a_toolkit_card(print_site)
    result = mkdocs_build(print_site, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    messages = re.findall(r"ERROR\s+-\s+(.*)", output)
    assert len(messages) == 1, output  # one problem, one message (both decks have it)
    for message in messages:
        assert re.fullmatch(
            r"toolkits/kern/feedback\.md:21: veld 'kaart\.antwoord': verwacht tekst die past op een kaart van A6 "
            r"\(105 × 148 mm\); gevonden: \d+,\d mm te veel tekst op de achterkant van toolkitkaart 1 "
            r"\('Helpt feedback altijd\?'\)", message), message


def test_a_lenient_build_keeps_going_without_the_broken_pdfs_and_says_why(print_site, tmp_path, small_build):
    seed_cache(print_site, small_build)
    overfill_a_toolkit_card(print_site)
    result = mkdocs_build(print_site, tmp_path / "out", strict=False)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "out" / "materialen"
    assert not (folder / "toolkit-kern-kaarten-kantoor.pdf").exists()
    assert (folder / "toolkit-kern-wandplaat.pdf").is_file()
    page = (folder / "index.html").read_text("utf-8")
    assert "Niet alle materialen konden gemaakt worden" in page
    assert "te veel tekst op de achterkant van toolkitkaart 1" in page


def test_a_build_after_serve_renders_nothing_again(print_site, tmp_path, small_build):
    """Before: `mkdocs serve` (QR codes to the local server) pruned the build's PDFs, so the next
    `mkdocs build` made every PDF again. Now each address keeps its own cached PDFs."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    seed_cache(print_site, small_build)
    config = load_config(str(print_site / "mkdocs.yml"), site_dir=str(tmp_path / "serve"))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        config.site_url = "http://127.0.0.1:8000/"  # as `mkdocs serve` sets it
        build(config)
    finally:
        config.plugins.on_shutdown()
    assert len(list((print_site / CACHE).iterdir())) == 2  # the published address's folder and the local one
    after = mkdocs_build(print_site, tmp_path / "site")
    assert after.returncode == 0, after.stderr
    assert rendered(after.stderr) == (0, ITEMS)


def test_serve_without_weasyprint_warns_and_serves_the_site(print_site, tmp_path, monkeypatch, caplog):
    """No Pango on the machine: `mkdocs serve` keeps going (a warning, no PDFs); `mkdocs build` says why it stops."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    from leerpunt.print import runner

    monkeypatch.setattr(runner, "weasyprint_problem", lambda: "OSError: cannot load library 'libpango-1.0-0'")
    config = load_config(str(print_site / "mkdocs.yml"), site_dir=str(tmp_path / "serve"))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.leerpunt"):
            build(config)
    finally:
        config.plugins.on_shutdown()
    assert "WeasyPrint kan niet laden" in caplog.text and "libpango" in caplog.text
    assert (tmp_path / "serve" / "model" / "index.html").is_file()
    assert "Pdf's niet bijgewerkt" in (tmp_path / "serve" / "materialen" / "index.html").read_text("utf-8")
    assert not list((tmp_path / "serve" / "materialen").glob("*.pdf"))
    plain = load_config(str(print_site / "mkdocs.yml"), site_dir=str(tmp_path / "build"))
    caplog.clear()
    with pytest.raises(Abort), caplog.at_level(logging.ERROR):
        build(plain)
    assert "leerpunt-print: WeasyPrint kan niet laden op deze computer (OSError: cannot load library" in caplog.text
    assert "Traceback" not in caplog.text
