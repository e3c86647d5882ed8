"""Thin MkDocs glue around the pure functions in leerpunt.catalogue, .pages and .badges."""
