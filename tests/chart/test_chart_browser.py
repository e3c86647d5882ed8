"""The chart in Debian Chromium: axe-clean, reachable by keyboard, readable on a phone."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leerpunt.chart import accessible_name
from leerpunt.chart.layout import reading_order

from .conftest import href_for

pytestmark = pytest.mark.browser
TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seen():
    """What Chromium shows of the 'Leren en lesgeven' chart (run apart, see chromium_probe.py)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, str(TESTS / "chart" / "chromium_probe.py"), "leren-en-lesgeven"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_chart_has_no_axe_violations(seen):
    assert seen["violations"] == []


def test_the_chart_is_a_group_named_by_its_title(seen):
    assert seen["group"] == 1


def test_each_link_is_found_by_its_spoken_name_once(seen):
    assert set(seen["links_by_name"].values()) == {1}


def test_tab_walks_the_approaches_in_reading_order(seen, shipped):
    expected = [[href_for(a), accessible_name(a)] for a in reading_order(shipped.toolkit("leren-en-lesgeven"))[:4]]
    assert seen["tabbed"] == expected


def test_on_a_phone_text_stays_readable_and_only_the_chart_scrolls(seen):
    assert min(seen["phone_font_sizes"]) >= 11
    assert seen["phone_page_width"] <= 390


def test_on_a_desktop_the_chart_text_is_not_tiny(seen):
    assert min(seen["desktop_font_sizes"]) >= 11


def test_drawn_text_stays_inside_the_chart_and_clear_of_the_legend_items(seen):
    """In the font Chromium really draws with (DejaVu Sans on Debian, wider than Helvetica)."""
    assert seen["text_fit"]["outside"] == []
    assert seen["text_fit"]["legend_gap"] >= 8
