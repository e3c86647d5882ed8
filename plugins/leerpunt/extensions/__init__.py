"""Python-Markdown extensions for the editors' own Markdown syntax."""
