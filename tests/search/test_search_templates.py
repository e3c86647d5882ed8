"""Our template overrides stay in step with Material; the vendored lunr files are the pinned ones."""

import json
import re
import subprocess
import sys
from pathlib import Path

import material

from helpers import REPO
from leerpunt.search import assets



def material_templates() -> Path:
    return Path(material.__file__).parent / "templates"


def test_header_is_materials_header_with_only_the_search_block_changed():
    ours = (assets.TEMPLATES / "partials" / "header.html").read_text("utf-8")
    theirs = (material_templates() / "partials" / "header.html").read_text("utf-8")
    ours_block = re.compile(r"    \{#- Leerpunt: .*?\n    \{% endif %\}\n", re.S)
    theirs_block = re.compile(r'    \{% if "material/search" in config.plugins %\}.*?\n    \{% endif %\}\n', re.S)
    comment = re.compile(r"\A\{#-.*?-#\}\n", re.S)
    assert comment.sub("", ours_block.sub("SEARCH\n", ours)) == comment.sub("", theirs_block.sub("SEARCH\n", theirs))


def test_our_search_markup_keeps_materials_classes():
    ours = (assets.TEMPLATES / "partials" / "search.html").read_text("utf-8")
    for css_class in ("md-search", "md-search__overlay", "md-search__inner", "md-search__form", "md-search__input",
                      "md-search__output", "md-search__scrollwrap", "md-search-result", "md-search-result__meta"):
        assert f'class="{css_class}' in ours or f' {css_class}"' in ours or f"{css_class} " in ours, css_class
    markup = re.sub(r"\{#-.*?-#\}", "", ours, flags=re.S)
    assert "data-md-component" not in markup and 'name="search"' not in markup  # Material's search must not start


def test_vendored_files_match_their_recorded_hashes_and_the_pins():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "vendor-lunr"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((assets.VENDOR / "vendor.json").read_text("utf-8"))
    lock = json.loads((REPO / "package-lock.json").read_text("utf-8"))["packages"]
    for package, version in manifest["versions"].items():
        assert lock[f"node_modules/{package}"]["version"] == version


def test_worker_bundle_is_lunr_then_lunr_languages_then_ours():
    bundle = assets.worker_bundle().decode("utf-8")
    positions = [bundle.index(marker) for marker in ("lunr - http://lunrjs.com", "Lunr languages, `Dutch` language",
                                                     "LeerpuntSearchCore =", "LeerpuntSearchResults =",
                                                     "self.onmessage")]
    assert positions == sorted(positions)
