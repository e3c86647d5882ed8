"""Find text that does not fit its box, so a PDF never clips or overlaps text in silence.

A template marks every fixed-size text area with `data-fit` and says in data attributes what
it holds and where that text comes from. After layout we compare each marked box with the
boxes inside it. WeasyPrint has no public API for the laid-out boxes; `page._page_box` is the
documented-in-code entry point of its layout tree (pinned WeasyPrint 70), used read-only here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue.errors import ContentError

PT_PER_MM = 72 / 25.4
TOLERANCE_PT = 0.5
HINT = "Maak de tekst korter. De pdf knipt of verkleint tekst nooit."


@dataclass(frozen=True)
class Overflow:
    """A marked box whose content sticks out, with the data attributes of its element."""

    attributes: dict
    excess_mm: float


def overflows(document) -> list[Overflow]:
    """Every `data-fit` box whose content reaches past its bottom or right edge, or onto another page."""
    found: dict[int, Overflow] = {}
    seen_on_page: dict[int, int] = {}
    for page_number, page in enumerate(document.pages):
        for box in page._page_box.descendants(placeholders=True):
            element = getattr(box, "element", None)
            if element is None or element.get("data-fit") is None or not hasattr(box, "children"):
                continue
            key = id(element)
            if seen_on_page.setdefault(key, page_number) != page_number:
                found[key] = Overflow(dict(element.attrib), found[key].excess_mm if key in found else 0.0)
                continue
            excess = _excess(box)
            if excess > TOLERANCE_PT and key not in found:
                found[key] = Overflow(dict(element.attrib), round(excess / PT_PER_MM, 1))
    return list(found.values())


def _excess(box) -> float:
    bottom = box.content_box_y() + box.height
    right = box.content_box_x() + box.width
    excess = 0.0
    for inner in box.descendants(placeholders=True):
        if inner is box or not hasattr(inner, "border_box_y"):
            continue
        excess = max(excess, inner.border_box_y() + inner.border_height() - bottom,
                     inner.border_box_x() + inner.border_width() - right)
    return excess


def overflow_error(overflow: Overflow) -> ContentError:
    """The editor's view: which card or text, in which file and line, and by how much."""
    attrs = overflow.attributes
    amount = f"{overflow.excess_mm:.1f}".replace(".", ",")
    found = (f"{amount} mm te veel tekst op {attrs.get('data-what', 'een tekstvak')}"
             if overflow.excess_mm else f"te veel tekst op {attrs.get('data-what', 'een tekstvak')}: ze loopt door op "
                                        "een volgende pagina")
    return ContentError(attrs.get("data-source", ""), int(attrs.get("data-line", "0") or 0),
                        attrs.get("data-field", ""), f"tekst die past op {attrs.get('data-room', 'de pagina')}",
                        found, HINT)
