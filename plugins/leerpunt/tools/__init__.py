"""Command-line tools for editors: check the content, scaffold a new source."""
