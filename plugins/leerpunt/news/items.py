"""News items: approach updates (from `historiek`) and new guides (from `gepubliceerd`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import scales
from ..catalogue.dates import parse_date
from ..catalogue.model import Catalogue, Change
from ..formatting import figure_text


@dataclass(frozen=True)
class NewsItem:
    datum: str  # YYYY-MM or YYYY-MM-DD, as the editor wrote it
    titel: str
    tekst: str
    src_uri: str
    kind: str  # 'update' or 'leidraad'


def change_text(change: Change) -> str:
    """'Impact (maanden): +7 maanden → +8 maanden' with the scale's own name."""
    return (f"{scales.scale_title(change.veld)}: {figure_text(change.veld, change.van)} → "
            f"{figure_text(change.veld, change.naar)}")


def news_items(catalogue: Catalogue) -> list[NewsItem]:
    """Newest first; ties by title, so the order never depends on file order."""
    items = [
        NewsItem(update.datum, f"Update: {approach.titel}",
                 " ".join([update.toelichting, *(change_text(c) + "." for c in update.wijzigingen)]),
                 approach.src_uri, "update")
        for approach in catalogue.approaches for update in approach.historiek]
    items += [NewsItem(guide.gepubliceerd, f"Nieuwe leidraad: {guide.titel}", guide.samenvatting, guide.src_uri,
                       "leidraad")
              for guide in catalogue.guides]
    return sorted(items, key=lambda item: (parse_date(item.datum), item.titel), reverse=True)
