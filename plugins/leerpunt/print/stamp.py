"""The version stamp on every printed item: the date of its content, never the time of the build.

An item takes the newest date its own content carries (a guide's `gepubliceerd`, an approach's
`bijgewerkt` or history). Content without a date (the model page, a toolkit nobody updated yet)
takes the fallback: SOURCE_DATE_EPOCH when the build sets it, else the newest date anywhere in
the catalogue. A short fingerprint of the content tells two versions of one date apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping

from ..catalogue.dates import dutch_date, parse_date
from ..catalogue.model import Catalogue, Toolkit


def newest(dates: Iterable[str]) -> str:
    """The newest valid date ('JJJJ-MM' or 'JJJJ-MM-DD'), or '' when there is none."""
    valid = [d for d in dates if d and parse_date(d) is not None]
    return max(valid, key=lambda d: (parse_date(d), len(d)), default="")


def toolkit_dates(toolkit: Toolkit) -> list[str]:
    return [d for a in toolkit.aanpakken for d in (a.bijgewerkt, *(u.datum for u in a.historiek))]


def fallback_date(catalogue: Catalogue, environ: Mapping[str, str]) -> str:
    """SOURCE_DATE_EPOCH as a day, or the newest date in all content, or '' without either."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    dates = [g.gepubliceerd for g in catalogue.guides]
    dates += [d for t in catalogue.toolkits for d in toolkit_dates(t)]
    return newest(dates)


def fingerprint(*parts: object) -> str:
    """Six hex digits that change whenever the content changes (reprs of frozen dataclasses)."""
    return hashlib.sha256("\x1f".join(repr(p) for p in parts).encode("utf-8")).hexdigest()[:6]


def stamp_text(date: str, print_fingerprint: str, voorbeeld: bool = False) -> str:
    """'Versie november 2025 · 3fa9c1' (just the fingerprint when no date is known); text written
    as an illustration says so on paper too, as it does on the web page."""
    text = f"Versie {dutch_date(date)} · {print_fingerprint}" if date else f"Versie {print_fingerprint}"
    return text + " · voorbeeldtekst" if voorbeeld else text
