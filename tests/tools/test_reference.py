"""The front-matter reference in CONTRIBUTING.md is generated from the schemas and kept current."""

from pathlib import Path

import pytest

from leerpunt.tools.reference import BEGIN, END, reference, with_reference

CONTRIBUTING = Path(__file__).resolve().parents[2] / "CONTRIBUTING.md"


def test_contributing_reference_is_up_to_date():
    text = CONTRIBUTING.read_text("utf-8")
    assert text == with_reference(text), "run scripts/reference"


def test_reference_lists_every_field_of_every_schema():
    generated = reference()
    for field in ("`titel`", "`impact`", "`kaart.vraag`", "`historiek[].wijzigingen[].naar`", "`reflectiekaarten[].toelichting`",
                  "`themas[].status`", "`volgorde`"):
        assert field in generated
    assert "`rekenen`" not in generated and "`wiskunde` (Rekenen en wiskunde)" in generated


def test_a_stale_reference_is_detected():
    stale = f"intro\n{BEGIN}\n\nold\n{END}\nrest"
    assert with_reference(stale) != stale and with_reference(stale).endswith(f"{END}\nrest")
    with pytest.raises(ValueError):
        with_reference("no markers")
