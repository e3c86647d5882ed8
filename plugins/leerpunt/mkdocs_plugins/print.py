"""Print plugin (placeholder until the print capability lands): renders card decks, posters and guide PDFs."""

from __future__ import annotations

from mkdocs.plugins import BasePlugin


class PrintPlugin(BasePlugin):
    """Does nothing yet."""
