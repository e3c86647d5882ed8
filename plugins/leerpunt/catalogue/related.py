"""'Verwante aanpakken': the approaches an approach page offers as next steps.

The ranking (Catalogue.related says what it means to a reader): approaches that share more themes
first; among those, the same toolkit first, then more levels in common, then stronger evidence, then
the title, then the catalogue's order. When fewer than `least` share a theme, same-toolkit approaches
for a common level fill up, strongest evidence first.

Ranking every approach that shares a theme with every other costs approaches × approaches / themes;
at thousands of approaches that was a large part of a build. Approaches of other toolkits rank by
their themes and levels alone (and their own evidence and title), so they are grouped by exactly
those: a page looks at its toolkit's approaches one by one and at the other toolkits' groups, a
number bounded by the vocabularies, not by the size of the site.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Generic, Protocol, TypeVar


class Ranked(Protocol):
    """What the ranking reads of an approach."""

    @property
    def id(self) -> str: ...
    @property
    def toolkit(self) -> str: ...
    @property
    def titel(self) -> str: ...
    @property
    def bewijssterkte(self) -> int: ...
    @property
    def themas(self) -> tuple[str, ...]: ...
    @property
    def niveaus(self) -> tuple[str, ...]: ...


R = TypeVar("R", bound=Ranked)


@dataclass(frozen=True)
class _Group(Generic[R]):
    """Approaches with the same themes and levels, best first (evidence, title, catalogue order)."""

    themas: frozenset[str]
    niveaus: frozenset[str]
    members: tuple[R, ...]


class RelatedIndex(Generic[R]):
    """The catalogue's approaches, arranged once so that each page's ranking is cheap."""

    def __init__(self, approaches: Iterable[R]):
        approaches = tuple(approaches)
        self._position = {approach.id: number for number, approach in enumerate(approaches)}
        self._toolkits: dict[str, list[R]] = {}
        grouped: dict[tuple[frozenset[str], frozenset[str]], list[R]] = {}
        for approach in approaches:
            self._toolkits.setdefault(approach.toolkit, []).append(approach)
            grouped.setdefault((frozenset(approach.themas), frozenset(approach.niveaus)), []).append(approach)
        self._groups_by_theme: dict[str, list[_Group[R]]] = {}
        for (themas, niveaus), members in grouped.items():
            group = _Group(themas, niveaus, tuple(sorted(members, key=self._quality)))
            for theme in themas:
                self._groups_by_theme.setdefault(theme, []).append(group)

    def _quality(self, approach: Ranked) -> tuple[int, str, int]:
        return -approach.bewijssterkte, approach.titel.casefold(), self._position[approach.id]

    def related(self, approach: R, chosen: tuple[R, ...], most: int, least: int) -> tuple[R, ...]:
        """`chosen` (the editor's choice) first, then the best-ranked approaches that share a theme, up to
        `most`; then same-toolkit approaches for a common level, up to `least`."""
        excluded = {approach.id} | {a.id for a in chosen}
        themes, levels = frozenset(approach.themas), frozenset(approach.niveaus)
        own = [a for a in self._toolkits.get(approach.toolkit, ()) if a.id not in excluded]
        wanted = most - len(chosen)
        found = list(chosen[:most])
        if wanted > 0:
            found += self._sharing_themes(approach.toolkit, themes, levels, own, excluded, wanted)
        fallback = sorted((a for a in own if not themes.intersection(a.themas) and levels.intersection(a.niveaus)),
                          key=self._quality)
        return tuple(found + fallback[:max(0, least - len(found))])

    def _sharing_themes(self, toolkit: str, themes: frozenset[str], levels: frozenset[str], own: list[R],
                        excluded: set[str], wanted: int) -> list[R]:
        """The `wanted` best approaches that share one of `themes`; `own`: the eligible ones of `toolkit`."""
        def rank(standing: tuple[int, int], other_toolkit: bool, candidate: R) -> tuple:
            shared, common_levels = standing
            return (-shared, other_toolkit, -common_levels, *self._quality(candidate))

        ranked = []
        for a in own:
            shared = len(themes.intersection(a.themas))
            if shared:
                ranked.append((rank((shared, len(levels.intersection(a.niveaus))), False, a), a))
        groups = {id(group): group for theme in themes for group in self._groups_by_theme.get(theme, ())}
        by_standing: dict[tuple[int, int], list[_Group[R]]] = {}
        for group in groups.values():
            by_standing.setdefault((len(themes & group.themas), len(levels & group.niveaus)), []).append(group)
        # Groups in the order of their standing (themes, then levels shared); within a group the members
        # are in order already, so its first `wanted` eligible ones are all it can contribute. Once
        # `wanted` are taken, every later standing ranks below them.
        taken = 0
        for standing in sorted(by_standing, reverse=True):
            for group in by_standing[standing]:
                eligible = (a for a in group.members if a.toolkit != toolkit and a.id not in excluded)
                for candidate in islice(eligible, wanted):
                    ranked.append((rank(standing, True, candidate), candidate))
                    taken += 1
            if taken >= wanted:
                break
        return [candidate for _, candidate in sorted(ranked, key=lambda pair: pair[0])[:wanted]]
