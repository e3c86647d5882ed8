"""The drawn model on the page that describes it: a figure before its first model section."""

from __future__ import annotations

from ..catalogue.errors import ContentError
from ..catalogue.markdown_body import headings
from ..catalogue.model import CardPage
from ..model_drawing import draw, read_model, text_alternative
from ..model_drawing.data import PERSPECTIVES, PROCESS, SOURCES
from ..web import DEFAULT, Web
from .finished import finished


def describes_model(page: CardPage) -> bool:
    """Whether a page has any of the model's sections (the others are plain pages)."""
    return any(h.level == 2 and h.title.casefold().startswith((SOURCES, PERSPECTIVES, PROCESS))
               for h in headings(page.body, page.body_line))


def with_model_drawing(markdown: str, page: CardPage, web: Web = DEFAULT) -> tuple[str, list[ContentError]]:
    """The page's Markdown with the drawn model (a finished figure) just before its first model section;
    the page unchanged, with the errors that say why, when its sections cannot be read."""
    if not describes_model(page):
        return markdown, []
    model, errors = read_model(page.body, page.body_line, page.source, page.titel)
    if errors or model is None:  # read_model gives no model only with the errors that say why
        return markdown, errors
    figure = finished(web.render("leerpunt/model.html", svg=draw(model, "web"), text=text_alternative(model)))
    lines = markdown.split("\n")
    first = next(h for h in headings(markdown, 1)
                 if h.level == 2 and h.title.casefold().startswith((SOURCES, PERSPECTIVES, PROCESS)))
    at = first.line - 1
    return "\n".join([*lines[:at], figure, "", *lines[at:]]), []
