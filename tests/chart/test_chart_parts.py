"""The small parts of the chart: spreading boxes, measuring and fitting text, numbers."""

from hypothesis import given
from hypothesis import strategies as st

from leerpunt.chart.numbers import fmt
from leerpunt.formatting import signed_months as signed
from leerpunt.chart.spread import spread
from leerpunt.chart.text import ELLIPSIS, fit_lines, short_title, text_width, two_lines, wrapped


def test_boxes_that_do_not_touch_stay_where_they_want():
    assert spread([10, 50, 90], [10, 10, 10], 2, 0, 100) == [10, 50, 90]


def test_touching_boxes_move_apart_evenly():
    assert spread([50, 50], [10, 10], 0, 0, 100) == [45, 55]


def test_boxes_stay_within_bounds():
    assert spread([0, 0], [10, 10], 0, 0, 100) == [5, 15]
    assert spread([100, 100], [10, 10], 0, 0, 100) == [85, 95]


@given(st.lists(st.tuples(st.floats(0, 500), st.floats(1, 60)), min_size=1, max_size=20), st.floats(0, 10))
def test_spread_never_overlaps_and_keeps_order(boxes, gap):
    boxes.sort()
    targets, heights = [t for t, _ in boxes], [h for _, h in boxes]
    centres = spread(targets, heights, gap, 0, 10_000)
    for (a, ha), (b, hb) in zip(zip(centres, heights), zip(centres[1:], heights[1:])):
        assert b - a >= (ha + hb) / 2 + gap - 1e-6
    assert centres[0] - heights[0] / 2 >= -1e-6


def test_short_title_drops_the_explanation():
    assert short_title("Klank-letterkoppeling (phonics)") == "Klank-letterkoppeling"
    assert short_title("Peer tutoring: leerlingen leren van elkaar") == "Peer tutoring"
    assert short_title("Feedback") == "Feedback"


def test_two_lines_balances_at_a_space():
    assert two_lines("Strategieën voor begrijpend lezen", 12) == ("Strategieën voor", "begrijpend lezen")
    assert two_lines("Feedback", 12) == ("Feedback",)


def test_two_lines_hyphenates_only_when_spaces_cannot_fit():
    assert two_lines("Sociaal-emotioneel leren", 12, 200) == ("Sociaal-emotioneel", "leren")
    first, second = two_lines("Gedragsinterventies", 12, 80)
    assert first.endswith("-") and (first[:-1] + second) == "Gedragsinterventies"
    assert two_lines("Eén-op-éénbegeleiding", 12, 100) == ("Eén-op-", "éénbegeleiding")  # its own hyphen first
    assert two_lines("Eén-op-éénbegeleiding", 12, 80) == ("Eén-op-één-", "begeleiding")


def test_fit_lines_cuts_with_an_ellipsis():
    lines = fit_lines("Een heel lange titel die nooit in twee korte regels past", 12, 60)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, 12) <= 60 for line in lines)
    assert fit_lines("Kort", 12, 60) == ("Kort",)
    assert all(text_width(line, 12) <= 40 for line in fit_lines("Onderwijsassistenten helpen", 12, 40))


def test_wider_letters_measure_wider():
    assert text_width("WWW", 12) > text_width("iii", 12)
    assert text_width("é", 12) == text_width("e", 12)


def test_numbers_are_stable_and_signed():
    assert fmt(1.0) == "1" and fmt(1.235) == "1.24" and fmt(-0.001) == "0"
    assert signed(6) == "+6" and signed(0) == "0" and signed(-3) == "\u22123"


def test_wrapped_hyphenates_a_word_too_long_for_a_line_and_keeps_every_letter():
    width = text_width("Geïndividuali-", 12.5)
    lines = wrapped("Geïndividualiseerde instructie", 12.5, width)
    assert lines is not None and lines[0].endswith("-") and len(lines) <= 3
    assert all(text_width(line, 12.5) <= width for line in lines)
    assert " ".join(lines).replace("- ", "") == "Geïndividualiseerde instructie"  # only the added hyphen


def test_wrapped_gives_up_past_the_lines_it_may_use():
    assert wrapped("een twee drie vier vijf zes", 12.5, text_width("twee", 12.5), max_lines=3) is None
    assert wrapped("Gedragsinterventies", 12.5, text_width("G", 12.5)) is None  # not even a syllable fits
