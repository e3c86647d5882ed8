"""Looking inside PDFs the way a print shop or a teacher's phone does: boxes, text, QR codes."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

PT_PER_MM = 72 / 25.4
A4 = (210, 297)
A3 = (297, 420)
A6 = (105, 148)


def mm(points: float) -> float:
    return round(float(points) / PT_PER_MM, 1)


def box_mm(page, name: str) -> tuple[float, float, float, float]:
    """A PDF box as (left, bottom, width, height) in millimetres."""
    box = getattr(page, name)
    return (mm(box.left), mm(box.bottom), mm(box.width), mm(box.height))


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Each page's TrimBox size in mm (the finished size)."""
    return [(mm(p.trimbox.width), mm(p.trimbox.height)) for p in PdfReader(pdf).pages]


QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def normalise(text: str) -> str:
    """Whitespace collapsed and typographic quotes read as straight ones (the sources type straight ones)."""
    return re.sub(r"\s+", " ", text).strip().translate(QUOTES)


def text_in(pdf: Path, page: int, region_mm: tuple[float, float, float, float] | None = None) -> str:
    """The text of one page (1-based), or of a region (x, y, w, h in mm from the MediaBox's top-left)."""
    command = ["pdftotext", "-q", "-enc", "UTF-8", "-f", str(page), "-l", str(page), "-r", "72"]
    if region_mm:
        x, y, w, h = (round(v * PT_PER_MM) for v in region_mm)
        command += ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    return normalise(subprocess.run(command + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout)


def qr_codes(pdf: Path, page: int, region_mm: tuple[float, float, float, float] | None = None, dpi: int = 200) -> list[str]:
    """Every QR code zbarimg finds on a page (or a region of it), decoded."""
    with tempfile.TemporaryDirectory() as folder:
        command = ["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(page), "-l", str(page)]
        if region_mm:
            x, y, w, h = (round(v / 25.4 * dpi) for v in region_mm)
            command += ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
        image = Path(folder) / "page"
        subprocess.run(command + [str(pdf), str(image)], check=True)
        result = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", f"{image}.png"],
                                capture_output=True, text=True)
        return sorted(line for line in result.stdout.splitlines() if line)


def picture(pdf: Path, page: int, dpi: int = 50):
    """A page as a Pillow RGB image (the whole MediaBox)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        image = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        str(pdf), str(image)], check=True)
        return Image.open(f"{image}.png").convert("RGB")


def fonts(pdf: Path) -> list[dict]:
    """pdffonts' table: every font with whether it is embedded and has a Unicode map."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    found = []
    for line in lines:
        parts = line.split()
        found.append({"name": parts[0], "emb": parts[-5], "uni": parts[-3]})
    return found
