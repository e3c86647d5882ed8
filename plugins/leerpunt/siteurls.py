"""Site-relative addresses of pages, as MkDocs gives them with directory URLs."""

from __future__ import annotations

import posixpath


def url_of(src_uri: str) -> str:
    """'a/b.md' → '/a/b/', 'a/index.md' → '/a/', 'index.md' → '/'."""
    path = src_uri.removesuffix(".md")
    if path == "index" or path.endswith("/index"):
        return "/" + path.removesuffix("index")
    return f"/{path}/"


def absolute_url(site_url: str, src_uri: str) -> str:
    """The full address of a page: the site's address + MkDocs' address for the source."""
    return site_url.rstrip("/") + url_of(src_uri)


def relative_url(from_src: str, to_src: str) -> str:
    """The link from one page to another in raw HTML, where MkDocs does not rewrite '.md' links."""
    target = url_of(to_src)
    relative = posixpath.relpath(target, url_of(from_src))
    return relative + "/" if target.endswith("/") and relative != "." else ("./" if relative == "." else relative)
