"""Synonyms editors can extend (synoniemen.yml): words and word groups that mean the same.

A group becomes one extra index term (`=huiswerk`) that every page with any member of the
group carries, and that a query with any member also asks for. Members are compared as
sequences of stems after the stop words are gone, so `een jaar overdoen` matches
`jaar overgedaan` only when the stems agree, and word groups work without phrase search.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from itertools import compress, count
from pathlib import Path

from ..catalogue.errors import ContentError, describe_value
from ..catalogue.yamlsource import Parsed, parse_yaml, read_source
from .analysis import analyse

GROUP_MARK = "="  # never the first character of a word term: the trimmer removes it


@dataclass(frozen=True)
class SynonymGroup:
    token: str                              # the extra index term, e.g. '=huiswerk'
    members: tuple[str, ...]                # as the editor wrote them
    phrases: tuple[tuple[str, ...], ...]    # each member as its sequence of stems


@dataclass(frozen=True)
class Synonyms:
    groups: tuple[SynonymGroup, ...]
    errors: tuple[ContentError, ...] = ()

    def table(self) -> list[list]:
        """[[token, [[stem, ...], ...]], ...]: what the browser needs to find the groups in a query."""
        return [[group.token, [list(phrase) for phrase in group.phrases]] for group in self.groups]


def packaged_file() -> Path:
    return Path(str(resources.files(__package__).joinpath("synoniemen.yml")))


def load_synonyms(path: Path, shown_as: str) -> Synonyms:
    """Read and check a synonyms file; every problem is a ContentError, never an exception."""
    source = read_source(path, shown_as)
    if isinstance(source, ContentError):
        return Synonyms((), (source,))
    parsed = parse_yaml(source.text, shown_as)
    if isinstance(parsed, ContentError):
        return Synonyms((), (parsed,))
    return parse_synonyms(parsed, shown_as)


def parse_synonyms(parsed: Parsed, shown_as: str) -> Synonyms:
    data = parsed.data if parsed.data is not None else []
    if not isinstance(data, list):
        return Synonyms((), (ContentError(shown_as, parsed.first_line, "", "een lijst van groepen, elk een lijst "
                                          "woorden (bv. '- [huiswerk, huistaak]')", describe_value(data)),))
    groups: list[SynonymGroup] = []
    errors: list[ContentError] = []
    seen: dict[tuple[str, ...], int] = {}  # each phrase and the group it is in
    for number, group in enumerate(data):
        line = parsed.line_of((number,))
        field = f"groep {number + 1}"
        if not isinstance(group, list) or len(group) < 2:
            errors.append(ContentError(shown_as, line, field, "een lijst van minstens twee woorden of woordgroepen",
                                       describe_value(group)))
            continue
        phrases, ok = [], True
        for index, member in enumerate(group):
            member_line = parsed.line_of((number, index))
            phrase = tuple(term for _, term in analyse(member)) if isinstance(member, str) else ()
            if not isinstance(member, str) or not phrase:
                errors.append(ContentError(shown_as, member_line, field, "een woord of woordgroep die iets betekent "
                                           "(niet alleen stopwoorden zoals 'de' of 'een')", describe_value(member)))
                ok = False
            elif phrase in seen and seen[phrase] != number:
                errors.append(ContentError(shown_as, member_line, field, "elk woord in één groep",
                                           f"'{member}' staat ook in groep {seen[phrase] + 1}",
                                           "Voeg de twee groepen samen."))
                ok = False
            else:
                seen[phrase] = number
                if phrase not in phrases:
                    phrases.append(phrase)
        if ok:
            groups.append(SynonymGroup(GROUP_MARK + "_".join(phrases[0]), tuple(group), tuple(phrases)))
    return Synonyms(tuple(groups), tuple(errors))


def group_finder(table: list[list]):
    """A function that lists the group tokens found in a sequence of stems, in order of occurrence."""
    by_first_stem: dict[str, list] = {}
    for token, phrases in table:
        for phrase in phrases:
            by_first_stem.setdefault(phrase[0], []).append((token, list(phrase)))

    firsts = set(by_first_stem)

    def find(stems: list[str]) -> list[str]:
        if firsts.isdisjoint(stems):
            return []  # most texts have no group's first word: one check in C
        found = []
        for start in compress(count(), map(firsts.__contains__, stems)):  # the places where a group may start
            here = []
            for token, phrase in by_first_stem[stems[start]]:
                if token not in here and stems[start:start + len(phrase)] == phrase:
                    here.append(token)
            found.extend(here)
        return found

    return find
