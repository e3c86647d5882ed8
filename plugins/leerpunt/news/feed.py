"""An Atom feed (RFC 4287) of the news items, with absolute links and stable ids."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from ..catalogue.dates import checked_date
from ..siteurls import absolute_url
from .items import NewsItem

FEED = "feed.xml"


def _timestamp(datum: str) -> str:
    return f"{checked_date(datum).isoformat()}T00:00:00Z"


def atom_feed(items: list[NewsItem], site_url: str, site_name: str, limit: int = 30) -> str:
    """Deterministic: 'updated' is the newest item's date, never the build time."""
    base = site_url.rstrip("/") + "/"
    updated = _timestamp(items[0].datum) if items else "1970-01-01T00:00:00Z"
    entries = []
    for item in items[:limit]:
        url = absolute_url(site_url, item.src_uri)
        entries.append(
            "  <entry>\n"
            f"    <id>{escape(url)}#{escape(item.kind)}-{escape(item.datum)}</id>\n"
            f"    <title>{escape(item.titel)}</title>\n"
            f"    <link href={quoteattr(url)}/>\n"
            f"    <updated>{_timestamp(item.datum)}</updated>\n"
            f"    <summary>{escape(item.tekst)}</summary>\n"
            "  </entry>\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">\n'
            f"  <id>{escape(base)}{FEED}</id>\n"
            f"  <title>{escape(site_name)}: wat is er nieuw</title>\n"
            f"  <link href={quoteattr(base + FEED)} rel=\"self\"/>\n"
            f"  <link href={quoteattr(base + 'nieuw/')}/>\n"
            f"  <updated>{updated}</updated>\n"
            f"  <author><name>{escape(site_name)}</name></author>\n"
            + "".join(entries) + "</feed>\n")
