"""Checks of what editors write in Markdown bodies and next to them: markup, links, images,
anchors, files, addresses. Pure functions from the sources to ContentErrors, called through
`site_content.content_errors` (so the build and `scripts/check` report the same)."""
