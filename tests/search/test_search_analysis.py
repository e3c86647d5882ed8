"""The Dutch pipeline in Python: trimmer, accents, stop words, stemmer fixes, diminutives, compounds."""

import re

import pytest

from helpers import REPO
from leerpunt.search import analysis
from leerpunt.search.analysis import (analyse, compound_parts, decompound, diminutive_base, family, fold, is_separator,
                                      normalize, stem, stop_words, tokenize, trim, within_one_edit)

VENDOR = REPO / "plugins" / "leerpunt" / "search" / "assets" / "vendor"


def test_stop_words_are_the_vendored_lunr_languages_list():
    source = (VENDOR / "lunr.nl.min.js").read_text("utf-8")
    vendored = re.search(r'generateStopWordFilter\("([^"]*)"', source).group(1).split()
    assert len(vendored) == 101
    assert stop_words() == frozenset(vendored)


def test_word_characters_are_the_vendored_lunr_languages_ones():
    source = (VENDOR / "lunr.nl.min.js").read_text("utf-8")
    assert re.search(r'wordCharacters="([^"]*)"', source).group(1) == analysis.WORD_CHARACTERS


@pytest.mark.parametrize("token, trimmed", [
    ("quiz", "quiz"), ("yoga", "yoga"), ("reflex", "reflex"), ("2024;", "2024"), ("(phonics)", "phonics"),
    ("differentiëren.", "differentiëren"), ("rekenstrategieën.", "rekenstrategieën"), ("‘huiswerk’", "huiswerk"),
    ("...", ""), ("leerpunt.be/feedback", "leerpunt.be/feedback"), ("«coöperatief»", "coöperatief"),
])
def test_trimmer_keeps_every_latin_letter_and_digit(token, trimmed):
    # lunr.py's own Dutch trimmer gives uiz, oga, refl and keeps '2024;' (baseline measurements)
    assert trim(token) == trimmed


def test_tokenize_splits_on_white_space_and_hyphens_like_lunr():
    assert tokenize("Sociaal-emotioneel  leren\u00a0bij\tKLEUTERS") == ["sociaal", "emotioneel", "leren", "bij", "kleuters"]
    assert is_separator(" ") and is_separator("-") and is_separator("\u3000") and not is_separator("a")


@pytest.mark.parametrize("word, folded", [("coöperatief", "cooperatief"), ("één", "een"), ("geïndividualiseerde",
                                          "geindividualiseerde"), ("crèche", "creche"), ("reëel", "reeel")])
def test_accents_are_folded(word, folded):
    assert fold(word) == folded


def test_emoji_never_become_part_of_a_term():
    assert normalize("huiswerk🙂") == "huiswerk"


@pytest.mark.parametrize("a, b", [
    ("leerlingen", "leerling"), ("strategieën", "strategie"), ("strategieen", "strategie"), ("ideeën", "idee"),
    ("klassen", "klas"), ("lessen", "les"), ("taken", "taak"), ("zomerscholen", "zomerschool"),
    ("coöperatief", "cooperatief"), ("rekenstrategieën", "rekenstrategie"),
])
def test_word_forms_share_a_stem(a, b):
    assert stem(normalize(a)) == stem(normalize(b))


def test_analyse_drops_stop_words_and_keeps_the_normalized_word():
    assert analyse("Een jaar overdoen, of niet?") == [("jaar", stem("jaar")), ("overdoen", stem("overdoen"))]


@pytest.mark.parametrize("word, base", [("kaartje", "kaart"), ("kaartjes", "kaart"), ("stoeltje", "stoel"),
                                        ("balletje", "bal"), ("boompje", "boom"), ("groepjes", "groep")])
def test_diminutives_find_their_base_word_in_the_vocabulary(word, base):
    known = {stem(base), stem("tafel")}
    assert diminutive_base(word, known) == stem(base)


def test_a_diminutive_without_known_base_stays_alone():
    assert diminutive_base("kaartje", {stem("tafel")}) is None
    assert diminutive_base("je", {"j"}) is None


def test_compounds_yield_their_last_part_when_it_is_a_word_of_the_site():
    known = {stem(w) for w in ["strategie", "taal", "wijs", "beeld", "acht", "lijk", "reken", "klas", "kleuter"]}
    assert compound_parts(stem("leesstrategie"), known) == ["strategie"]
    assert compound_parts(stem(normalize("rekenstrategieën")), known) == ["strategie"]
    assert compound_parts(stem("kleuterklas"), known) == ["klas"]        # known first part
    assert compound_parts(stem("totaal"), known) == []                   # first part too short
    assert compound_parts(stem("onderwijs"), known) == []                # first part is a stop word
    assert compound_parts(stem("voorbeeld"), known) == []                # idem
    assert compound_parts(stem("opdracht"), known) == []                 # 'opdr' is no word, 'acht' too short
    assert compound_parts(stem("duidelijk"), known) == []                # -lijk is a suffix


@pytest.mark.parametrize("words, root", [
    (["differentieren", "differentiatie", "gedifferentieerd", "gedifferentieerde", "differentieert"], "~differenti"),
    (["evalueren", "evaluatie", "evaluaties", "geevalueerd"], "~evalu"),
    (["reflecteren", "reflectie", "gereflecteerd"], "~reflect"),
    (["remedieren", "remediering"], "~remedi"),
])
def test_a_derivational_family_shares_one_term(words, root):
    assert {family(word) for word in words} == {root}


@pytest.mark.parametrize("word", ["leren", "kinderen", "sfeer", "actie", "relatie", "klas", "feedback"])
def test_short_roots_and_other_words_have_no_family(word):
    assert family(word) is None


def test_decompound_cuts_at_the_longest_known_tail_with_a_known_head():
    known = {"les", "strategie", "licham", "beweg", "kleuter", "klas", "zorg", "coordinator", "strategieen"}
    assert decompound("leesstrategie", known) == ["les", "strategie"]
    assert decompound("lichaamsbeweg", known) == ["licham", "beweg"]        # linking s
    assert decompound("kleuterklas", known) == ["kleuter", "klas"]
    assert decompound("zorgcoordinator", known) == ["zorg", "coordinator"]
    assert decompound("xyzwstrategie", known) == ["strategie"]              # a long known tail on its own
    assert decompound("leesstrategie", {"les"}) == [] and decompound("klas", known) == []


@pytest.mark.parametrize("a, b, close", [
    ("huiswerk", "huiswerk", True), ("huisswerk", "huiswerk", True), ("huiswrek", "huiswerk", True),
    ("huiswerp", "huiswerk", True), ("huiswer", "huiswerk", True), ("coperatief", "cooperatief", True),
    ("huiswekr", "huiswerk", True), ("uhiswerk", "huiswerk", True),
    ("huiswrk", "huiswerp", False), ("huiswerkje", "huiswerk", False), ("abcd", "badc", False), ("ab", "", False),
])
def test_within_one_edit(a, b, close):
    assert within_one_edit(a, b) is close and within_one_edit(b, a) is close
