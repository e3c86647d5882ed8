"""No scale label is written anywhere but in scales.schema.json: code and content read it from there."""

import re
from pathlib import Path

import pytest

from leerpunt.catalogue.schemas import load_schema

REPO = Path(__file__).resolve().parents[2]


def labels() -> set[str]:
    """Every label of every scale that is specific enough to search for (two words or more)."""
    found = set()
    for definition in load_schema("scales")["$defs"].values():
        found |= {band["label"] for band in definition.get("x-bands", [])}
        if "x-unknown" in definition:
            found.add(definition["x-unknown"]["label"])
        for key in ("x-labels", "x-headline", "enumDescriptions"):
            found |= {label for label in definition.get(key, []) if isinstance(label, str) and len(label) < 40}
    return {label for label in found if " " in label}


def sources():
    for pattern in ("plugins/**/*.py", "plugins/**/*.js", "plugins/**/*.html", "plugins/**/*.j2", "plugins/**/*.css",
                    "toolkits/**/*.md", "leidraden/**/*.md", "content/**/*.md", "content/**/*.yml"):
        for path in REPO.glob(pattern):
            if path.name != "scales.schema.json" and "vendor" not in path.parts:
                yield path


def test_there_are_labels_to_look_for():
    definitions = load_schema("scales")["$defs"]
    expected = {definitions["impact"]["x-bands"][-1]["label"], definitions["kosten"]["x-headline"][0],
                definitions["bewijssterkte"]["x-headline"][3], definitions["bewijssterkte"]["x-headline"][4]}
    assert all(" " in label for label in expected)
    assert expected <= labels()


@pytest.mark.parametrize("label", sorted(labels()))
def test_label_is_written_only_in_the_scale_definition(label):
    pattern = re.compile(r"\b" + re.escape(label) + r"\b", re.IGNORECASE)
    offenders = [f"{path.relative_to(REPO)}:{text[:m.start()].count(chr(10)) + 1}"
                 for path in sources() for text in [path.read_text("utf-8", errors="replace")]
                 for m in pattern.finditer(text)]
    assert offenders == []
