"""Leerpunt knowledge-site generator: catalogue, page builders and MkDocs plugins."""
