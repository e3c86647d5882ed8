"""`make bench` keeps working: its corpus is deterministic and valid, and the build part measures both variants."""

import filecmp

import pytest

from bench import build
from bench.corpus import VARIANTS, generate
from helpers import mkdocs_build


def _same_tree(one, other) -> bool:
    comparison = filecmp.dircmp(one, other)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(one, other, comparison.common_files, shallow=False)
    return not mismatch and not errors and all(_same_tree(one / d, other / d) for d in comparison.common_dirs)


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_corpus_is_the_same_every_time(tmp_path, variant):
    assert _same_tree(generate(12, tmp_path / "a", variant), generate(12, tmp_path / "b", variant))


@pytest.mark.build
@pytest.mark.parametrize("variant", VARIANTS)
def test_both_variants_build_in_strict_mode(tmp_path, variant):
    project = generate(10, tmp_path / "project", variant)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    if variant == "leerpunt":  # the approaches became generated pages, with their figures
        page = (tmp_path / "site" / "toolkits" / "toolkit-001" / "aanpak-00003" / "index.html").read_text("utf-8")
        assert "lp-tiles" in page


@pytest.mark.build
def test_the_build_part_measures_both_variants_and_reports_a_ratio(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "TMP", tmp_path)
    results = build.measure([10], runs=1)
    for variant in VARIANTS:
        (run,) = results[10][variant]
        assert run["seconds"] > 0 and run["peak_mib"] > 20 and run["pages"] > 20
    report = "\n".join(build.report(results))
    assert f"**{build.ratio(results[10]):.2f}**" in report
