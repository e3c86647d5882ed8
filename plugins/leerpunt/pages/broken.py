"""The page of a source that has errors: it says what to fix instead of disappearing."""

from __future__ import annotations

from ..catalogue.model import BrokenSource
from .common import front_matter, md_escape


def broken_page(broken: BrokenSource) -> str:
    items = "\n".join(f"    - `{md_escape(str(error))}`" for error in broken.errors)
    return (front_matter(title=broken.titel) +
            f'!!! failure "Deze pagina kan niet gemaakt worden"\n'
            f"    Het bronbestand `{broken.source}` bevat fouten. Verbeter ze en bewaar het bestand:\n\n{items}\n")
