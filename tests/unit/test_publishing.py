"""A publication build needs the site's real https address; mkdocs.yml takes it from SITE_URL."""

import os
import subprocess
import sys

import pytest
from mkdocs.config import load_config

from helpers import REPO
from leerpunt.publishing import is_publication, publication_errors

REAL = "https://kennisbank.leerpunt.be/"


def test_a_real_https_address_is_fine():
    assert publication_errors(REAL) == []
    assert publication_errors("https://someone.github.io/kennisbank/") == []


@pytest.mark.parametrize("placeholder", ["https://leerpunt.example/", "https://example.org/", "https://www.example.com/",
                                         "https://kennisbank.test/", "https://localhost:8000/"])
def test_a_placeholder_is_refused_with_what_to_do(placeholder):
    [error] = publication_errors(placeholder)
    assert error.startswith(f"site_url is een voorbeeldadres ('{placeholder}')")
    assert "SITE_URL" in error and "QR-codes" in error


def test_plain_http_and_a_missing_address_are_refused():
    assert publication_errors("http://kennisbank.leerpunt.be/")[0].startswith("site_url moet met https:// beginnen")
    assert publication_errors(None)[0].startswith("site_url ontbreekt")


def test_only_the_publication_flag_makes_a_build_a_publication():
    assert is_publication({"LEERPUNT_PUBLICATIE": "1"}) and is_publication({"LEERPUNT_PUBLICATIE": "ja"})
    assert not is_publication({}) and not is_publication({"LEERPUNT_PUBLICATIE": "0"})


def test_mkdocs_yml_takes_the_address_from_the_environment(monkeypatch):
    monkeypatch.setenv("SITE_URL", REAL.rstrip("/"))
    assert load_config(str(REPO / "mkdocs.yml")).site_url == REAL
    monkeypatch.delenv("SITE_URL")
    assert load_config(str(REPO / "mkdocs.yml")).site_url == "https://leerpunt.example/"


def build(tmp_path, **env):
    environ = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "LEERPUNT_PUBLICATIE")}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "out")],
                          cwd=REPO, env={**environ, **env}, capture_output=True, text=True, timeout=600)


def test_a_publication_build_with_the_placeholder_stops_before_building(tmp_path):
    result = build(tmp_path, LEERPUNT_PUBLICATIE="1")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Publicatie gestopt: site_url is een voorbeeldadres ('https://leerpunt.example/')" in output
    assert "Traceback" not in output and not (tmp_path / "out").exists()


def test_make_publish_site_sets_the_publication_flag():
    makefile = (REPO / "Makefile").read_text("utf-8")
    assert "publish-site: $(STAMP)\n\tLEERPUNT_PUBLICATIE=1 $(BIN)/python -m leerpunt.tools.build_site" in makefile


@pytest.mark.build
def test_a_publication_build_puts_the_real_address_in_canonical_links_feed_and_open_data(site, tmp_path):
    """The small site set up as the shipped mkdocs.yml is: address from SITE_URL, checked by leerpunt-collections."""
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "site_url: https://example.org/", 'site_url: !ENV [SITE_URL, "https://leerpunt.example/"]'), "utf-8")
    environ = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "out")],
                            cwd=site, env={**environ, "LEERPUNT_PUBLICATIE": "1", "SITE_URL": REAL},
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    out = tmp_path / "out"
    assert f'<link rel="canonical" href="{REAL}toolkits/kern/feedback/">' in \
        (out / "toolkits/kern/feedback/index.html").read_text("utf-8")
    assert f"{REAL}toolkits/kern/feedback/" in (out / "data/toolkit.json").read_text("utf-8")
    assert REAL in (out / "feed.xml").read_text("utf-8")
    assert not any("leerpunt.example" in p.read_text("utf-8", errors="ignore") for p in out.rglob("*")
                   if p.is_file() and p.suffix in (".html", ".xml", ".json", ".csv"))


def test_the_fast_settings_reader_of_the_tools_resolves_env_like_mkdocs(monkeypatch):
    from leerpunt.project import load_settings

    monkeypatch.delenv("SITE_URL", raising=False)
    assert load_settings(REPO / "mkdocs.yml")["site_url"] == "https://leerpunt.example/"
    monkeypatch.setenv("SITE_URL", REAL)
    assert load_settings(REPO / "mkdocs.yml")["site_url"] == REAL
