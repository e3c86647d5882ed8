"""Published addresses never disappear without a redirect; redirects really work."""

from helpers import REPO, load, mkdocs_build
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
    [error] = url_errors(project(site), load(site))
    lines = (site / "published-urls.txt").read_text("utf-8").split("\n")
    assert str(error) == (f"published-urls.txt:{lines.index('/toolkits/kern/feedback/') + 1}: verwacht een pagina of een "
                          "doorverwijzing op elk gepubliceerd adres; gevonden: '/toolkits/kern/feedback/' bestaat niet meer")
    monkeypatch.chdir(site)
    assert main([]) == 1


def add_redirect(site, old: str, new: str):
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "  - leerpunt-collections\n",
        f"  - leerpunt-collections\n  - redirects:\n      redirect_maps:\n        '{old}': '{new}'\n"), "utf-8")


def test_a_redirect_keeps_the_old_address_working(site, tmp_path):
    record_new_urls(project(site), load(site))
    rename_feedback(site)
    add_redirect(site, "toolkits/kern/feedback.md", "toolkits/kern/feedback-geven.md")
    assert url_errors(project(site), load(site)) == []
    result = mkdocs_build(site, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    old = (tmp_path / "out" / "toolkits" / "kern" / "feedback" / "index.html").read_text("utf-8")
    assert 'content="0; url=../feedback-geven/"' in old


def test_a_redirect_to_a_missing_page_is_an_error(site):
    add_redirect(site, "oud.md", "toolkits/kern/bestaat-niet.md")
    [error] = url_errors(project(site), load(site))
    assert str(error) == ("mkdocs.yml: veld 'redirect_maps.oud.md': verwacht een doorverwijzing naar een bestaande "
                          "pagina; gevonden: 'toolkits/kern/bestaat-niet.md' (bestaat niet)")


def test_shipped_site_records_every_published_address():
    """A new page must be recorded (scripts/check --record-urls) so it is protected from then on."""
    pages = page_sources(project(REPO).sources.docs_dir, load(REPO))
    listed = {url for _, url in read_published(REPO / "published-urls.txt")}
    assert {url_of(p) for p in pages} <= listed
    assert url_errors(project(REPO), load(REPO)) == []
