"""The glossary loader and the term matcher: exact messages per error kind, and where a term occurs."""

from pathlib import Path

import pytest

from collection_fixtures import replace
from helpers import REPO
from leerpunt.catalogue.glossary import TermMatcher, load_glossary, unused_term_warnings

GLOSSARY = "content/begrippen/begrippen.yml"


def load(root: Path, known_pages=None):
    return load_glossary(root / GLOSSARY, root, known_pages)


def messages(root: Path, known_pages=None) -> list[str]:
    return [str(e) for e in load(root, known_pages)[1]]


def test_fixture_glossary_loads_in_file_order(collections_root):
    terms, errors = load(collections_root)
    assert errors == []
    assert [t.term for t in terms] == ["effectgrootte", "convergente differentiatie", "differentiatie", "CLB"]
    first = terms[0]
    assert first.forms == ("effectgrootte", "effectgroottes")
    assert first.definitie == "Een maat voor het verschil tussen twee groepen."
    assert [(link.titel, link.link, link.is_page) for link in first.links] == [
        ("Hoe lees je de toolkit?", "toolkits/hoe-lees-je-de-toolkit.md#impact", True)]
    assert (first.source, first.line, first.anchor) == (GLOSSARY, 2, "effectgrootte")


def test_anchor_is_plain_ascii():
    terms, _ = load(REPO)
    anchors = {t.term: t.anchor for t in terms}
    assert anchors["zorgcontinuüm"] == "zorgcontinuum"
    assert anchors["maanden extra vooruitgang"] == "maanden-extra-vooruitgang"


CASES = {
    "same-term-twice": (
        lambda r: replace(r, GLOSSARY, "term: CLB", "term: Differentiatie"),
        ["content/begrippen/begrippen.yml:13: veld 'begrippen[4].term': verwacht een vorm die maar bij één begrip staat, "
         "één keer; gevonden: 'Differentiatie', dat al bij begrip 3 ('differentiatie') staat op regel 10"]),
    "variant-of-another-term": (
        lambda r: replace(r, GLOSSARY, "varianten: [effectgroottes]", "varianten: [effectgroottes, differentiëren]"),
        ["content/begrippen/begrippen.yml:11: veld 'begrippen[3].varianten[1]': verwacht een vorm die maar bij één "
         "begrip staat, één keer; gevonden: 'differentiëren', dat al bij begrip 1 ('effectgrootte') staat op regel 3"]),
    "variant-repeats-its-own-term": (
        lambda r: replace(r, GLOSSARY, "varianten: [centrum voor leerlingenbegeleiding]", "varianten: [clb]"),
        ["content/begrippen/begrippen.yml:14: veld 'begrippen[4].varianten[1]': verwacht een vorm die maar bij één "
         "begrip staat, één keer; gevonden: 'clb', dat al bij dit begrip staat op regel 13"]),
    "definition-of-two-sentences": (
        lambda r: replace(r, GLOSSARY, "definitie: Het centrum voor leerlingenbegeleiding.",
                          "definitie: Het centrum voor leerlingenbegeleiding. Het helpt scholen."),
        ["content/begrippen/begrippen.yml:15: veld 'begrippen[4].definitie': verwacht één zin die eindigt op een punt; "
         "gevonden: meer dan één zin"]),
    "definition-without-full-stop": (
        lambda r: replace(r, GLOSSARY, "definitie: Het centrum voor leerlingenbegeleiding.",
                          "definitie: Het centrum voor leerlingenbegeleiding"),
        ["content/begrippen/begrippen.yml:15: veld 'begrippen[4].definitie': verwacht één zin die eindigt op een punt; "
         "gevonden: een zin zonder punt op het einde"]),
    "missing-definition": (
        lambda r: replace(r, GLOSSARY, "    definitie: Het centrum voor leerlingenbegeleiding.\n", ""),
        ["content/begrippen/begrippen.yml:13: veld 'begrippen[4].definitie': verwacht dit verplichte veld; "
         "gevonden: het veld ontbreekt"]),
    "link-that-is-not-an-address": (
        lambda r: replace(r, GLOSSARY, "link: toolkits/hoe-lees-je-de-toolkit.md#impact", "link: www.leerpunt.be"),
        ["content/begrippen/begrippen.yml:7: veld 'begrippen[1].links[1].link': verwacht een webadres dat begint met "
         "https://, of het pad van een pagina van deze site, bv. toolkits/hoe-lees-je-de-toolkit.md#impact; "
         "gevonden: 'www.leerpunt.be'"]),
    "misspelled-field": (
        lambda r: replace(r, GLOSSARY, "varianten: [differentiëren]", "variant: [differentiëren]"),
        ["content/begrippen/begrippen.yml:11: veld 'begrippen[3].variant': verwacht een van de velden definitie, links, "
         "term, uitleg, varianten, verificatie (bedoel je 'varianten'?); gevonden: onbekend veld 'variant'"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_error_kind_has_its_exact_message(collections_root, case):
    change, expected = CASES[case]
    change(collections_root)
    assert messages(collections_root) == expected


def test_a_term_with_an_error_is_left_out_and_the_others_stay(collections_root):
    replace(collections_root, GLOSSARY, "definitie: Het centrum voor leerlingenbegeleiding.", "definitie: Het CLB")
    terms, errors = load(collections_root)
    assert [t.term for t in terms] == ["effectgrootte", "convergente differentiatie", "differentiatie"]
    assert len(errors) == 1


def test_link_to_a_page_that_does_not_exist(collections_root):
    assert messages(collections_root, known_pages={"index.md"}) == [
        "content/begrippen/begrippen.yml:7: veld 'begrippen[1].links[1].link': verwacht het pad van een pagina van deze "
        "site, bv. toolkits/hoe-lees-je-de-toolkit.md; gevonden: 'toolkits/hoe-lees-je-de-toolkit.md' (bestaat niet)"]
    assert messages(collections_root, known_pages={"toolkits/hoe-lees-je-de-toolkit.md"}) == []


def test_missing_file(tmp_path):
    assert messages(tmp_path) == [
        "content/begrippen/begrippen.yml: verwacht het gegevensbestand van de begrippenlijst; gevonden: geen bestand"]


# --- where terms occur --------------------------------------------------------------------------

@pytest.fixture
def matcher(collections_root) -> TermMatcher:
    return TermMatcher(load(collections_root)[0])


def found(matcher: TermMatcher, text: str) -> list[tuple[str, str]]:
    return [(match.group(0), term.term) for match, term in matcher.occurrences(text)]


def test_the_longest_form_wins(matcher):
    assert found(matcher, "Convergente differentiatie is een vorm van differentiatie.") == [
        ("Convergente differentiatie", "convergente differentiatie"), ("differentiatie", "differentiatie")]


def test_lower_case_forms_match_in_any_case_and_abbreviations_only_as_written(matcher):
    assert found(matcher, "Effectgroottes en het CLB, maar niet clb of Clb.") == [
        ("Effectgroottes", "effectgrootte"), ("CLB", "CLB")]


def test_only_whole_words_match(matcher):
    assert found(matcher, "differentiatiebeleid, herdifferentiatie, CLBs, niet-differentiatie") == []


def test_a_multi_word_form_matches_across_a_line_break(matcher):
    assert found(matcher, "het centrum voor\n  leerlingenbegeleiding") == [
        ("centrum voor\n  leerlingenbegeleiding", "CLB")]


def test_unused_terms_become_warnings_with_file_and_line(collections_root):
    terms, _ = load(collections_root)
    assert [str(w) for w in unused_term_warnings(terms, ["Het CLB helpt bij differentiëren.", "Effectgrootte."])] == [
        "content/begrippen/begrippen.yml:8: veld 'term': verwacht een begrip dat op minstens één pagina van de site "
        "voorkomt (als term of als variant); gevonden: 'convergente differentiatie' staat op geen enkele pagina"]


# --- the shipped glossary -----------------------------------------------------------------------

def test_shipped_glossary_loads_with_at_least_thirty_terms():
    terms, errors = load(REPO)
    assert [str(e) for e in errors] == []
    assert len(terms) >= 30


def test_shipped_site_pages_exist_for_every_glossary_link():
    """Links to pages of this site point to a source page or to a page the plugins generate."""
    from leerpunt.catalogue import Sources, load_catalogue
    from leerpunt.pages.site import page_builders
    catalogue = load_catalogue(Sources.from_settings(REPO, "content"))
    pages = set(page_builders(catalogue)) | {p.relative_to(REPO / "content").as_posix()
                                               for p in (REPO / "content").rglob("*.md")}
    assert messages(REPO, known_pages=pages) == []
