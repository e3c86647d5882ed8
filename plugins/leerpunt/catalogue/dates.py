"""Dates as editors write them: 'JJJJ-MM-DD', or 'JJJJ-MM' when only the month is known."""

from __future__ import annotations

import datetime as dt

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def parse_date(value: str) -> dt.date | None:
    """The date (the first of the month when only a month is known), or None if it does not exist."""
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")
    except ValueError:
        return None


def checked_date(value: str) -> dt.date:
    """A date the loader already checked (it reports every date that does not exist)."""
    date = parse_date(value)
    if date is None:
        raise ValueError(f"not a date: {value!r}")
    return date


def dutch_date(value: str) -> str:
    """'november 2025' or '3 november 2025'."""
    date = checked_date(value)
    month_year = f"{MONTHS[date.month - 1]} {date.year}"
    return month_year if len(value) == 7 else f"{date.day} {month_year}"
