"""Conflicts and moments: a reading at a clock time is one moment of a moving quantity
(invented sentences; figures and time expressions placed by hand)."""

from __future__ import annotations

from tests.synthesize.builders import conflict_values, figure_article

UNDATED = "The krona was trading at 11.42 against the dollar in Velmora on the day."


def test_a_reading_at_a_clock_time_does_not_meet_an_undated_one() -> None:
    # the clock time opens the sentence, far from the figure: it dates the whole sentence
    a = figure_article(
        "a",
        "At 0950 GMT, after a quiet night of trade in Asia, the krona was trading at 11.86 "
        "against the dollar in Velmora.",
        [("11.86", "")],
        ["0950 GMT"],
    )
    b = figure_article("b", UNDATED, [("11.42", "")])
    assert conflict_values(a, b) == []


def test_two_undated_readings_still_conflict() -> None:
    a = figure_article(
        "a",
        "After a quiet night of trade in Asia, the krona was trading at 11.86 against the "
        "dollar in Velmora.",
        [("11.86", "")],
    )
    b = figure_article("b", UNDATED, [("11.42", "")])
    assert conflict_values(a, b) == [["11.86", "11.42"]]


def test_a_word_for_a_time_of_day_is_no_clock_time() -> None:
    # "tonight" names no moment a reading could be tied to: the counts still disagree
    a = figure_article(
        "a",
        "Rescuers tonight said 41 miners were trapped in the Ostrel pit.",
        [("41", "miners")],
        ["tonight"],
    )
    b = figure_article(
        "b", "Rescuers said 44 miners were trapped in the Ostrel pit.", [("44", "miners")]
    )
    assert conflict_values(a, b) == [["41", "44"]]


TOLL = "The quake struck the Ostrel valley and killed 45 people in the town."


def test_a_clock_time_dating_an_event_leaves_its_counts_comparable() -> None:
    # "at 2.30am" dates the quake, not a reading of a moving quantity: the tolls disagree
    a = figure_article(
        "a",
        "The quake struck the Ostrel valley at 2.30am and killed 41 people in the town.",
        [("41", "people")],
        ["2.30am"],
    )
    b = figure_article("b", TOLL, [("45", "people")])
    assert conflict_values(a, b) == [["41", "45"]]
    a = figure_article(
        "a",
        "By 5pm on Monday, rescuers said 41 miners were trapped in the Ostrel pit.",
        [("41", "miners")],
        ["5pm"],
    )
    b = figure_article(
        "b", "Rescuers said 44 miners were trapped in the Ostrel pit.", [("44", "miners")]
    )
    assert conflict_values(a, b) == [["41", "44"]]


def test_a_percentage_read_at_a_clock_time_is_a_reading() -> None:
    a = figure_article(
        "a",
        "At 1300 GMT, the Velmora index was down 1.2% on the day in heavy trade.",
        [("1.2%", "percent")],
        ["1300 GMT"],
    )
    b = figure_article(
        "b", "The Velmora index was down 0.8% on the day in heavy trade.", [("0.8%", "percent")]
    )
    assert conflict_values(a, b) == []


def test_a_whole_price_in_a_currency_read_at_a_clock_time_is_a_reading() -> None:
    a = figure_article(
        "a",
        "At 0950 GMT, the Velmora dollar bought 104 Ostrel yen in thin trade.",
        [("104", "yen")],
        ["0950 GMT"],
    )
    b = figure_article(
        "b", "The Velmora dollar bought 109 Ostrel yen in thin trade.", [("109", "yen")]
    )
    assert conflict_values(a, b) == []


def test_a_whole_level_after_a_level_verb_read_at_a_clock_time_is_a_reading() -> None:
    a = figure_article(
        "a",
        "At 1300 GMT, the Velmora share index stood at 27,512 in heavy trade.",
        [("27,512", "")],
        ["1300 GMT"],
    )
    b = figure_article(
        "b", "The Velmora share index stood at 27,100 in heavy trade.", [("27,100", "")]
    )
    assert conflict_values(a, b) == []


TOLL_RISEN = "The death toll in the Ostrel valley had risen to 60 in the town."


def test_a_rising_toll_read_at_a_clock_time_is_an_update() -> None:
    a = figure_article(
        "a",
        "By 5pm, the death toll in the Ostrel valley had risen to 41 in the town.",
        [("41", "")],
        ["5pm"],
    )
    b = figure_article("b", TOLL_RISEN, [("60", "")])
    assert conflict_values(a, b) == []
    # read at no stated time, the two levels still disagree
    a = figure_article(
        "a", "The death toll in the Ostrel valley had risen to 41 in the town.", [("41", "")]
    )
    assert conflict_values(a, b) == [["41", "60"]]
