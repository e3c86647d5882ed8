"""Issue 6, item 5: the built pages are valid HTML, by the W3C Nu validator (vnu-jar, pinned in package-lock.json).

One JVM call validates every page of the shipped build, plus a canary page with known errors so
the test fails if the validator ever checks nothing. Errors that come from Material for MkDocs'
own templates are listed in MATERIAL_ERRORS with their reason. Each is matched on the exact
message *and* on Material's markup in the extract, so an error in our own markup is never hidden;
a listed error that no longer occurs fails the test too, so the list only shrinks.
"""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from helpers import REPO

pytestmark = pytest.mark.build

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CANARY = ('<!DOCTYPE html><html lang="nl"><head><title>kanarie</title></head>'
          '<body><dl><dt>a</dt><dd role="tooltip">b</dd></dl><p><div>c</div></body></html>')

# (exact message, markup from Material's template that the extract must contain): why we keep it.
MATERIAL_ERRORS = {
    ("Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, “email”, "
     "“hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.",
     '<input class="md-toggle" data-md-toggle='):
        "material/templates/base.html: the drawer and search toggles are checkboxes with autocomplete=\"off\" so that "
        "Firefox does not restore them as checked after a reload; other browsers ignore the attribute.",
    ("The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.",
     '<label class="md-nav__title" for="__toc">'):
        "material/templates/partials/toc.html labels the #__toc toggle, which partials/nav-item.html only renders "
        "for a page that is in the navigation; approach, guide and theme pages are deliberately not_in_nav "
        "(mkdocs.yml). The label then does nothing; fixing it means overriding toc.html.",
    ("Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid integer.",
     '<label class="md-nav__link" for="__nav_'):
        "material/templates/partials/nav-item.html: `{% set tabindex = \"0\" if not is_section %}` leaves the "
        "attribute empty for a section with an index page under navigation.tabs; browsers treat it as absent.",
}


def validate(files: list[Path]) -> list[dict]:
    """The Nu validator's error messages for the given files or folders, in one JVM."""
    result = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html",
                             *map(str, files)], capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr
    # The report is the JSON on stderr; the JVM may print a line of its own before it.
    return json.loads(next(line for line in result.stderr.splitlines() if line.startswith("{")))["messages"]


def material_error(message: dict) -> tuple | None:
    return next((key for key in MATERIAL_ERRORS
                 if message.get("message") == key[0] and key[1] in message.get("extract", "")), None)


def test_every_page_is_valid_html(shipped_build, tmp_path):
    site = shipped_build[0]
    canary = tmp_path / "kanarie.html"
    canary.write_text(CANARY, "utf-8")
    messages = validate([site, canary])
    where = {id(m): unquote(urlsplit(m.get("url", "")).path) for m in messages}
    assert [m for m in messages if where[id(m)] == str(canary)], "the validator reported nothing for the canary"

    ours, seen = defaultdict(list), set()
    for message in messages:
        path = where[id(message)]
        if path == str(canary):
            continue
        known = material_error(message)
        if known:
            seen.add(known)
            continue
        ours[message.get("message", message.get("type"))].append(
            f"{Path(path).relative_to(site)}:{message.get('lastLine')}: {' '.join(message.get('extract', '').split())[:120]}")
    assert not ours, "\n".join(f"{len(found)} × {text}\n    " + "\n    ".join(found[:3]) for text, found in ours.items())
    assert set(MATERIAL_ERRORS) - seen == set(), "Material no longer produces these errors: remove them from the list"
