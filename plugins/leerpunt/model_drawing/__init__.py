"""Leerpunt's model for evidence-informed education drawn as SVG, from the model page itself.

    model, errors = read_model(page.body, page.body_line, page.source)
    svg = draw(model, mode="web")    # each part a focusable link to its explanation on the page
    svg = draw(model, mode="print")  # static, for the praatplaat and the bureaukaart
    html = text_alternative(model)   # the same content as nested lists, for readers who do not see it

The drawing shows the three knowledge sources (triangulatie) as a triangle at the centre, the
perspectives (multiperspectivisme) as a ring around it, and the phases as a numbered cycle
around both. Names come from the page ('Triangulatie', 'Multiperspectivisme' and 'Het proces'
sections, lists with bold names), never from this code, so an editor's change reaches the
drawing, the web page and the posters at once.
"""

from .data import ModelData, Part, read_model
from .svg import draw, text_alternative

__all__ = ["ModelData", "Part", "draw", "read_model", "text_alternative"]
