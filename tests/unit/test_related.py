"""'Verwante aanpakken': the grouped ranking (catalogue/related.py) picks exactly what ranking every
candidate one by one picks, ties included."""

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from leerpunt.catalogue.related import RelatedIndex


@dataclass(frozen=True)
class Item:
    id: str
    toolkit: str
    titel: str
    bewijssterkte: int
    themas: tuple[str, ...]
    niveaus: tuple[str, ...]


def one_by_one(approaches, approach, chosen, most, least):
    """The definition, written plainly: every approach that shares a theme, ranked; the toolkit's
    approaches for a common level as the fallback; ties in the catalogue's order (a stable sort)."""
    excluded = {approach.id} | {a.id for a in chosen}
    others = [a for a in approaches if a.id not in excluded]
    themes, levels = set(approach.themas), set(approach.niveaus)

    def shared(other):
        return len(themes & set(other.themas))

    by_theme = sorted((a for a in others if shared(a)),
                      key=lambda a: (-shared(a), a.toolkit != approach.toolkit, -len(levels & set(a.niveaus)),
                                     -a.bewijssterkte, a.titel.casefold()))
    fallback = sorted((a for a in others if a.toolkit == approach.toolkit and not shared(a) and levels & set(a.niveaus)),
                      key=lambda a: (-a.bewijssterkte, a.titel.casefold()))
    found = (list(chosen) + by_theme)[:most]
    return tuple(found + fallback[:max(0, least - len(found))])


# Few toolkits, themes, levels, grades and titles: ties on every part of the ranking are common.
items = st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from(["Lezen", "lezen", "Rekenen", "Spel"]),
                           st.integers(0, 2), st.sets(st.sampled_from("pqrs"), min_size=1, max_size=2),
                           st.sets(st.sampled_from("xyz"), min_size=1, max_size=3)),
                 min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(items, st.data())
def test_the_grouped_ranking_equals_ranking_one_by_one(rows, data):
    approaches = [Item(f"{toolkit}/{number}", toolkit, titel, grade, tuple(sorted(themas)), tuple(sorted(levels)))
                  for number, (toolkit, titel, grade, themas, levels) in enumerate(rows)]
    index = RelatedIndex(approaches)
    most, least = data.draw(st.integers(1, 5)), data.draw(st.integers(0, 3))
    for approach in approaches:
        chosen = tuple(data.draw(st.lists(st.sampled_from(approaches), max_size=2)))
        chosen = tuple(a for a in chosen if a.id != approach.id)
        assert index.related(approach, chosen, most, least) == one_by_one(approaches, approach, chosen, most, least)
