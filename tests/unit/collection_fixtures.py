"""Editing the collections fixture in a test (see conftest.py for the fixture itself)."""

from pathlib import Path


def replace(root: Path, rel: str, old: str, new: str) -> None:
    """Edit a fixture file in place; fails loudly when the fixture no longer has `old`."""
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text, f"fixture changed: {old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
