"""The build reports and shows what `scripts/check` reports, publishes nothing from outside the
repository and never prints an editor's text unescaped into the page head (issues 16.2, 19.2, 19.3, 19.5, 19.7)."""

import os
import re

import pytest

from helpers import mkdocs_build

pytestmark = pytest.mark.build
GUIDE = "leidraden/goede-feedback/index.md"


def append(site, path: str, text: str):
    file = site / path
    file.write_text(file.read_text("utf-8") + text, "utf-8")


def test_a_broken_link_fails_the_strict_build_with_one_dutch_message(site, tmp_path):
    append(site, GUIDE, "\nZie [de oude pagina](../oud/index.md) en [dit](#nergens).\n")
    result = mkdocs_build(site, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    line = (site / GUIDE).read_text("utf-8").split("\n").index("Zie [de oude pagina](../oud/index.md) en [dit](#nergens).") + 1
    assert output.count(f"{GUIDE}:{line}: verwacht een link naar een bestaande pagina") == 1
    assert output.count(f"{GUIDE}:{line}: verwacht een anker dat bestaat op deze pagina") == 1
    assert "Doc file" not in output, "MkDocs' English warning for the same link is dropped"


def test_mkdocs_link_warnings_that_the_check_did_not_report_are_dutch_and_still_count():
    """MkDocs' warning for a link no content check knows (on a page the site makes) stays a warning,
    so strict mode counts it, but in Dutch."""
    import logging

    from leerpunt.mkdocs_plugins.link_messages import LinkMessages
    from leerpunt.sourcechecks.sitemap import SiteMap
    from helpers import FIXTURES, load, sources_for

    messages = LinkMessages()
    messages.site = SiteMap(sources_for(FIXTURES / "valid"), load(FIXTURES / "valid"))
    record = logging.LogRecord("mkdocs.structure.pages", logging.WARNING, "", 0, "Doc file 'toolkits/index.md' "
                               "contains a link 'weg.md', but the target 'toolkits/weg.md' is not found among "
                               "documentation files.", (), None)
    assert messages.filter(record) and record.levelno == logging.WARNING
    assert record.getMessage().startswith("toolkits/index.md (een pagina die de site maakt): verwacht een link die "
                                          "werkt; gevonden: 'weg.md' (het doel bestaat niet)")


def test_a_link_in_a_toolkit_introduction_is_checked_with_its_line(site, tmp_path):
    path = site / "toolkits/kern/toolkit.yml"
    path.write_text(path.read_text("utf-8").replace("samenvatting:", "inleiding: Zie [weg](weg.md).\nsamenvatting:", 1),
                    "utf-8")
    line = path.read_text("utf-8").split("\n").index("inleiding: Zie [weg](weg.md).") + 1
    result = mkdocs_build(site, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert output.count(f"toolkits/kern/toolkit.yml:{line}: verwacht een link naar een bestaande pagina") == 1
    assert "Doc file" not in output


def test_nothing_outside_the_repository_reaches_the_site(site, tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("wachtwoord", "utf-8")
    os.symlink(secret, site / "leidraden/goede-feedback/schema.png")
    os.symlink(secret, site / "content/geheim.txt")
    result = mkdocs_build(site, tmp_path / "out", strict=False)
    assert result.returncode == 0, result.stderr
    assert "buiten de repository" in result.stdout + result.stderr
    published = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert not any("wachtwoord" in p.read_bytes().decode("utf-8", "replace") for p in published)
    assert mkdocs_build(site, tmp_path / "strict").returncode != 0


def test_invalid_front_matter_shows_an_error_box_instead_of_passing_silently(site, tmp_path):
    (site / "content/over.md").write_text("---\ntitle: Over: ons\n---\n\n# Over ons\n\nTekst.\n", "utf-8")
    assert mkdocs_build(site, tmp_path / "strict").returncode != 0
    result = mkdocs_build(site, tmp_path / "out", strict=False)
    page = (tmp_path / "out/over/index.html").read_text("utf-8")
    assert "Deze pagina bevat fouten" in page and "content/over.md:2: verwacht geldige YAML" in page


def test_a_broken_kennisagenda_shows_its_error_on_the_agenda_page(site, tmp_path):
    """Issue 19.7: a broken kennisagenda.yml showed no error box."""
    agenda = site / "content/kennisagenda/kennisagenda.yml"
    agenda.write_text(agenda.read_text("utf-8").replace("themas:", "themas: [", 1), "utf-8")
    result = mkdocs_build(site, tmp_path / "out", strict=False)
    page = (tmp_path / "out/kennisagenda/index.html").read_text("utf-8")
    assert "Deze pagina bevat fouten" in page and "content/kennisagenda/kennisagenda.yml:" in page


def test_error_boxes_show_field_names_without_markdown_backslashes(site, tmp_path):
    """Issue 16.8: the error page under serve showed `geverifieerd\\_x` (Markdown escapes in a code span)."""
    path = site / "toolkits/kern/feedback.md"
    path.write_text(path.read_text("utf-8").replace("geverifieerd: true", "geverifieerd: true\ngeverifieerd_x: 1"), "utf-8")
    mkdocs_build(site, tmp_path / "out", strict=False)
    page = (tmp_path / "out/toolkits/kern/feedback/index.html").read_text("utf-8")
    assert "onbekend veld &#39;geverifieerd_x&#39;" in page or "onbekend veld 'geverifieerd_x'" in page
    assert "geverifieerd\\_x" not in page


def test_the_description_in_the_head_is_escaped(site, tmp_path):
    path = site / "toolkits/kern/feedback.md"
    text = path.read_text("utf-8").replace("samenvatting: Feedback geeft leerlingen informatie over hun leren.",
                                           "samenvatting: 'Feedback\" onmouseover=\"alert(1) & <b>meer</b>'")
    path.write_text(text, "utf-8")
    (site / "content/over.md").write_text('---\ndescription: \'Over "ons" <script>\'\n---\n\n# Over\n', "utf-8")
    result = mkdocs_build(site, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    approach = (tmp_path / "out/toolkits/kern/feedback/index.html").read_text("utf-8")
    assert ('<meta name="description" content="Feedback&quot; onmouseover=&quot;alert(1) &amp; &lt;b&gt;meer&lt;/b&gt;">'
            in approach)
    free = (tmp_path / "out/over/index.html").read_text("utf-8")
    assert '<meta name="description" content="Over &quot;ons&quot; &lt;script&gt;">' in free
    assert len(re.findall(r"<meta name=\"description\"", approach)) == 1
