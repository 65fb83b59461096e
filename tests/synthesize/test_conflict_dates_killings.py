"""Date conflicts of one killing: a month and day of no known year ("April 9" in an undated
article), a verb of occurring whose subject names the event ("the murder took place"), and
a blow told as fatal (invented sentences, built as in test_conflict_dates)."""

from __future__ import annotations

from crossbrief.model import TimeExpr
from crossbrief.synthesize.conflicts.date_events import date_event
from crossbrief.synthesize.conflicts.when import _explicit
from tests.synthesize.test_conflict_dates import article, dates

APR8 = ("Sunday, April 8, 2031", "2031-04-08", None)
APR8_BARE = ("April 8", None, "MD:4:8:-1:P")
APR9 = ("April 9", None, "MD:4:9:-1:P")


def test_a_month_and_day_of_no_year_is_an_explicit_day() -> None:
    t = TimeExpr("April 9", 0, 7, "DATE", None, None, "MD:4:9:-1:P", -1)
    assert _explicit(t) == ("day", "XXXX-04-09", None)
    # a holiday of no year names no month: no explicit day
    assert _explicit(TimeExpr("Christmas", 0, 9, "DATE", None, None, "MD:12:25:-1:H", -1)) is None


def test_two_days_of_one_arrest_one_without_its_year_conflict() -> None:
    a = article("a", "Dorel Vask was arrested by police in Korvath on April 9.", [APR9])
    b = article(
        "b", "Dorel Vask was arrested by police in Korvath on Sunday, April 8, 2031.", [APR8]
    )
    assert dates(a, b) == [["April 9", "Sunday, April 8, 2031"]]


def test_one_day_without_its_year_and_with_it_or_a_year_agree() -> None:
    # negative cases: the same month and day, and a year that a day of no year cannot deny
    a = article("a", "Dorel Vask was arrested by police in Korvath on April 8.", [APR8_BARE])
    b = article(
        "b", "Dorel Vask was arrested by police in Korvath on Sunday, April 8, 2031.", [APR8]
    )
    assert dates(a, b) == []
    c = article(
        "c", "Dorel Vask was arrested by police in Korvath in 2030.", [("2030", "2030", None)]
    )
    assert dates(a, c) == []


def test_a_fatal_shot_and_a_murder_that_took_place_are_one_killing() -> None:
    a = article(
        "a",
        "Prosecutors say Dorel Vask shot Ilse Marn twice in the chest on Sunday, April 8, 2031,"
        " killing her.",
        [APR8],
    )
    b = article(
        "b",
        "The murder of the teacher is thought to have taken place in Korvath on April 9 in Ilse Marn's"
        " flat.",
        [APR9],
    )
    assert dates(a, b) == [["Sunday, April 8, 2031", "April 9"]]


def test_a_body_found_a_day_after_a_killing_is_another_event() -> None:
    # negative case: the finding of the body is dated apart from the killing
    a = article(
        "a",
        "Prosecutors say Dorel Vask shot Ilse Marn dead in Korvath on Sunday, April 8, 2031.",
        [APR8],
    )
    b = article(
        "b", "The body of Ilse Marn was discovered by a farmer outside Korvath on April 9.", [APR9]
    )
    assert dates(a, b) == []


def test_killings_of_two_people_or_two_things_that_took_place_do_not_conflict() -> None:
    # negative cases: one killer, two victims named after the verbs; two events that took place
    a = article(
        "a",
        "Police say Dorel Vask shot Ilse Marn dead in Korvath on Sunday, April 8, 2031.",
        [APR8],
    )
    b = article("b", "Police say Dorel Vask shot Tomas Brenner dead in Korvath on April 9.", [APR9])
    assert dates(a, b) == []
    c = article("c", "The funeral of Ilse Marn took place in Korvath on April 9.", [APR9])
    d = article(
        "d", "The vigil for Ilse Marn took place in Korvath on Sunday, April 8, 2031.", [APR8]
    )
    assert dates(c, d) == []


def test_the_event_of_a_dated_verb() -> None:
    assert date_event("taken", ["The", "murder", "is"], " place ", "") == "kill"
    assert date_event("happened", ["The", "arrest"], " ", "") == "arrest"
    assert date_event("happened", ["It"], " ", "") is None  # no noun to match
    assert date_event("took", ["Lee"], " a walk ", "") == "took"  # no "place": its own verb
    assert date_event("shot", ["Lee"], " dead ", "") == "kill"
    assert date_event("shot", ["Lee", "fatally"], " Hale ", "", "fatally") == "kill"
    assert date_event("shot", ["Lee"], " Hale ", ", killing him") == "kill"
    assert date_event("shot", ["Lee"], " Hale ", " and fled") == "shot"  # not told as fatal


def test_a_subject_noun_in_ly_is_the_event_and_an_adverb_in_ly_is_skipped() -> None:
    # review, session 23: every word in "-ly" was skipped as an adverb, so "the rally took
    # place" had no event noun left and two outlets' days of one rally were never compared
    assert date_event("took", ["The", "rally"], " place ", "") == "rally"
    assert date_event("happened", ["Its", "annual", "assembly"], " ", "") == "assembly"
    assert date_event("took", ["The", "vote", "reportedly"], " place ", "") == "vote"
    assert date_event("happened", ["It", "reportedly"], " ", "") is None
    a = article(
        "a",
        "The rally for the Korvath dockers took place in Velmora on Sunday, April 8, 2031.",
        [APR8],
    )
    b = article("b", "The rally for the Korvath dockers took place in Velmora on April 9.", [APR9])
    assert dates(a, b) == [["Sunday, April 8, 2031", "April 9"]]
