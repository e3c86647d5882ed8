"""What changed: news items (approach updates, new guides) and their Atom feed."""

from .feed import FEED, atom_feed
from .items import NewsItem, news_items

__all__ = ["FEED", "NewsItem", "atom_feed", "news_items"]
