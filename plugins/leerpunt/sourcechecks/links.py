"""Links and images in an editor's Markdown, checked as the strict build checks them, in Dutch.

MkDocs warns in English, without a line, about a link to a missing page or anchor; an image
that is too large or has no alt text passes it. Here each becomes one ContentError with the
line, for `scripts/check` and the build alike; the build then tells MkDocs nothing new
(mkdocs_plugins/link_messages.py drops MkDocs' own warning for a link reported here).
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from ..catalogue import ContentError
from .documents import Document, Reference
from .files import image_size_error
from .sitemap import SiteMap

LINK_HINT = ("Een link naar een andere pagina is een relatief pad naar haar bronbestand, bv. "
             "[Feedback](../toolkits/leren-en-lesgeven/feedback.md) of [Aanbeveling 2](#anker); "
             "een webadres begint met https://.")
IMAGE_HINT = "Zet de afbeelding naast de pagina (of in de map van de leidraad) en verwijs ernaar met een relatief pad."


def link_errors(document: Document, site: SiteMap) -> list[ContentError]:
    """Every link or image in the document that the strict build would reject, or that breaks a rule
    of the site (alt text, image size, no images from elsewhere)."""
    errors = []
    for reference in document.references:
        problem = reference_problem(reference, document, site)
        if problem:
            expected, found, hint = problem
            errors.append(ContentError(document.shown, document.line_of(reference.url), "", expected, found, hint))
    return errors


def referenced_images(document: Document, site: SiteMap) -> set:
    """The image files (on disk) the document shows: their size is reported at the line that shows them."""
    found = set()
    for reference in document.references:
        parts = urlsplit(reference.url)
        if reference.kind == "img" and not (parts.scheme or parts.netloc) and parts.path:
            source = site.path_of(document.resolve(unquote(parts.path)))
            if source is not None:
                found.add(source)
    return found


def reference_problem(reference: Reference, document: Document, site: SiteMap) -> tuple[str, str, str] | None:
    """(expected, found, hint) for a link or image that does not work, else None."""
    parts = urlsplit(reference.url)
    image = reference.kind == "img"
    if image and not (reference.alt or "").strip():
        return ("een afbeelding met een beschrijving (alt-tekst) voor wie ze niet ziet",
                f"'{reference.url}' zonder beschrijving",
                "Schrijf tussen de vierkante haken wat de afbeelding toont: ![Schema van de "
                "feedbackcyclus](schema.png).")
    if parts.scheme or parts.netloc:
        if image:
            return ("een afbeelding uit de repository", f"'{reference.url}' van een andere website",
                    "Een afbeelding van elders verdwijnt als die website verandert, verraadt lezers aan die website "
                    "en ontbreekt in de pdf. " + IMAGE_HINT)
        return None  # a web address (schemes outside the allowlist are the markup check's)
    if reference.url.startswith(("/", "\\")):
        return ("een relatief pad (de site kan op elk adres staan)", f"het absolute pad '{reference.url}'", LINK_HINT)
    path = unquote(parts.path)
    if not path:
        return _anchor_problem(document.src_uri, parts.fragment, document, site, reference.url)
    target = document.resolve(path)
    if target in site.pages and not image:
        return _anchor_problem(target, parts.fragment, document, site, reference.url)
    if target in site.files:
        source = site.path_of(target)
        if image and source is not None and (too_big := image_size_error(source)):
            return too_big
        return None
    if image:
        return ("een afbeelding die bestaat", f"'{reference.url}' (niet gevonden: {target})", IMAGE_HINT)
    if "." not in path.rsplit("/", 1)[-1]:
        return ("een link naar een bronbestand (.md) of een bestand", f"'{reference.url}' (een map of webadres "
                "van de site)", LINK_HINT)
    return ("een link naar een bestaande pagina of een bestaand bestand",
            f"'{reference.url}' (niet gevonden: {target})", LINK_HINT)


def _anchor_problem(target: str, anchor: str, document: Document, site: SiteMap, url: str):
    if not anchor:
        return None
    ids = site.ids(target)
    if ids is None or anchor in ids:
        return None
    where = "op deze pagina" if target == document.src_uri else f"op {target}"
    return (f"een anker dat bestaat {where}", f"'{url}' (geen kop of element met id '{anchor}')",
            "Het anker is het id van een kop: '## Titel { #anker }', of de titel in kleine letters met koppeltekens.")

