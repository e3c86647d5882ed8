"""The popular pages a search without results offers: where visitors see them too.

Editors keep the list in one place, which the plugin option `popular` names: a page whose front
matter lists them (`index.md`: the home page's `populair: paginas:`), or a section of a page whose
links they are (`pagina.md#id-van-een-kop`).
"""

from __future__ import annotations

import posixpath
import re

_HEADING = re.compile(r"<h([1-6])\b[^>]*>", re.I)
_ID = re.compile(r"""\bid\s*=\s*["']([^"']*)["']""", re.I)
_HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"'#?]*)[^"']*["']""", re.I)


def section_links(html: str, anchor: str) -> list[str] | None:
    """The link targets in the section under the heading with id `anchor`, up to the next heading of
    the same or a higher level, in order and without repeats; None when there is no such heading."""
    headings = list(_HEADING.finditer(html))
    for number, heading in enumerate(headings):
        found = _ID.search(html, heading.start(), html.find(">", heading.start()) + 1)
        if not found or found.group(1) != anchor:
            continue
        level = int(heading.group(1))
        end = next((h.start() for h in headings[number + 1:] if int(h.group(1)) <= level), len(html))
        links = []
        for href in _HREF.findall(html, heading.end(), end):
            if href and href not in links:
                links.append(href)
        return links
    return None


def site_path(page_url: str, href: str) -> str | None:
    """A link of a page as an address relative to the site root ('toolkits/feedback/'), or None
    when it leaves the site (another scheme or host, or above the root)."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I):
        return None
    folder = page_url if not page_url or page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    joined = posixpath.normpath(posixpath.join(folder, href))
    if joined.startswith(".."):
        return None
    joined = "" if joined == "." else joined
    return joined + "/" if href.endswith("/") and joined else joined


def popular_in_front_matter(meta: dict, files) -> list[str] | None:
    """The addresses of the pages in `populair: paginas:` (source paths), None when the page has none.
    A path that is no page of the site is left out here: the home page's own check names it."""
    listed = (meta.get("populair") or {}).get("paginas") if isinstance(meta.get("populair"), dict) else None
    if not isinstance(listed, list):
        return None
    found = [files.get_file_from_path(path) for path in listed if isinstance(path, str)]
    return [file.url for file in found if file is not None]
