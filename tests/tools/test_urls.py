"""Published addresses never disappear without a redirect; redirects really work."""

import pytest

from helpers import REPO, load, mkdocs_build, site_content
from leerpunt.tools.check import main
from leerpunt.siteurls import url_of
from leerpunt.addresses import page_sources, read_published, record_new_urls, url_errors
from leerpunt.project import Project


def project(root):
    return Project.from_config_file(root / "mkdocs.yml")


def test_url_of_source():
    assert url_of("index.md") == "/"
    assert url_of("toolkits/kern/index.md") == "/toolkits/kern/"
    assert url_of("toolkits/kern/feedback.md") == "/toolkits/kern/feedback/"


def test_recording_lists_every_page_once(site):
    added = record_new_urls(project(site), load(site))
    assert "/toolkits/kern/feedback/" in added and "/" in added
    assert record_new_urls(project(site), load(site)) == []


def rename_feedback(site):
    (site / "toolkits/kern/feedback.md").rename(site / "toolkits/kern/feedback-geven.md")
    for path in (site / "content/index.md", site / "leidraden/goede-feedback/index.md", site / "toolkits/kern/leerstijlen.md"):
        text = path.read_text("utf-8").replace("feedback.md)", "feedback-geven.md)")
        path.write_text(text.replace('"kern/feedback"', '"kern/feedback-geven"'), "utf-8")


def test_a_renamed_page_without_redirect_fails_the_check(site, capsys, monkeypatch):
    record_new_urls(project(site), load(site))
    rename_feedback(site)
    gone, new = url_errors(project(site), load(site))
    lines = (site / "published-urls.txt").read_text("utf-8").split("\n")
    assert str(gone) == (f"published-urls.txt:{lines.index('/toolkits/kern/feedback/') + 1}: verwacht een pagina of een "
                         "doorverwijzing op elk gepubliceerd adres; gevonden: '/toolkits/kern/feedback/' bestaat niet meer")
    assert "redirects.yml" in gone.hint
    assert str(new) == ("published-urls.txt: verwacht een vastgelegd webadres (in published-urls.txt); gevonden: het "
                        "nieuwe adres '/toolkits/kern/feedback-geven/'")
    monkeypatch.chdir(site)
    assert main([]) == 1
    assert main(["--record-urls"]) == 1, "a disappeared address is not something recording can fix"


def add_redirect(site, old: str, new: str, where: str = "redirects.yml"):
    if where == "redirects.yml":
        (site / "redirects.yml").write_text(f"# Verhuisde pagina's\n'{old}': '{new}'\n", "utf-8")
        return
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "  - leerpunt-collections\n",
        f"  - leerpunt-collections\n  - redirects:\n      redirect_maps:\n        '{old}': '{new}'\n"), "utf-8")


def test_a_redirect_keeps_the_old_address_working(site, tmp_path):
    """redirects.yml becomes mkdocs-redirects' map (mkdocs.yml names the plugin without a map)."""
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  - leerpunt-collections\n",
                                                        "  - leerpunt-collections\n  - redirects\n"), "utf-8")
    record_new_urls(project(site), load(site))
    rename_feedback(site)
    add_redirect(site, "toolkits/kern/feedback.md", "toolkits/kern/feedback-geven.md")
    record_new_urls(project(site), load(site))
    assert url_errors(project(site), load(site)) == []
    result = mkdocs_build(site, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    old = (tmp_path / "out" / "toolkits" / "kern" / "feedback" / "index.html").read_text("utf-8")
    assert 'content="0; url=../feedback-geven/"' in old


def test_a_redirect_to_a_missing_page_is_an_error(site):
    add_redirect(site, "oud.md", "toolkits/kern/bestaat-niet.md")
    [error] = url_errors(project(site), load(site))
    assert str(error) == ("redirects.yml:2: veld 'oud.md': verwacht een doorverwijzing naar een bestaande "
                          "pagina; gevonden: 'toolkits/kern/bestaat-niet.md' (bestaat niet)")


def test_a_redirect_in_mkdocs_yml_still_counts_for_older_projects(site):
    add_redirect(site, "oud.md", "toolkits/kern/bestaat-niet.md", where="mkdocs.yml")
    [error] = url_errors(project(site), load(site))
    assert str(error) == ("mkdocs.yml: veld 'redirect_maps.oud.md': verwacht een doorverwijzing naar een bestaande "
                          "pagina; gevonden: 'toolkits/kern/bestaat-niet.md' (bestaat niet)")


@pytest.mark.parametrize("text, expected", [
    ("'/oud.md': 'toolkits/kern/feedback.md'\n",
     "redirects.yml:1: veld '/oud.md': verwacht een oud bronpad dat eindigt op .md, zonder / vooraan en zonder spaties "
     "(bv. 'leidraden/oude-naam/index.md'); gevonden: '/oud.md'"),
    ("'oud.md': 'https://x\"><script>'\n",
     "redirects.yml:1: veld 'oud.md': verwacht een bestaand bronpad dat eindigt op .md (bv. "
     "'leidraden/nieuwe-naam/index.md') of een volledig webadres dat begint met https://; gevonden: "
     "'https://x\"><script>'"),
    ("- oud.md\n", "redirects.yml:1: verwacht een groep velden of leeg; gevonden: een lijst"),
    ("'oud.md': 'a.md'\n'oud.md': 'b.md'\n", "redirects.yml:2: veld 'oud.md': verwacht elk veld één keer; gevonden: "
     "het veld 'oud.md' staat er twee keer"),
])
def test_redirects_yml_is_validated_with_dutch_errors_and_lines(site, text, expected):
    (site / "redirects.yml").write_text(text, "utf-8")
    assert [str(e) for e in site_content(site).errors] == [expected]


def test_the_same_old_address_in_both_places_is_an_error(site):
    add_redirect(site, "toolkits/kern/oud.md", "toolkits/kern/feedback.md", where="mkdocs.yml")
    add_redirect(site, "toolkits/kern/oud.md", "toolkits/kern/feedback.md")
    [error] = site_content(site).errors
    assert str(error).startswith("redirects.yml:2: veld 'toolkits/kern/oud.md': verwacht elk oud adres één keer")


def test_new_pages_pdfs_feed_and_open_data_must_be_recorded(site, monkeypatch, capsys):
    """Issue 16.4: once the site keeps published-urls.txt, a new address fails until it is recorded."""
    record_new_urls(project(site), load(site))
    listed = {url for _, url in read_published(site / "published-urls.txt")}
    assert {"/feed.xml", "/data/toolkit.csv", "/data/toolkit.json", "/leidraden/goede-feedback/"} <= listed
    assert any(url.startswith("/materialen/") and url.endswith(".pdf") for url in listed)
    new = site / "content" / "nieuwe-pagina.md"
    new.write_text("# Nieuw\n\nTekst.\n", "utf-8")
    [error] = site_content(site).errors
    assert str(error) == ("content/nieuwe-pagina.md: verwacht een vastgelegd webadres (in published-urls.txt); "
                          "gevonden: het nieuwe adres '/nieuwe-pagina/'")
    assert "scripts/check --record-urls" in error.hint
    monkeypatch.chdir(site)
    assert main(["--record-urls"]) == 0
    assert "/nieuwe-pagina/" in capsys.readouterr().out
    assert site_content(site).errors == ()


def test_shipped_site_records_every_published_address():
    """A new page must be recorded (scripts/check --record-urls) so it is protected from then on."""
    pages = page_sources(project(REPO).sources.docs_dir, load(REPO))
    listed = {url for _, url in read_published(REPO / "published-urls.txt")}
    assert {url_of(p) for p in pages} <= listed
    assert url_errors(project(REPO), load(REPO)) == []
