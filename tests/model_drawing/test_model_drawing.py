"""The drawn model reads every name from the model page; web mode links each part to its explanation."""

import re
import xml.etree.ElementTree as ET

import pytest

from helpers import FIXTURES, REPO, load
from leerpunt.catalogue import Sources, load_catalogue
from leerpunt.model_drawing import draw, read_model, text_alternative

SVG = "{http://www.w3.org/2000/svg}"
PAGE = """Inleiding.

## Triangulatie { .praatplaat }

- **onderzoek**: wat studies zeggen;
- **ervaring**: wat collega's weten;
- **gegevens**: wat je ziet.

## Multiperspectivisme

- **leerlingen**: wat helpt hen?
- **ouders**: wat zien zij?

## Het proces

1. **Eerste fase**: begin.
2. *(naam nog aan te vullen)*
3. **Derde fase**: einde.
"""


def model(body=PAGE):
    found, errors = read_model(body, 5, "content/model/index.md", "Het model")
    assert errors == []
    return found


def test_names_come_from_the_page_and_a_phase_without_a_name_says_so():
    m = model()
    assert [p.name for p in m.sources] == ["onderzoek", "ervaring", "gegevens"]
    assert [p.name for p in m.perspectives] == ["leerlingen", "ouders"]
    assert [(p.number, p.name) for p in m.phases] == [(1, "Eerste fase"), (2, ""), (3, "Derde fase")]
    svg = draw(m, "print")
    texts = " ".join(t.strip() for t in ET.fromstring(svg).itertext())
    for name in ("onderzoek", "ervaring", "gegevens", "leerlingen", "ouders", "Eerste fase", "Derde fase",
                 "Fase 2 (naam volgt)"):
        assert name in texts


def test_an_edited_phase_name_reaches_the_drawing():
    svg = draw(model(PAGE.replace("Derde fase", "Borgen en delen")), "print")
    assert "Borgen en delen" in svg and "Derde fase" not in svg


def test_the_shipped_model_page_is_drawn_with_its_own_phase_names():
    catalogue = load_catalogue(Sources.from_settings(REPO, "content"))
    page = next(p for p in catalogue.card_pages if p.src_uri == "model/index.md")
    found, errors = read_model(page.body, page.body_line, page.source, page.titel)
    assert errors == []
    names = re.findall(r"^\d+\. \*\*(.+?)\*\*", page.body.split("## Het proces", 1)[1], re.M)
    assert [p.name for p in found.phases if p.name] == names
    svg = draw(found, "print")
    assert all(name in svg for name in names)


def test_web_mode_links_every_part_to_its_explanation_with_a_name():
    root = ET.fromstring(draw(model(), "web"))
    assert root.get("role") == "group" and root.find(f"{SVG}title").text == "Het model"
    links = root.findall(f".//{SVG}a")
    assert {link.get("href") for link in links} == {"#triangulatie", "#multiperspectivisme", "#het-proces"}
    assert len(links) == 3 + 2  # three phases, the ring, the triangle
    for link in links:
        assert link.get("aria-label") and link.find(f"{SVG}title").text == link.get("aria-label")
    assert "2 Fase 2 (naam volgt): Het proces, fase 2 van 3" in " ".join(link.get("aria-label") for link in links)


def test_print_mode_is_one_described_picture_without_links():
    root = ET.fromstring(draw(model(), "print"))
    assert root.get("role") == "img" and not root.findall(f".//{SVG}a")
    assert "3 fases in een cyclus: 1. Eerste fase; 2. Fase 2 (naam volgt); 3. Derde fase" in root.get("aria-label")


def test_the_text_alternative_says_the_same_in_lists():
    html = text_alternative(model())
    assert '<a href="#het-proces">Het proces</a>, 3 fases in een cyclus:<ol><li>Eerste fase</li>' in html
    assert "onderzoek, ervaring, gegevens" in html


@pytest.mark.parametrize(("remove", "message"), [
    ("## Het proces", "content/model/index.md:5: verwacht een sectie '## Het proces'; gevonden: geen sectie met die kop"),
    ("1. **Eerste fase**: begin.\n2. *(naam nog aan te vullen)*\n3. **Derde fase**: einde.\n",
     "content/model/index.md:18: verwacht een genummerde lijst met de fases, elk vetgedrukt; gevonden: 0 fase(s)"),
])
def test_a_model_page_without_its_parts_is_an_error_naming_what_is_missing(remove, message):
    body = PAGE.replace(remove, "## Iets anders" if remove.startswith("##") else "")
    found, errors = read_model(body, 5, "content/model/index.md")
    assert found is None
    assert [str(e).split(" Het model op")[0] for e in errors] == [message]
