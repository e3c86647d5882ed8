"""Breadcrumbs and the page title for generated pages: where a page sits in the site.

Generated pages (approaches, guides, theme pages...) are not in the navigation, so Material
shows neither a path nor an active tab for them. Their builders open with a breadcrumb trail
and write the title heading themselves (Material then does not add its own).
"""

from __future__ import annotations

from ..markup import md_escape
from ..siteurls import relative_url
from ..web import DEFAULT, Web
from .finished import finished


def titled(from_uri: str, trail: list[tuple[str, str]], title: str, web: Web = DEFAULT) -> str:
    """Breadcrumbs (each step a (title, src_uri) pair, the page itself last) and the page's title heading."""
    links = [(step_title, relative_url(from_uri, src_uri)) for step_title, src_uri in trail]
    crumbs = web.render("leerpunt/breadcrumbs.html", trail=links, current=title)
    return f"{finished(crumbs)}\n\n# {md_escape(title)}\n\n"
