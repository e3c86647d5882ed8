"""The page-paint and Lighthouse parts run end to end on two tiny sites (the synthetic corpus at N = 10)."""

import pytest
import yaml
from mkdocs.utils.yaml import get_yaml_loader

from bench import lighthouse, pages, plain
from bench.corpus import generate
from helpers import REPO, mkdocs_build

pytestmark = pytest.mark.browser
TYPES = [plain.PageType("approach", "toolkits/toolkit-001/aanpak-00003/", "toolkits/toolkit-001/aanpak-00003/"),
         plain.PageType("search results", "zoeken/?q=differentiatie", "?q=differentiatie")]


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    folder = tmp_path_factory.mktemp("paint")
    built = {}
    for variant in pages.VARIANTS:
        result = mkdocs_build(generate(10, folder / variant, variant), folder / f"{variant}-site", strict=False)
        assert result.returncode == 0, result.stdout + result.stderr
        built[variant] = folder / f"{variant}-site"
    return built


def test_the_page_part_measures_paint_bytes_and_blocking_resources_of_both_sites(sites):
    results = pages.measure(sites, TYPES, runs=1)
    for page, row in results.items():
        for variant in pages.VARIANTS:
            (visit,) = row[variant]
            assert visit["fcp_ms"] > 0 and visit["lcp_ms"] >= visit["fcp_ms"]
            assert visit["bytes"] > visit["html_bytes"] > 0 and visit["dom_elements"] > 0
            assert visit["blocking_stylesheets"] >= 1 and visit["scripts"] >= 1
            assert visit["other_hosts"] == []
    report = pages.report(results, 1, TYPES, (0.0, 0.0))
    assert "## Goals: first and largest paint ≤ plain Material's on every page type" in report
    assert len(pages.goal_rows(results)) == 2 * len(TYPES)


def test_the_lighthouse_part_scores_both_sites_in_every_category(sites):
    results = lighthouse.measure(sites, TYPES[:1], runs=1)
    for variant in pages.VARIANTS:
        (run,) = results["approach"][variant]
        assert all(0 <= run["scores"][key] <= 100 for key in lighthouse.CATEGORIES)
        assert run["other_hosts"] == [] and run["requests"] > 1
    assert [row.split(" | ")[0] for row in lighthouse.goal_rows(results)] == [
        "| Lighthouse (mobile): accessibility 100, every page type", "| Lighthouse (mobile): best practices 100, every page type",
        "| Lighthouse (mobile): SEO ≥ 95, every page type",
        "| Lighthouse (mobile): performance ≥ plain Material's, every page type"]
    assert "## Scores (median): ours / plain Material" in lighthouse.report(results, 1, TYPES[:1], (0.0, 0.0))


@pytest.mark.build
def test_the_plain_twin_has_every_page_type_with_the_same_text(tmp_path):
    project = plain.generate_plain(tmp_path / "plain", REPO)
    result = mkdocs_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    config = yaml.load((project / "mkdocs.yml").read_text("utf-8"), Loader=get_yaml_loader())
    assert config["plugins"] == [{"search": {"lang": "nl"}}]  # Material's own search, none of our plugins
    catalogue = plain._catalogue(REPO)
    for kind in plain.page_types(REPO):
        assert (tmp_path / "site" / kind.material.split("?")[0] / "index.html").is_file(), kind
    approach = catalogue.toolkits[0].aanpakken[0]
    page = (tmp_path / "site" / plain._address(approach.src_uri) / "index.html").read_text("utf-8")
    assert approach.titel in page and approach.kaart.vraag.split()[0] in page
