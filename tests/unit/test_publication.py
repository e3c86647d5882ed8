"""The publication check: editors' notes, placeholders and repository paths never reach readers."""

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import load
from leerpunt.publication import MARKERS, leaks_in, markers_in, output_leaks, public_lines, source_marker_errors
from helpers import sources_for


def test_editors_fields_and_yaml_comments_are_not_public():
    text = ("titel: Feedback\n# TODO: nakijken\nverificatie: >-\n  Uit de pdf-extractie van 2018;\n  nog aan te vullen.\n"
            "samenvatting: Tekst.\nkaart:\n  vraag: Vraag?\n")
    public = public_lines(text)
    assert public.split("\n") == ["titel: Feedback", "", "", "", "", "samenvatting: Tekst.", "kaart:", "  vraag: Vraag?", ""]


def test_in_markdown_only_the_front_matter_has_comments():
    text = "---\ntitel: x\n# TODO\nverificatie: nota\n---\n# Titel\n## Aan de slag\n"
    assert public_lines(text, markdown=True).split("\n") == ["---", "titel: x", "", "", "---", "# Titel",
                                                               "## Aan de slag", ""]


def test_a_marker_in_public_text_is_an_error_with_its_line(site):
    path = site / "toolkits/kern/feedback.md"
    path.write_text(path.read_text("utf-8").replace("## Wat is het?\n\nTekst.",
                                                    "## Wat is het?\n\nZie research/anchors-mission.md."), "utf-8")
    assert [str(e) for e in source_marker_errors(sources_for(site))] == [
        "toolkits/kern/feedback.md:29: verwacht tekst voor lezers, zonder notities voor de redactie, plaatshouders of "
        "paden in de repository; gevonden: een pad in de repository: 'research/anchors-mission.md'"]


def test_a_marker_in_an_editors_field_is_fine(site):
    path = site / "toolkits/kern/feedback.md"
    path.write_text(path.read_text("utf-8").replace("verificatie: Gecontroleerd in de test.",
                                                    "verificatie: >-\n  TODO nog aan te vullen uit eef-toolkit.json"),
                    "utf-8")
    assert source_marker_errors(sources_for(site)) == []


def test_an_editors_note_in_the_output_is_a_leak(tmp_path):
    note = "Gecontroleerd tegen de opgeslagen EEF-pagina van 2026-11-02."
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(f"<p>Cijfers: {note}</p>", "utf-8")
    (tmp_path / "b.json").write_text('{"x": "schoon"}', "utf-8")
    assert output_leaks(tmp_path, [note]) == [
        "a/index.html: verwacht geen tekst voor de redactie in wat de site publiceert; gevonden: een notitie voor de "
        "redactie: 'Gecontroleerd tegen de opgeslagen EEF-pagina van 2026-11-02.…'"]


def test_notes_are_found_across_line_breaks():
    assert leaks_in("<p>Uit de\n  snapshot van EEF, nog niet live bekeken.</p>",
                    ["Uit de snapshot van EEF, nog niet live bekeken."])


def test_the_fixture_site_is_clean(site):
    assert source_marker_errors(sources_for(site)) == []
    assert load(site).errors == ()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["nog aan te ", "vullen", "TODO", "xTODO", "\n", " ", "kleurcode ", "verloren",
                                 "plugins/", "x.py", "Lorem", " ipsum", "é", "anchors-mission", "EEF-toolkit.json",
                                 "ſcripts/", "TODo", "java", "scripts/", "javascripts/", "FıXME", "\u212aleurcode ",
                                 "\u0130"]),
                max_size=12))
def test_markers_are_found_as_line_by_line_finds_them(parts):
    """The keyword pre-pass never hides a marker, and one pass per pattern finds what a pass per line does."""
    text = "".join(parts)
    assert markers_in(text) == _markers_line_by_line(text)


def _markers_line_by_line(text):
    found = []
    for offset, line in enumerate(text.split("\n")):
        taken = []
        for marker in MARKERS:
            for match in marker.pattern.finditer(line):
                if not any(start < match.end() and match.start() < end for start, end in taken):
                    taken.append(match.span())
                    found.append((offset, match.group(0), marker.what))
    return found


def test_a_note_is_found_inside_longer_words_and_only_where_it_is():
    note = "Gecontroleerd tegen de opgeslagen EEF-pagina van 2026-11-02."
    assert leaks_in(f"<p>xx{note}yy</p>", [note])  # its first and last words may be parts of longer ones
    assert not leaks_in("<p>Gecontroleerd tegen de opgeslagen EEF-paginas van 2026-11-02.</p>", [note])
    assert leaks_in("<p>drie woorden hier</p>", ["drie woorden hier"]) and not leaks_in("<p>drie</p>", ["drie woorden"])


def test_files_that_passed_before_are_skipped_only_while_they_stay_the_same(tmp_path):
    from leerpunt.buildcache import TextStore, digest
    from leerpunt.publication import leak_check_version

    note = "Gecontroleerd tegen de opgeslagen EEF-pagina van 2026-11-02."
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.html").write_text("<p>schoon</p>", "utf-8")
    (site / "b.html").write_text(f"<p>{note}</p>", "utf-8")
    passed = TextStore(tmp_path / "passed.json", leak_check_version([note]))
    assert [m.split(":")[0] for m in output_leaks(site, [note], passed)] == ["b.html"]
    assert set(passed.entries) == {digest(b"<p>schoon</p>")}  # only what passed
    (site / "a.html").write_text(f"<p>nu wel: {note}</p>", "utf-8")
    assert [m.split(":")[0] for m in output_leaks(site, [note], passed)] == ["a.html", "b.html"]
    assert leak_check_version([note]) != leak_check_version([note, "Nog een notitie voor de redactie hier."])


def test_a_new_search_index_name_alone_does_not_make_a_page_that_passed_be_read_again(tmp_path):
    """Every page names the search index, whose name changes with any edit of the site."""
    from leerpunt.buildcache import TextStore
    from leerpunt.publication import leak_check_version
    from leerpunt.search.index import index_file

    note = "Gecontroleerd tegen de opgeslagen EEF-pagina van 2026-11-02."
    site = tmp_path / "site"
    site.mkdir()
    page = site / "a.html"
    page.write_text(f'<p>schoon</p><div data-index="../{index_file("0123456789ab")}"></div>', "utf-8")
    passed = TextStore(tmp_path / "passed.json", leak_check_version([note]))
    assert output_leaks(site, [note], passed) == []
    page.write_text(f'<p>schoon</p><div data-index="../{index_file("ba9876543210")}"></div>', "utf-8")
    assert output_leaks(site, [note], passed) == [] and len(passed.entries) == 1  # one page, one key
    # The rest of the page still counts: a note beside the new name is found.
    page.write_text(f'<p>{note}</p><div data-index="../{index_file("ba9876543210")}"></div>', "utf-8")
    assert [m.split(":")[0] for m in output_leaks(site, [note], passed)] == ["a.html"]
