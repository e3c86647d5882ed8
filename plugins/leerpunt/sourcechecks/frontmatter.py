"""Front matter of the free pages: MkDocs shows YAML it cannot read as text on the page, silently."""

from __future__ import annotations

from ..catalogue import ContentError, Sources
from ..catalogue.errors import describe_value
from ..catalogue.loader import is_card_page
from ..catalogue.yamlsource import read_source, split_front_matter
from .documents import free_pages


def front_matter_errors(sources: Sources) -> list[ContentError]:
    """Invalid front matter in a free page (pages with reflection cards are checked by the loader)."""
    errors = []
    for path in free_pages(sources):
        shown = sources.shown(path)
        source = read_source(path, shown)
        if isinstance(source, ContentError):
            errors.append(source)
            continue
        if not source.text.startswith("---") or is_card_page(path):
            continue
        doc = split_front_matter(source)
        if isinstance(doc, ContentError):
            errors.append(doc)
        elif doc.meta.data is not None and not isinstance(doc.meta.data, dict):
            errors.append(ContentError(shown, 2, "", "velden als 'title: …' tussen de twee regels '---'",
                                       describe_value(doc.meta.data)))
    return errors
