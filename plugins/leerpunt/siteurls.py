"""Site-relative addresses of pages, as MkDocs gives them with directory URLs."""

from __future__ import annotations


def url_of(src_uri: str) -> str:
    """'a/b.md' → '/a/b/', 'a/index.md' → '/a/', 'index.md' → '/'."""
    path = src_uri.removesuffix(".md")
    if path == "index" or path.endswith("/index"):
        return "/" + path.removesuffix("index")
    return f"/{path}/"
