"""Search plugin (placeholder until the Dutch search capability lands)."""

from __future__ import annotations

from mkdocs.plugins import BasePlugin


class SearchPlugin(BasePlugin):
    """Does nothing yet."""
