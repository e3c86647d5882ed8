"""What a PDF may contain: the source's own images (within a size limit), never a file from
elsewhere on the computer, never anything from the network; each refusal names file and line."""

import io

import pytest
from pypdf import PdfReader

from helpers import load
from leerpunt.print.cache import Cache
from leerpunt.print.documents import Settings, print_set
from leerpunt.print.jobs import MAX_IMAGE_BYTES, Checks, Job
from leerpunt.print.runner import render_all

GUIDE = "leidraden/goede-feedback/index.md"


def guide_pdf(root, tmp_path, extra: str):
    """Render only the guide's A4 PDF after adding `extra` to its text: (outcome, the guide's line of `extra`)."""
    path = root / GUIDE
    text = path.read_text("utf-8")
    path.write_text(text + "\n" + extra + "\n", "utf-8")
    line = text.count("\n") + 2
    catalogue = load(root)
    items, errors = print_set(catalogue, Settings("https://leerpunt.example/", lambda s: s, root, "2025-11"))
    assert errors == []
    [recipe] = [i.recipe for i in items if i.recipe.filename == "materialen/leidraad-goede-feedback.pdf"]
    return render_all([recipe], Cache(tmp_path / "cache", root), workers=1, prune=False), line


def test_a_link_to_a_local_file_is_an_error_and_never_attached(print_site, tmp_path):
    outcome, line = guide_pdf(print_site, tmp_path, '[x](file:///etc/passwd){: rel="attachment" }')
    assert outcome.entries == {}
    assert [str(e) for e in outcome.errors] == [
        f"{GUIDE}:{line}: veld 'link': verwacht een link naar een webpagina; gevonden: een link naar een bestand op de "
        "computer (file:///etc/passwd)"]


def test_weasyprint_itself_is_given_nothing_outside_the_job(tmp_path):
    """Even HTML that asks for it directly: no attachment from the disk, no request to the network."""
    from leerpunt.print.render import render

    for html, found in (('<p>x</p><a rel="attachment" href="file:///etc/passwd">p</a>',
                         "een bestand buiten de map van de bron (/etc/passwd)"),
                        ('<p>x</p><img src="https://example.org/a.png">',
                         "een adres op het internet (https://example.org/a.png): een pdf haalt niets van het internet")):
        result = render(Job("materialen/x.pdf", f"<html><body>{html}</body></html>", Checks(source="leidraden/x/index.md")))
        assert result.pdf is None
        assert [(e.file, e.found) for e in result.errors] == [("leidraden/x/index.md", found)]


def test_a_remote_image_is_an_error_naming_file_and_line(print_site, tmp_path):
    outcome, line = guide_pdf(print_site, tmp_path, "![Schema](https://example.org/schema.png)")
    assert outcome.entries == {}
    [error] = outcome.errors
    assert (error.file, error.line, error.field) == (GUIDE, line, "afbeelding")
    assert error.found == "een afbeelding van elders (https://example.org/schema.png)"


def _png(path, size: int):
    from PIL import Image
    import os

    side = 64
    while True:  # noise does not compress: grow until the file passes `size`
        buffer = io.BytesIO()
        Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
        if buffer.tell() >= size:
            path.write_bytes(buffer.getvalue())
            return
        side *= 2


def test_an_image_over_the_limit_is_an_error_with_advice(print_site, tmp_path):
    _png(print_site / "leidraden/goede-feedback/foto.png", MAX_IMAGE_BYTES + 1)
    outcome, line = guide_pdf(print_site, tmp_path, "![Een foto](foto.png)")
    assert outcome.entries == {}
    [error] = outcome.errors
    assert (error.file, error.line, error.field) == (GUIDE, line, "afbeelding")
    assert error.expected == "een afbeelding van hoogstens 2 MB"
    assert error.found.startswith("een afbeelding van ") and error.found.endswith("(leidraden/goede-feedback/foto.png)")
    assert "Verklein de afbeelding" in error.hint


def test_an_image_of_the_guide_is_printed(print_site, tmp_path):
    _png(print_site / "leidraden/goede-feedback/schema.png", 10_000)
    outcome, _ = guide_pdf(print_site, tmp_path, "![Een schema](schema.png)")
    assert outcome.errors == ()
    [entry] = outcome.entries.values()
    images = [image for page in PdfReader(entry.path).pages for image in page.images]
    assert images, "the guide's image is embedded"
