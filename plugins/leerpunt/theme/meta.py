"""The tags in every page's head that a shared link is shown with (Open Graph, Twitter), as plain strings."""

from __future__ import annotations

from html import unescape

from ..siteurls import absolute_url


def share_tags(title: str, description: str, canonical_url: str, image_path: str, site_url: str,
               is_article: bool) -> dict[str, str]:
    """Unescaped values (the template escapes them once); title and description as the page gives them,
    which may already be HTML-escaped (pages.common.front_matter)."""
    image = site_url.rstrip("/") + "/" + image_path
    return {"title": unescape(title), "description": " ".join(unescape(description).split()),
            "url": canonical_url or absolute_url(site_url, "index.md"), "image": image,
            "type": "article" if is_article else "website"}
