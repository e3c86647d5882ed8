"""Load the intros of the theme hub pages (content/themas/themas.yml): one per vocabulary theme.

Pure: a file in, the intros in vocabulary order and every problem out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .datafile import read_data_file, shown_path
from .errors import ContentError
from .vocabularies import thema_labels


@dataclass(frozen=True)
class ThemeIntro:
    id: str
    intro: str
    source: str
    line: int


def load_theme_intros(file: Path, shown_root: Path) -> tuple[tuple[ThemeIntro, ...], list[ContentError]]:
    """Every theme's intro, in the order of the vocabulary; each theme needs exactly one."""
    shown = shown_path(file, shown_root)
    parsed, errors = read_data_file(file, shown, "themas", "met de inleidingen van de thema's")
    if parsed is None:
        return (), errors
    intros: dict[str, ThemeIntro] = {}
    for index, entry in enumerate(parsed.data["themas"]):
        line = parsed.line_of(("themas", index, "id"))
        if entry["id"] in intros:
            errors.append(ContentError(shown, line, f"themas[{index + 1}].id",
                                       f"één inleiding per thema ('{entry['id']}' staat al op regel "
                                       f"{intros[entry['id']].line})",
                                       f"'{entry['id']}' een tweede keer"))
            continue
        intros[entry["id"]] = ThemeIntro(entry["id"], " ".join(entry["intro"].split()), shown, line)
    labels = thema_labels()
    errors += [ContentError(shown, parsed.line_of(("themas",)), "themas",
                            "een inleiding voor elk thema uit de vaste themalijst",
                            f"geen inleiding voor '{theme}' ({labels[theme]})",
                            "Voeg een blok toe met 'id' en 'intro' voor dat thema.")
               for theme in labels if theme not in intros]
    return tuple(intros[theme] for theme in labels if theme in intros), errors
