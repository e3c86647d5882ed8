"""[[kind:value]] codes as a Python-Markdown extension: input/expected pairs (tests/extensions/codes/),
in pymdownx's style, plus the error messages that scripts/check and the build report.

Each `<name>.md` is rendered on the page `leidraden/goede-feedback/index.md` of the small valid
fixture site and compared with `<name>.html`; `print.md` is rendered as print renders (plain).
Run with `--update-expected` style by deleting an .html file: the test writes it and fails once.
"""

from pathlib import Path

import markdown
import pytest

from helpers import FIXTURES, load
from leerpunt.extensions.codes import CodeContext, CodesExtension, code_errors_in

CATALOGUE = load(FIXTURES / "valid")
CASES = Path(__file__).parent / "codes"
PAGE = "leidraden/goede-feedback/index.md"


def render(text: str, plain: bool = False) -> str:
    context = CodeContext(CATALOGUE, PAGE, plain=plain)
    return markdown.markdown(text, extensions=["attr_list", "pymdownx.superfences", CodesExtension(context=lambda: context)])


@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.md")))
def test_rendered_as_expected(case):
    expected = CASES / f"{case}.html"
    html = render((CASES / f"{case}.md").read_text("utf-8"), plain=case == "print") + "\n"
    if not expected.exists():
        expected.write_text(html, "utf-8")
        pytest.fail(f"wrote {expected.name}: check it by eye and run again")
    assert html == expected.read_text("utf-8")


def test_without_a_page_context_codes_stay_as_written():
    html = markdown.markdown("[[impact:6]]", extensions=[CodesExtension()])
    assert html == "<p>[[impact:6]]</p>"


def test_counts_follow_the_catalogue():
    html = render("[[aantal:aanpakken]] / [[aantal:aanpakken:kern]]")
    assert html == f"<p>{len(CATALOGUE.approaches)} / {len(CATALOGUE.toolkit('kern').aanpakken)}</p>"


def test_invalid_codes_are_errors_with_their_line():
    errors = code_errors_in("Tekst.\n\n[[kosten:9]] en [[aanpak:kern/onbekend]]\n[[aantal:boeken]]", CATALOGUE,
                            "content/x.md", 5)
    assert [str(e) for e in errors] == [
        "content/x.md:7: veld '[[kosten:9]]': verwacht een getal van 1 tot 5; gevonden: '9'",
        "content/x.md:7: veld '[[aanpak:kern/onbekend]]': verwacht de id van een aanpak als '<toolkit>/<bestandsnaam>'; "
        "gevonden: 'kern/onbekend'",
        "content/x.md:8: veld '[[aantal:boeken]]': verwacht een van: aanpakken, aanpakken:<toolkit>, toolkits, "
        "leidraden, kennisagenda; gevonden: 'boeken'"]


def test_codes_inside_code_are_not_errors():
    assert code_errors_in("`[[impact:99]]`\n```\n[[kosten:9]]\n```", CATALOGUE, "x.md", 1) == []


def test_the_expected_ranges_come_from_the_scale_definition():
    [impact] = code_errors_in("[[impact:13]]", CATALOGUE, "x.md", 1)
    [level] = code_errors_in("[[aanbeveling:zwak]]", CATALOGUE, "x.md", 1)
    assert impact.expected == "een aantal maanden van -12 tot 12, of 'leeg'"
    assert level.expected == "sterk, matig of beperkt"
