"""HTML → PDF with WeasyPrint, in whichever process runs it: the only module that imports WeasyPrint.

Besides rendering, it checks the result (text that overflows its box, a poster that needs more
pages than its layout planned, a file the fetcher refused) and sets the PDF boxes a print shop
reads: TrimBox is the finished size, BleedBox reaches 3 mm past it, and the MediaBox leaves room
around that for the crop marks.
"""

from __future__ import annotations

import pydyf
from weasyprint import HTML

from ..catalogue.errors import ContentError
from .fetcher import Fetcher
from .jobs import Job, Result
from .overflow import PT_PER_MM, overflow_error, overflows


def render(job: Job) -> Result:
    """Lay out, check and write one PDF; on any error no PDF is returned, only the errors."""
    fetcher = Fetcher(job)
    document = HTML(string=job.html, base_url=job.base_url or None, url_fetcher=fetcher).render()
    errors = list(dict.fromkeys(fetcher.refused))
    errors += [overflow_error(o) for o in overflows(document)]
    checks = job.checks
    if checks.pages and len(document.pages) != checks.pages:
        planned = "één pagina" if checks.pages == 1 else f"{checks.pages} pagina's"
        errors.append(ContentError(checks.source, checks.line, "", f"{checks.what} op {planned}",
                                   f"{len(document.pages)} pagina's: er staat te veel tekst op",
                                   "Maak de tekst korter. De pdf knipt of verkleint tekst nooit."))
    if errors:
        return Result(job.filename, None, len(document.pages), tuple(errors))
    pdf = document.write_pdf(finisher=lambda _document, pdf_file: _set_bleed_box(pdf_file, checks.bleed_mm),
                             pdf_tags=True)
    if fetcher.refused:  # attachments are fetched while writing: a refused one fails the PDF too
        return Result(job.filename, None, len(document.pages), tuple(dict.fromkeys(fetcher.refused)))
    return Result(job.filename, pdf, len(document.pages), ())


def _set_bleed_box(pdf: pydyf.PDF, bleed_mm: float) -> None:
    """BleedBox = TrimBox + the bleed (WeasyPrint would take all of the CSS bleed, crop-mark area included)."""
    bleed = bleed_mm * PT_PER_MM
    for page in pdf.objects:
        if isinstance(page, pydyf.Dictionary) and page.get("Type") == "/Page":
            left, top, right, bottom = page["TrimBox"]
            page["BleedBox"] = pydyf.Array([left - bleed, top - bleed, right + bleed, bottom + bleed])
