"""The page of a source that has errors: it says what to fix instead of disappearing."""

from __future__ import annotations

from ..catalogue.model import BrokenSource
from .common import front_matter
from .error_box import error_box


def broken_page(broken: BrokenSource) -> str:
    return front_matter(title=broken.titel) + error_box(
        broken.errors, "Deze pagina kan niet gemaakt worden",
        f"Het bronbestand `{broken.source}` bevat fouten. Verbeter ze en bewaar het bestand:")
