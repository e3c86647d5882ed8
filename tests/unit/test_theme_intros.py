"""The theme intros: one per theme of the vocabulary, in its order; exact messages per error kind."""

from pathlib import Path

from helpers import REPO
from leerpunt.catalogue.theme_intros import load_theme_intros
from leerpunt.catalogue.vocabularies import thema_labels

INTROS = "content/themas/themas.yml"


def write_intros(root: Path, ids) -> Path:
    """A themas.yml with one short intro per id, each block two lines (id on lines 2, 4, 6 ...)."""
    path = root / INTROS
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("themas:\n" + "".join(f"  - id: {i}\n    intro: Over {i}.\n" for i in ids), "utf-8")
    return path


def messages(root: Path) -> list[str]:
    return [str(e) for e in load_theme_intros(root / INTROS, root)[1]]


def test_intros_come_in_vocabulary_order_whatever_the_file_order(tmp_path):
    themes = list(thema_labels())
    write_intros(tmp_path, reversed(themes))
    intros, errors = load_theme_intros(tmp_path / INTROS, tmp_path)
    assert errors == []
    assert [i.id for i in intros] == themes
    assert (intros[0].intro, intros[0].source, intros[0].line) == (f"Over {themes[0]}.", INTROS, 2 * len(themes))


def test_a_theme_without_intro(tmp_path):
    themes = list(thema_labels())
    write_intros(tmp_path, themes[1:])
    assert messages(tmp_path) == [
        f"content/themas/themas.yml:1: veld 'themas': verwacht een inleiding voor elk thema uit de vaste themalijst; "
        f"gevonden: geen inleiding voor '{themes[0]}' ({thema_labels()[themes[0]]})"]


def test_a_theme_twice(tmp_path):
    themes = list(thema_labels())
    write_intros(tmp_path, themes + themes[:1])
    last = len(themes) + 1
    assert messages(tmp_path) == [
        f"content/themas/themas.yml:{2 * last}: veld 'themas[{last}].id': verwacht één inleiding per thema "
        f"('{themes[0]}' staat al op regel 2); gevonden: '{themes[0]}' een tweede keer"]


def test_a_theme_that_is_not_in_the_vocabulary(tmp_path):
    write_intros(tmp_path, [*thema_labels(), "digitalisering"])
    last = len(thema_labels()) + 1
    [message] = messages(tmp_path)
    assert message.startswith(f"content/themas/themas.yml:{2 * last}: veld 'themas[{last}].id': "
                              "verwacht een van: taal-en-lezen (Taal en lezen), ")
    assert message.endswith("; gevonden: 'digitalisering'")


def test_shipped_intros_cover_every_theme():
    intros, errors = load_theme_intros(REPO / INTROS, REPO)
    assert [str(e) for e in errors] == []
    assert [i.id for i in intros] == list(thema_labels())
