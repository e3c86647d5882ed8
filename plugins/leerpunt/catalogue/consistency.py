"""Checks that keep a source consistent with itself: heading attributes, leftover template
placeholders, and an update history that adds up."""

from __future__ import annotations

import difflib
import re

from ..keywords import may_contain
from .dates import parse_date
from .errors import ContentError, describe_value
from .markdown_body import Heading
from .schemas import field_name
from .yamlsource import Parsed

HEADING_ATTRIBUTES = ("data-aanpakken", "data-bewijs", "data-bewijsbron")
RECOMMENDATION = "aanbeveling"  # the class that marks a recommendation heading
PLACEHOLDER = "Schrijf hier"
_URL = re.compile(r"^https://[^\s\"'<>]+$")


def heading_attribute_errors(heading: Heading, shown: str) -> list[ContentError]:
    """Only the anchor, classes and a recommendation's attributes belong on a heading. A recommendation's
    evidence grade needs the source that gives it: no grade of our own making."""
    errors = []
    for name in heading.attrs:
        if name in HEADING_ATTRIBUTES or name == "class":
            continue
        close = difflib.get_close_matches(name, HEADING_ATTRIBUTES, n=1)
        errors.append(ContentError(shown, heading.line, name,
                                   "een anker (#…), een klasse (.aanbeveling) of " + ", ".join(HEADING_ATTRIBUTES)
                                   + (f" (bedoel je '{close[0]}'?)" if close else ""),
                                   f"onbekend attribuut '{name}'"))
    marked = RECOMMENDATION in heading.attrs.get("class", ())
    for name in (a for a in HEADING_ATTRIBUTES if a in heading.attrs and not marked):
        errors.append(ContentError(shown, heading.line, name, f"{name} alleen op een aanbeveling: een kop met "
                                   "'.aanbeveling'", f"{name} op een gewone kop",
                                   "Zet '.aanbeveling' in de accolades, of haal het attribuut weg."))
    grade, source = heading.attrs.get("data-bewijs"), heading.attrs.get("data-bewijsbron")
    if marked and grade and not source:
        errors.append(ContentError(shown, heading.line, "data-bewijs", "een bewijsniveau alleen samen met de bron die "
                                   "het geeft: data-bewijsbron=\"https://…\"", f"'{grade}' zonder bron",
                                   "Geeft de bron van de leidraad geen bewijsniveau? Laat data-bewijs dan weg: de "
                                   "aanpakken in data-aanpakken tonen het bewijs."))
    if marked and source is not None and not _URL.match(source):
        errors.append(ContentError(shown, heading.line, "data-bewijsbron", "een volledig webadres dat begint met https://",
                                   f"'{source}'"))
    if marked and source and not grade:
        errors.append(ContentError(shown, heading.line, "data-bewijsbron",
                                   "data-bewijsbron alleen samen met data-bewijs",
                                   "een bron zonder bewijsniveau"))
    return errors


def unclosed_attribute_errors(found: list[Heading], shown: str) -> list[ContentError]:
    """A heading whose attribute list lacks its '}' shows the attributes as text and loses them."""
    return [ContentError(shown, heading.line, "", "een kop met een attributenlijst die eindigt op '}' "
                         "(bv. '## Titel { #anker }')", f"'{heading.title}' zonder '}}'",
                         "Sluit de lijst af met '}' aan het einde van de regel.")
            for heading in found if heading.unclosed]


# Sections of a free page that its posters show are marked on their heading: `## Triangulatie { .praatplaat }`.
POSTER_MARKS = ("praatplaat", "bureaukaart-voorkant", "bureaukaart-achterkant")


def poster_mark_errors(found: list[Heading], shown: str) -> list[ContentError]:
    """A heading class that looks like a poster mark but is not one would leave a section off the poster."""
    errors = []
    for heading in found:
        for name in heading.attrs.get("class", ()):
            close = difflib.get_close_matches(name, POSTER_MARKS, n=1, cutoff=0.75)
            if close and name not in POSTER_MARKS:
                errors.append(ContentError(shown, heading.line, f".{name}", "een van de posterlabels "
                                           + ", ".join(f"'.{mark}'" for mark in POSTER_MARKS)
                                           + f" (bedoel je '.{close[0]}'?)", f"'.{name}'"))
    return errors


def placeholder_errors(meta: Parsed, body: str, body_line: int, shown: str) -> list[ContentError]:
    """Template text ('Schrijf hier …') may stay only while the source says `voorbeeld: true`."""
    if meta.data.get("voorbeeld") is True:
        return []
    errors = [ContentError(shown, meta.line_of(path), field_name(path),
                           "ingevulde tekst in plaats van de zin uit het sjabloon",
                           describe_value(value), "Vervang de tekst, of zet 'voorbeeld: true' zolang hij niet af is.")
              for path, value in _texts(meta.data, ()) if PLACEHOLDER in value]
    errors += [ContentError(shown, body_line + offset, "", "ingevulde tekst in plaats van de zin uit het sjabloon",
                            describe_value(line.strip()),
                            "Vervang de tekst, of zet 'voorbeeld: true' zolang hij niet af is.")
               for offset, line in enumerate(body.split("\n")) if PLACEHOLDER in line]
    return errors


def history_errors(meta: Parsed, shown: str) -> list[ContentError]:
    """Each change starts where the previous update of that figure ended; `bijgewerkt` is not older
    than the newest update."""
    entries = meta.data.get("historiek", [])
    dated = sorted((when, i) for i, e in enumerate(entries) if (when := parse_date(e["datum"])))
    errors: list[ContentError] = []
    last: dict[str, tuple[object, str]] = {}  # field → (value after its latest update, that update's date)
    for _, index in dated:
        for c_index, change in enumerate(entries[index].get("wijzigingen", [])):
            field = change["veld"]
            if field in last and last[field][0] != change["van"]:
                errors.append(ContentError(
                    shown, meta.line_of(("historiek", index, "wijzigingen", c_index, "van")),
                    f"historiek[{index + 1}].wijzigingen[{c_index + 1}].van",
                    f"de waarde waarop de vorige update van '{field}' eindigde ({describe_value(last[field][0])}, "
                    f"op {last[field][1]})", describe_value(change["van"])))
            last[field] = (change["naar"], entries[index]["datum"])
    updated = parse_date(meta.data["bijgewerkt"]) if meta.data.get("bijgewerkt") else None
    if updated and dated and updated < dated[-1][0]:
        newest = entries[dated[-1][1]]["datum"]
        errors.append(ContentError(shown, meta.line_of(("bijgewerkt",)), "bijgewerkt",
                                   f"een datum niet ouder dan de nieuwste update in historiek ({newest})",
                                   describe_value(meta.data["bijgewerkt"])))
    return errors


def _texts(node, path):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, path + (index,))



# Numbers as editors write them in prose: digits or Dutch words (up to twelve, the scale's top).
NUMBER_WORDS = {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}
_NUMBER = r"([+\-\u2212]?\d+|" + "|".join(NUMBER_WORDS) + r")"
# "zo'n vijf maanden extra vooruitgang", "het cijfer is nul maanden", "+6 maanden leerwinst": a stated
# impact, not a duration ("een programma van zes maanden").
_MONTHS = re.compile(r"(?<![\w+\-\u2212])" + _NUMBER + r"\s+maand(?:en)?\b"
                     r"(?=\s+(?:extra|minder|leerwinst|leervertraging|achterstand|vooruit|achteruit))"
                     r"|\bcijfer is " + _NUMBER + r"\s+maand(?:en)?", re.IGNORECASE)


def number_value(word: str) -> int:
    word = word.lower().replace("\u2212", "-")
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else abs(int(word))


def stated_months(text: str) -> list[tuple[int, int, str]]:
    """(line offset, months, phrase) for every impact in months that the text states (a phrase
    may run over a line break, as hard-wrapped Markdown does)."""
    if not may_contain(text, ("maand",)):
        return []  # most texts: one search instead of the pattern at every position
    return [(text.count("\n", 0, match.start()), number_value(match.group(1) or match.group(2)),
             " ".join(match.group(0).split())) for match in _MONTHS.finditer(text)]


def months_in_prose_errors(meta: Parsed, body: str, body_line: int, shown: str) -> list[ContentError]:
    """A number of months written in an approach's summary, card or text must be its impact (the history
    box may name older figures; it is generated from `historiek`, not written in these fields)."""
    impact = meta.data.get("impact")
    expected = "niet te bepalen" if impact is None else abs(impact)
    texts = [(("samenvatting",), meta.data.get("samenvatting") or ""),
             (("kaart", "vraag"), (meta.data.get("kaart") or {}).get("vraag") or ""),
             (("kaart", "antwoord"), (meta.data.get("kaart") or {}).get("antwoord") or "")]
    errors = []
    for path, value in texts:
        for _, months, phrase in stated_months(value):
            if months != expected:
                errors.append(_months_error(shown, meta.line_of(path), field_name(path), impact, phrase))
    for offset, months, phrase in stated_months(body):
        if months != expected:
            errors.append(_months_error(shown, body_line + offset, "", impact, phrase))
    return errors


def _months_error(shown: str, line: int, field: str, impact, phrase: str) -> ContentError:
    figure = "leeg (niet te bepalen)" if impact is None else f"{impact}"
    return ContentError(shown, line, field, f"dezelfde maanden als het veld 'impact' ({figure})", f"'{phrase}'",
                        "Pas de tekst aan het cijfer aan (of het cijfer aan de bron), of schrijf [[impact:…]].")


# 'een' is also the article ('een aanpakken' in a careless sentence is no count): only 'één' counts.
_COUNTED = ("aanpakken", "leidraden", "toolkits")
_COUNT = re.compile(r"\b" + _NUMBER.replace("een|", "") + r"\s+(" + "|".join(_COUNTED) + r")\b", re.IGNORECASE)


def typed_count_errors(text: str, shown: str, first_line: int = 1) -> list[ContentError]:
    """Counts of the site's own collections in site-level prose come from the catalogue, never typed:
    '30 aanpakken' goes stale when an editor adds one."""
    if not may_contain(text, _COUNTED):
        return []  # most texts: three searches instead of the pattern at every position of every line
    errors = []
    for offset, line in enumerate(text.split("\n")):
        if line.lstrip().startswith("#") and not line.lstrip().startswith("# "):
            continue
        for match in _COUNT.finditer(line):
            kind = match.group(2).lower()
            errors.append(ContentError(shown, first_line + offset, "", f"een aantal uit de catalogus: "
                                       f"[[aantal:{kind}]] (of [[aantal:aanpakken:<toolkit>]])",
                                       f"een getypt aantal: '{match.group(0)}'",
                                       "Een getypt aantal klopt niet meer zodra iemand iets toevoegt. Gaat het over "
                                       "iets anders dan deze site (bv. de Engelse toolkit), schrijf het dan anders "
                                       "('tien thema's')."))
    return errors
