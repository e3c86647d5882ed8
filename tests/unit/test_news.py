"""News items and the Atom feed: newest first, deterministic, escaped."""

import xml.etree.ElementTree as ET

from helpers import FIXTURES, load
from leerpunt.news import atom_feed, news_items


def test_items_newest_first_with_changes_in_words():
    items = news_items(load(FIXTURES / "valid"))
    assert [(i.datum, i.titel) for i in items] == [("2025-11", "Nieuwe leidraad: Goede feedback"),
                                                  ("2025-09", "Update: Feedback")]
    assert items[1].tekst == "Nieuwe studies toegevoegd. Impact (maanden): +5 maanden → +6 maanden."


def test_feed_is_valid_atom_and_does_not_depend_on_the_clock(site):
    path = site / "toolkits" / "kern" / "feedback.md"
    path.write_text(path.read_text("utf-8").replace("titel: Feedback", 'titel: "Feedback & <co>"'), "utf-8")
    items = news_items(load(site))
    feed = atom_feed(items, "https://example.org/", "Site & co")
    root = ET.fromstring(feed)
    ns = "{http://www.w3.org/2005/Atom}"
    assert root.find(f"{ns}updated").text == "2025-11-01T00:00:00Z"
    assert [e.find(f"{ns}title").text for e in root.findall(f"{ns}entry")][1] == "Update: Feedback & <co>"
    assert feed == atom_feed(items, "https://example.org/", "Site & co")
