"""The fonts every PDF embeds, found as files so output never depends on fontconfig's choices.

Debian's `fonts-dejavu-core` (regular, bold) and `fonts-dejavu-extra` (the oblique faces for
italics) are needed; CI installs both. Naming the files in @font-face
keeps a PDF the same on every machine with those files, and lets the cache hash their bytes.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from functools import cache
from pathlib import Path

# (weight, style, file name) of the one family we print with: a real italic, never a synthesised one.
FACES = ((400, "normal", "DejaVuSans.ttf"), (700, "normal", "DejaVuSans-Bold.ttf"),
         (400, "italic", "DejaVuSans-Oblique.ttf"), (700, "italic", "DejaVuSans-BoldOblique.ttf"))
SEARCH_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
               "/usr/local/share/fonts", "/Library/Fonts", "/opt/homebrew/share/fonts")
FAMILY = "Leerpunt Sans"


class FontsMissing(RuntimeError):
    """The font files are not installed on this machine."""


@cache
def font_files() -> tuple[tuple[int, Path], ...]:
    """Each upright weight with the font file that prints it."""
    return tuple((weight, path) for weight, style, path in font_faces() if style == "normal")


@cache
def font_faces() -> tuple[tuple[int, str, Path], ...]:
    """Every face (weight, style) with its file."""
    return tuple((weight, style, _find(name)) for weight, style, name in FACES)


def _find(name: str) -> Path:
    for folder in SEARCH_DIRS:
        path = Path(folder) / name
        if path.is_file():
            return path
    if shutil.which("fc-list"):
        listed = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True, text=True).stdout
        for line in sorted(listed.splitlines()):
            if Path(line).name == name:
                return Path(line)
    raise FontsMissing(f"font {name} not found: install Debian's fonts-dejavu-core and fonts-dejavu-extra "
                       "(the PDFs embed DejaVu Sans)")


def font_face_css() -> str:
    """@font-face rules naming the files, under a family name fontconfig cannot substitute."""
    return "\n".join(f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; font-style: {style}; '
                     f'src: url("{path.resolve().as_uri()}"); }}' for weight, style, path in font_faces())


@cache
def fonts_fingerprint() -> str:
    """A hash of the font bytes: a changed font file must re-render every PDF."""
    digest = hashlib.sha256()
    for _, _, path in font_faces():
        digest.update(path.read_bytes())
    return digest.hexdigest()
