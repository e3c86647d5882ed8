"""What WeasyPrint may read while it lays out a PDF: the job's own files and the fonts, nothing else.

WeasyPrint follows every URL in the HTML: images, stylesheets, and links marked
`rel="attachment"`, whose target it embeds in the PDF. A source that names `file:///etc/passwd` or
a web address must never reach a PDF, and a build must never wait for the network. The fetcher
serves the files a job lists (a guide's images, relative to the project), the embedded font files
and `data:` URLs; every other request is refused and reported as an error on the source.
Imported only by render.py (it needs WeasyPrint).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from ..catalogue.errors import ContentError
from .fonts import font_faces
from .jobs import MAX_IMAGE_BYTES, Job

IMAGE_HINT = ("Verklein de afbeelding (bijvoorbeeld tot 1600 pixels breed, als JPEG van kwaliteit 80, "
              "of als PNG met weinig kleuren) en zet ze in de map van de leidraad.")


class Refused(Exception):
    """A URL the print set does not fetch, with the reason in plain Dutch."""


class Fetcher(URLFetcher):
    """A WeasyPrint URL fetcher for one job that remembers what it refused."""

    def __init__(self, job: Job):
        super().__init__(allowed_protocols=("data",), allow_redirects=False)
        root = Path(unquote(urlsplit(job.base_url).path)) if job.base_url else None
        self.allowed = {(root / name).resolve(): name for name in job.inputs} if root else {}
        self.fonts = {path.resolve() for _, _, path in font_faces()}
        self.origins = {name: (source, line) for name, source, line in job.origins}
        self.job = job
        self.refused: list[ContentError] = []

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        try:
            return self._fetch(url, headers)
        except Refused as reason:
            self.refused.append(self._error(url, str(reason)))
            raise

    def _fetch(self, url: str, headers) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)  # data: URLs carry their own bytes
        if parts.scheme != "file":
            raise Refused(f"een adres op het internet ({url}): een pdf haalt niets van het internet")
        path = Path(unquote(parts.path)).resolve()
        if path in self.fonts:
            return URLFetcherResponse(url, path.read_bytes())
        if path not in self.allowed:
            raise Refused(f"een bestand buiten de map van de bron ({unquote(parts.path)})")
        try:
            size = path.stat().st_size
        except OSError:
            raise Refused(f"een bestand dat niet te lezen is ({self.allowed[path]})") from None
        if size > MAX_IMAGE_BYTES:
            megabytes = f"{size / 1_000_000:.1f}".replace(".", ",")
            raise Refused(f"een afbeelding van {megabytes} MB ({self.allowed[path]})")
        return URLFetcherResponse(url, path.read_bytes())

    def _error(self, url: str, found: str) -> ContentError:
        name = next((n for p, n in self.allowed.items() if p.as_uri() == url), "")
        source, line = self.origins.get(name, (self.job.checks.source, 0))
        large = "MB (" in found
        return ContentError(source, line, "afbeelding" if large else "", (
            f"een afbeelding van hoogstens {MAX_IMAGE_BYTES / 1_000_000:.0f} MB" if large else
            "alleen afbeeldingen uit de map van de bron"), found,
            IMAGE_HINT if large else "Zet de afbeelding in de map van de leidraad en verwijs ernaar met een "
            "relatief pad, zoals ![Uitleg](schema.png).")
