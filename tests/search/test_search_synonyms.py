"""The synonyms file editors extend: groups, word groups, and an exact message for every mistake."""

import pytest

from leerpunt.search.analysis import stem
from leerpunt.search.synonyms import group_finder, load_synonyms, packaged_file


def write(tmp_path, text):
    path = tmp_path / "synoniemen.yml"
    path.write_text(text, "utf-8")
    return load_synonyms(path, "synoniemen.yml")


def test_the_shipped_list_is_valid_and_has_the_issue_examples():
    synonyms = load_synonyms(packaged_file(), "synoniemen.yml")
    assert synonyms.errors == ()
    members = {member for group in synonyms.groups for member in group.members}
    assert {"huistaak", "huiswerk", "zittenblijven", "een jaar overdoen"} <= members


def test_word_groups_become_stems_without_stop_words(tmp_path):
    synonyms = write(tmp_path, "- [zittenblijven, een jaar overdoen, blijven zitten]\n")
    group = synonyms.groups[0]
    assert group.token == "=" + stem("zittenblijven")
    assert group.phrases == ((stem("zittenblijven"),), (stem("jaar"), stem("overdoen")),
                             (stem("blijven"), stem("zitten")))


def test_finder_lists_groups_in_order_of_occurrence(tmp_path):
    table = write(tmp_path, "- [huiswerk, huistaak]\n- [zittenblijven, een jaar overdoen]\n").table()
    find = group_finder(table)
    stems = [stem(w) for w in ["jaar", "overdoen", "of", "huistaak", "huiswerk", "jaar"]]
    assert find(stems) == ["=" + stem("zittenblijven"), "=" + stem("huiswerk"), "=" + stem("huiswerk")]
    assert find([]) == []


@pytest.mark.parametrize("text, message", [
    ("huiswerk: huistaak\n",
     "synoniemen.yml:1: verwacht een lijst van groepen, elk een lijst woorden (bv. '- [huiswerk, huistaak]'); "
     "gevonden: een groep velden"),
    ("- [huiswerk, huistaak]\n- [huiswerk]\n",
     "synoniemen.yml:2: veld 'groep 2': verwacht een lijst van minstens twee woorden of woordgroepen; "
     "gevonden: een lijst"),
    ("- huiswerk\n",
     "synoniemen.yml:1: veld 'groep 1': verwacht een lijst van minstens twee woorden of woordgroepen; "
     "gevonden: 'huiswerk'"),
    ("- [huiswerk, de]\n",
     "synoniemen.yml:1: veld 'groep 1': verwacht een woord of woordgroep die iets betekent (niet alleen "
     "stopwoorden zoals 'de' of 'een'); gevonden: 'de'"),
    ("- [huiswerk, 12]\n",
     "synoniemen.yml:1: veld 'groep 1': verwacht een woord of woordgroep die iets betekent (niet alleen "
     "stopwoorden zoals 'de' of 'een'); gevonden: 12"),
    ("- [huiswerk, huistaak]\n- [taken,\n    huistaken]\n",
     "synoniemen.yml:3: veld 'groep 2': verwacht elk woord in één groep; gevonden: 'huistaken' staat ook in groep 1"),
    ("- [huiswerk, huistaak\n",
     "synoniemen.yml:2: verwacht geldige YAML; gevonden: een lijst tussen [ ] die niet goed gesloten is (gevonden: "
     "het einde van het bestand) (controleer inspringing, dubbele punten en aanhalingstekens)"),
])
def test_every_mistake_names_file_line_and_group(tmp_path, text, message):
    synonyms = write(tmp_path, text)
    assert [str(error) for error in synonyms.errors] == [message]


def test_a_wrong_group_is_skipped_and_the_others_still_work(tmp_path):
    synonyms = write(tmp_path, "- [huiswerk, de]\n- [zittenblijven, bisseren]\n")
    assert [group.members for group in synonyms.groups] == [("zittenblijven", "bisseren")]
