"""The Dutch text pipeline: from text to index terms, the same in Python and in the browser.

Every function here has a twin of the same name in `assets/search-core.js` (camelCase there);
the tests run both over the whole vocabulary of the site in Chromium and require identical
terms. The steps per word:

1. split on white space and hyphens (lunr's tokenizer, with the separators spelled out so
   Python and JavaScript agree on exactly which characters they are) and lower-case;
2. trim non-word characters at both ends, with lunr-languages' Latin word characters plus
   digits (lunr.py's own Dutch trimmer is built from the letters of the stop words and
   mangles `quiz`, `yoga`, `2024;` and every word with an accent);
3. fold accents (`coöperatief` = `cooperatief`, `één` = `een`);
4. drop the Snowball Dutch stop words (shipped in stopwoorden.yml);
5. turn the plural `-ën` of words that end in a vowel into the singular (`strategieën` →
   `strategie`), which Snowball leaves alone;
6. stem with Snowball's Dutch stemmer (PyStemmer's 'dutch_porter' in Python, lunr-languages in the browser), then
   drop a final double consonant, which Snowball keeps except for k, d and t (`klassen` →
   `klas`, like `klas`).

Word forms that Snowball does not merge are handled with the vocabulary of the index:
diminutives (`kaartje` → `kaart`) in both directions, and compounds at index time: a
compound also yields its last part when that part is a word of the site (`leesstrategie`
and `rekenstrategieën` also yield `strategie`), because in Dutch the last part names what
the compound is. At query time a compound the index (nearly) lacks is cut into a known head
and tail (`lichaamsbeweging` → `licham` + `beweg`, see `decompound`).

Derivational families that Snowball keeps apart (differentiëren, differentiatie,
gedifferentieerd) share one extra term, `~differenti`, made by rule from the word (`family`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

import Stemmer
import yaml

# lunr-languages 1.22.0, lunr.nl.wordCharacters (a test compares it with the vendored file).
WORD_CHARACTERS = (
    "A-Za-z\xAA\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02B8\u02E0-\u02E4\u1D00-\u1D25\u1D2C-\u1D5C\u1D62-\u1D65"
    "\u1D6B-\u1D77\u1D79-\u1DBE\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\u212A\u212B\u2132\u214E\u2160-\u2188"
    "\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB64\uFB00-\uFB06"
    "\uFF21-\uFF3A\uFF41-\uFF5A"
)
# JavaScript's \s (what lunr.js splits on), spelled out: Python's \s is a slightly different set.
SEPARATORS = "\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff-"
_SPLIT = re.compile(f"[{SEPARATORS}]+")
_SEPARATOR = re.compile(f"[{SEPARATORS}]")
_LEADING = re.compile(f"^[^{WORD_CHARACTERS}0-9]+")
_TRAILING = re.compile(f"[^{WORD_CHARACTERS}0-9]+\\Z")
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")
# Characters outside the Basic Multilingual Plane (emoji): never part of a term, so Python and
# JavaScript (which counts them as two UTF-16 units) sort every term the same way.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

# Compounds: both parts at least this long, so `totaal` does not yield `taal`.
MIN_COMPOUND_PART = 4
LONG_COMPOUND_PART = 6
COMPOUND_LINKS = ("s", "e", "en", "n")
NOT_WORDS = frozenset({"lijk", "heid", "baar", "zaam", "schap", "achtig"})  # suffixes, after stemming
DIMINUTIVE_SUFFIXES = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je")
MIN_DIMINUTIVE_BASE = 3
DOUBLED_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")

FAMILY_MARK = "~"  # never the first character of a word term: the trimmer removes it
# Verb, noun and participle endings of Latin loan words, longest first: what is left is the
# family's root (evalu|eren, evalu|atie, ge|evalu|eerd; reflect|eren, reflect|ie, remedi|ering).
FAMILY_ENDINGS = ("eringen", "erende", "aties", "cties", "ering", "erend", "eerde", "eerden", "eren", "atie", "ctie",
                  "eert", "eer")
FAMILY_KEEP = {"cties": 2, "ctie": 2}  # reflectie: the c and t belong to the root
FAMILY_PARTICIPLE = ("ge", ("eerden", "eerde", "eerd"))
MIN_FAMILY_ROOT = 5

# The Porter-based Dutch algorithm (Snowball 3 calls it dutch_porter; its new "dutch" is another one):
# the one lunr-languages runs in the browser.
_stemmer = Stemmer.Stemmer("dutch_porter")


@cache
def stop_words() -> frozenset[str]:
    """The Snowball Dutch stop list shipped in stopwoorden.yml."""
    text = resources.files(__package__).joinpath("stopwoorden.yml").read_text("utf-8")
    return frozenset(yaml.safe_load(text))


def tokenize(text: str) -> list[str]:
    """Lower-cased pieces between white space and hyphens, as lunr's tokenizer cuts them."""
    return [piece for piece in _SPLIT.split(text.lower()) if piece]


def is_separator(char: str) -> bool:
    return bool(_SEPARATOR.fullmatch(char))


def trim(token: str) -> str:
    """Strip everything but letters and digits from both ends (lunr-languages' trimmer)."""
    return _TRAILING.sub("", _LEADING.sub("", token))


def fold(word: str) -> str:
    """Remove accents: decompose and drop the combining marks."""
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", word))


def singular_en(word: str) -> str:
    """`strategieen` (from strategieën) → `strategie`; Snowball keeps the plural -ën."""
    if len(word) >= 6 and (word.endswith("ieen") or word.endswith("eeen")):
        return word[:-2]
    return word


def undouble(stem: str) -> str:
    """`klass` (from klassen) → `klas`: Snowball only undoubles k, d and t; Dutch words never
    end in a double consonant (`lessen` → les, `stappen` → stap)."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in DOUBLED_CONSONANTS:
        return stem[:-1]
    return stem


@cache
def stem(word: str) -> str:
    """The stem of a folded word: Snowball's Dutch stemmer between our two fixes."""
    return undouble(_stemmer.stemWord(singular_en(word)))


def normalize(token: str) -> str:
    """A token trimmed and folded: the form that is checked against the stop list and stemmed."""
    return fold(trim(_ASTRAL.sub("", token)))


@cache
def _analyse_token(token: str) -> tuple[str, str] | None:
    word = normalize(token)
    if not word or word in stop_words():
        return None
    return word, stem(word)


def analyse(text: str) -> list[tuple[str, str]]:
    """(normalized word, stem) of every word of a text that is not a stop word."""
    return [pair for pair in map(_analyse_token, tokenize(text)) if pair]


def diminutive_base(word: str, known) -> str | None:
    """The stem of the base word of a diminutive (`kaartje` → `kaart`), if `known` has it.

    Several cuts are possible (`kaart|je`, `stoel|tje`, `bal|letje`); the longest base that is
    a known stem wins, so the vocabulary of the site decides instead of a word list.
    """
    own = stem(word)
    best = None
    for suffix in DIMINUTIVE_SUFFIXES:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if suffix.startswith("et") and len(base) >= 2 and base[-1] == base[-2]:
            base = base[:-1]  # bal-letje, spel-letje: the consonant doubles before -etje
        if len(base) < MIN_DIMINUTIVE_BASE:
            continue
        candidate = stem(base)
        if candidate != own and candidate in known and (best is None or len(base) > best[0]):
            best = (len(base), candidate)
    return best[1] if best else None


def compound_parts(term: str, known) -> list[str]:
    """Known stems that end a compound stem (`rekenstrategie` → `strategie`), longest first.

    Both parts have at least MIN_COMPOUND_PART letters and neither is a stop word (so
    `onderwijs` does not yield `wijs`). The cut must fall between two words: the first part is
    a known stem (`reken`), maybe with a linking s, e or (e)n (`bewegings|moment`), or else
    the last part is long enough not to be a chance ending (`lees|strategie`). Endings that
    are suffixes, not words (`-lijk` in `duidelijk`), never count.
    """
    stops = stop_words()
    parts = []
    for cut in range(MIN_COMPOUND_PART, len(term) - MIN_COMPOUND_PART + 1):
        head, tail = term[:cut], term[cut:]
        if tail not in known or head in stops or tail in stops or tail in NOT_WORDS:
            continue
        if len(tail) >= LONG_COMPOUND_PART or head in known or any(
                head.endswith(link) and head[: -len(link)] in known for link in COMPOUND_LINKS):
            parts.append(tail)
    return parts


def family(word: str) -> str | None:
    """The term a derivational family shares (`differentieren`, `differentiatie`,
    `gedifferentieerd` → `~differenti`), or None for a word that is not in such a family."""
    prefix, endings = FAMILY_PARTICIPLE
    root = None
    if word.startswith(prefix):
        ending = next((e for e in endings if word.endswith(e)), None)
        if ending:
            root = word[len(prefix):-len(ending)]
    if root is None:
        ending = next((e for e in FAMILY_ENDINGS if word.endswith(e)), None)
        if ending:
            root = word[:len(word) - len(ending) + FAMILY_KEEP.get(ending, 0)]
    if root is None or len(root) < MIN_FAMILY_ROOT:
        return None
    return FAMILY_MARK + root


def known_head(head: str, known) -> str | None:
    """The known stem a compound's first part stands for: itself, its stem, or either without
    a linking s, e or (e)n (`lichaams` → `licham`, `lees` → `les`)."""
    stops = stop_words()
    candidates = [head]
    for link in COMPOUND_LINKS:
        if head.endswith(link):
            candidates.append(head[: -len(link)])
    for candidate in candidates:
        if len(candidate) < MIN_COMPOUND_PART or candidate in stops:
            continue
        for term in (candidate, stem(candidate)):
            if term in known and term not in NOT_WORDS:
                return term
    return None


def decompound(term: str, known) -> list[str]:
    """A compound stem cut into known stems: [head, tail] at the cut with the longest known tail
    whose head is known too (`leesstrategie` → `les`, `strategie`), else [tail] when a long
    tail is known on its own (see compound_parts), else []."""
    stops = stop_words()
    for cut in range(MIN_COMPOUND_PART, len(term) - MIN_COMPOUND_PART + 1):
        tail = term[cut:]
        if tail not in known or tail in stops or tail in NOT_WORDS:
            continue
        head = known_head(term[:cut], known)
        if head:
            return [head, tail]
    parts = compound_parts(term, known)
    return parts[:1]


def within_one_edit(a: str, b: str) -> bool:
    """True when b is a at most one letter inserted, deleted, replaced or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        swapped = start + 1 < len(a) and a[start] == b[start + 1] and a[start + 1] == b[start]
        return a[start + 1:] == b[start + 1:] or (swapped and a[start + 2:] == b[start + 2:])
    if len(a) > len(b):
        return a[start + 1:] == b[start:]
    return a[start:] == b[start + 1:]
