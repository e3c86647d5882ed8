"""Load the glossary (content/begrippen/begrippen.yml) and find its terms in a text.

Pure: a file in, typed terms and every problem out. One matcher (`TermMatcher`) decides where a
term occurs, so the tooltips and the 'never used' warning can never disagree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .datafile import normalised, read_data_file, shown_path
from .errors import ContentError
from .schemas import field_name
from .yamlsource import Parsed

# More than one sentence: a full stop, question or exclamation mark followed by a capital.
_SENTENCE_BREAK = re.compile(r"[.!?][\"')]?\s+[A-ZÀ-Ý]")


@dataclass(frozen=True)
class GlossaryLink:
    """'Meer lezen' for a term: a public URL or a page of this site (a Markdown path, maybe with #anchor)."""

    titel: str
    link: str

    @property
    def is_page(self) -> bool:
        return not self.link.startswith("https://")


@dataclass(frozen=True)
class Term:
    term: str
    varianten: tuple[str, ...]
    definitie: str  # one sentence: the tooltip
    uitleg: str  # longer text for the glossary page
    links: tuple[GlossaryLink, ...]
    verificatie: str  # editors only: never shown on a public page
    source: str
    line: int

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form that gets the explanation: the term first, then its variants."""
        return (self.term, *self.varianten)

    @property
    def anchor(self) -> str:
        """A stable anchor on the glossary page: 'zorgcontinuum', 'maanden-extra-vooruitgang'."""
        plain = unicodedata.normalize("NFKD", self.term).encode("ascii", "ignore").decode().lower()
        return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def load_glossary(file: Path, shown_root: Path, known_pages: set[str] | None = None
                  ) -> tuple[tuple[Term, ...], list[ContentError]]:
    """The terms of the glossary file, in file order; a term with an error is left out (its error
    says why), the others stay.

    With `known_pages` (the src_uris of every page, generated ones included) a link to a page of
    this site must point to one of them.
    """
    shown = shown_path(file, shown_root)
    parsed, errors = read_data_file(file, shown, "begrippen", "van de begrippenlijst")
    if parsed is None:
        return (), errors
    found = _duplicate_form_errors(parsed, shown) + _definition_errors(parsed, shown)
    if known_pages is not None:
        found += _page_link_errors(parsed, shown, known_pages)
    broken = {index for index, _ in found}
    terms = tuple(_term(parsed, index, shown) for index in range(len(parsed.data["begrippen"])) if index not in broken)
    return terms, sorted(error for _, error in found)


class TermMatcher:
    """Finds the glossary's terms in running text, as whole words.

    A form written in lower case matches in any case (a term can start a sentence); a form with a
    capital (an abbreviation such as 'CLB', a name such as 'EEF') matches only as written. Where
    forms overlap, the longest wins ('convergente differentiatie' before 'differentiatie').
    """

    def __init__(self, terms: Iterable[Term]):
        self.terms = tuple(terms)
        self._exact: dict[str, Term] = {}
        self._folded: dict[str, Term] = {}
        for term in self.terms:
            for form in term.forms:
                if form == form.lower():
                    self._folded[normalised(form)] = term
                else:
                    self._exact[" ".join(form.split())] = term

    @cached_property
    def pattern(self) -> re.Pattern:
        forms = sorted({*self._exact, *self._folded}, key=lambda f: (-len(f), f))
        alternatives = [_form_regex(f) if f in self._exact else f"(?i:{_form_regex(f)})" for f in forms]
        return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?!\w)")

    def term_at(self, match: re.Match) -> Term:
        found = " ".join(match.group(0).split())
        return self._exact.get(found) or self._folded[found.casefold()]

    def occurrences(self, text: str) -> Iterator[tuple[re.Match, Term]]:
        """Every occurrence of a form in `text`, in reading order."""
        if not self.terms:
            return
        for match in self.pattern.finditer(text):
            yield match, self.term_at(match)

    def unused(self, texts: Iterable[str]) -> tuple[Term, ...]:
        """The terms none of whose forms occur in any of the texts, in glossary order."""
        missing = set(self.terms)
        for text in texts:
            missing -= {term for _, term in self.occurrences(text)}
            if not missing:
                break
        return tuple(term for term in self.terms if term in missing)


def unused_term_warnings(terms: Iterable[Term], texts: Iterable[str]) -> list[ContentError]:
    """A warning (not an error) for each term that no page uses: its tooltip would never show.

    `texts` are the pages' Markdown or plain text, without the glossary page itself.
    """
    return [ContentError(term.source, term.line, "term", "een begrip dat op minstens één pagina van de site voorkomt "
                         "(als term of als variant)", f"'{term.term}' staat op geen enkele pagina",
                         "Voeg de vorm toe die de pagina's gebruiken onder 'varianten', of schrap het begrip.")
            for term in TermMatcher(terms).unused(texts)]


def _form_regex(form: str) -> str:
    """A form as a regex: spaces match any run of white space (text wraps across lines)."""
    return r"\s+".join(re.escape(word) for word in form.split())


def _term(parsed: Parsed, index: int, shown: str) -> Term:
    entry = parsed.data["begrippen"][index]
    return Term(
        term=" ".join(entry["term"].split()), varianten=tuple(" ".join(v.split()) for v in entry.get("varianten", [])),
        definitie=" ".join(entry["definitie"].split()), uitleg=entry.get("uitleg", "").strip(),
        links=tuple(GlossaryLink(link["titel"].strip(), link["link"]) for link in entry.get("links", [])),
        verificatie=entry.get("verificatie", "").strip(), source=shown,
        line=parsed.line_of(("begrippen", index, "term")))


def _duplicate_form_errors(parsed: Parsed, shown: str) -> list[tuple[int, ContentError]]:
    """A form (term or variant) can explain only one term, whatever its case or spacing."""
    errors: list[tuple[int, ContentError]] = []
    first: dict[str, tuple[int, int]] = {}  # normalised form → (its term's index, its line)
    for index, entry in enumerate(parsed.data["begrippen"]):
        places: list[tuple[tuple[str | int, ...], str]] = [(("begrippen", index, "term"), entry["term"])]
        places += [(("begrippen", index, "varianten", i), v) for i, v in enumerate(entry.get("varianten", []))]
        for path, form in places:
            key = normalised(form)
            if key in first:
                other_index, other_line = first[key]
                other_term = parsed.data["begrippen"][other_index]["term"]
                where = "bij dit begrip" if other_index == index else f"bij begrip {other_index + 1} ('{other_term}')"
                errors.append((index, ContentError(
                    shown, parsed.line_of(path), field_name(path), "een vorm die maar bij één begrip staat, één keer",
                    f"'{form}', dat al {where} staat op regel {other_line}",
                    "Een vorm kan maar één uitleg krijgen: schrap hem op een van beide plaatsen, of voeg de begrippen "
                    "samen.")))
            else:
                first[key] = (index, parsed.line_of(path))
    return errors


def _definition_errors(parsed: Parsed, shown: str) -> list[tuple[int, ContentError]]:
    """The definition is the tooltip: one sentence that ends with a full stop."""
    errors = []
    for index, entry in enumerate(parsed.data["begrippen"]):
        text = " ".join(entry["definitie"].split())
        found = ("meer dan één zin" if _SENTENCE_BREAK.search(text)
                 else "een zin zonder punt op het einde" if not text.endswith(".") else "")
        if found:
            path = ("begrippen", index, "definitie")
            errors.append((index, ContentError(shown, parsed.line_of(path), field_name(path),
                                               "één zin die eindigt op een punt",
                                               found, "Zet wat meer uitleg vraagt in het veld 'uitleg'.")))
    return errors


def _page_link_errors(parsed: Parsed, shown: str, known_pages: set[str]) -> list[tuple[int, ContentError]]:
    errors = []
    for index, entry in enumerate(parsed.data["begrippen"]):
        for i, link in enumerate(entry.get("links", [])):
            page = link["link"].partition("#")[0]
            if not link["link"].startswith("https://") and page not in known_pages:
                path = ("begrippen", index, "links", i, "link")
                errors.append((index, ContentError(shown, parsed.line_of(path), field_name(path),
                                                   "het pad van een pagina van deze site, bv. "
                                                   "toolkits/hoe-lees-je-de-toolkit.md",
                                                   f"'{page}' (bestaat niet)")))
    return errors
