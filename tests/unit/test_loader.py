"""The loader turns the small valid fixture into the expected catalogue."""

from helpers import FIXTURES, REPO, load


def test_valid_fixture_loads_without_errors():
    catalogue = load(FIXTURES / "valid")
    assert catalogue.errors == ()
    assert catalogue.broken == ()


def test_approaches_carry_their_figures_and_history():
    catalogue = load(FIXTURES / "valid")
    toolkit = catalogue.toolkit("kern")
    assert [a.slug for a in toolkit.aanpakken] == ["feedback", "leerstijlen"]
    feedback, leerstijlen = toolkit.aanpakken
    assert (feedback.impact, feedback.kosten, feedback.bewijssterkte) == (6, 1, 4)
    assert feedback.historiek[0].wijzigingen[0].van == 5
    assert feedback.kaart.vraag == "Helpt feedback altijd?"
    assert feedback.src_uri == "toolkits/kern/feedback.md"
    assert leerstijlen.impact is None and leerstijlen.geverifieerd is False


def test_guide_recommendations_come_from_headings():
    guide = load(FIXTURES / "valid").guide("goede-feedback")
    assert [(r.anchor, r.bewijs, r.bewijsbron, r.aanpakken) for r in guide.aanbevelingen] == [
        ("taakgericht", "sterk", "https://example.org/gids", ("kern/feedback",)), ("tijd", "", "", ())]
    assert guide.aanbevelingen[0].line == 16
    assert len(guide.reflectiekaarten) == 2
    assert guide.reflectiekaarten[1].antwoord == ""


def test_agenda_theme_links_the_published_guide_that_answers_it():
    agenda = load(FIXTURES / "valid").kennisagenda
    themes = {t.id: t for t in agenda.themas}
    assert themes["feedback"].leidraden == ("goede-feedback",)
    assert themes["huiswerk"].leidraden == ()
    assert themes["model"].pagina == "model/index.md"


def test_catalogue_is_immutable():
    import dataclasses
    import pytest
    catalogue = load(FIXTURES / "valid")
    with pytest.raises(dataclasses.FrozenInstanceError):
        catalogue.toolkits[0].aanpakken[0].impact = 12


def test_crlf_and_bom_are_read_like_plain_utf8(site):
    path = site / "toolkits" / "kern" / "feedback.md"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    catalogue = load(site)
    assert catalogue.errors == ()
    assert catalogue.toolkit("kern").aanpakken[0].titel == "Feedback"


def test_approach_knows_the_recommendations_that_cite_it():
    catalogue = load(FIXTURES / "valid")
    feedback = catalogue.approach("kern/feedback")
    [(guide, recommendation)] = catalogue.citations(feedback)
    assert (guide.slug, recommendation.anchor) == ("goede-feedback", "taakgericht")
    assert catalogue.citations(catalogue.approach("kern/leerstijlen")) == ()


def test_every_shipped_approach_has_two_to_four_related_ones():
    catalogue = load(REPO)
    for approach in catalogue.approaches:
        related = catalogue.related(approach)
        assert 2 <= len(related) <= 4, approach.id
        assert approach not in related and len(set(related)) == len(related)


def test_related_approaches_put_the_editors_choice_first(site):
    path = site / "toolkits/kern/leerstijlen.md"
    path.write_text(path.read_text("utf-8").replace("kaart:", "verwant: [kern/feedback]\nkaart:", 1), "utf-8")
    catalogue = load(site)
    assert catalogue.errors == ()
    assert catalogue.related(catalogue.approach("kern/leerstijlen"))[0].id == "kern/feedback"
