"""A toolkit's drawing, kept between builds (leerpunt.buildcache).

Laying out a toolkit's labels is the costliest of the pages the collections plugin writes (about a
third of a second for four toolkits of 25 approaches, every build), and the drawing changes only with
the toolkit, the links of its approaches and the code and texts that draw it. A digest of those names
the stored drawing, so a changed input finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import metadata, resources

from ..buildcache import TextStore, digest
from ..catalogue.model import Approach, Toolkit
from ..render_reuse import code_version
from .svg import impact_cost_chart

_STORES: list[TextStore] = []  # the plugin's store for this process (none: every drawing is made)


def remember_charts(store: TextStore) -> None:
    """Look drawings up in `store` first, and put what is drawn into it (for this process)."""
    _STORES[:] = [store]


@cache
def chart_version() -> str:
    """What a drawing depends on besides its toolkit and links: our code (with the libraries' versions),
    the interface texts and the hyphenation dictionaries that break long titles."""
    texts = resources.files("leerpunt").joinpath("texts.yml").read_bytes()
    return digest(code_version(), texts, f"pyphen {metadata.version('pyphen')}")


def toolkit_chart(toolkit: Toolkit, href_for: Callable[[Approach], str]) -> str:
    """impact_cost_chart(), from the store when this toolkit was drawn with these links before."""
    if not _STORES:
        return impact_cost_chart(toolkit, href_for)
    store = _STORES[0]
    key = digest(chart_version(), repr(toolkit), *(href_for(approach) for approach in toolkit.aanpakken))
    known = store.get(key)
    if known is None:
        known = impact_cost_chart(toolkit, href_for)
        store.put(key, known)
    return known
