"""Timex leftovers of session 21: "the first half of ..." is a time as "the second half of ...
is; a paper's name with "on Sunday" in it ("the Velmora Mail on Sunday's editor") names no day;
a decade written with an apostrophe before a noun of style is the decade (invented text)."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

WEDNESDAY = "2031-04-23"


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, WEDNESDAY)}


def test_a_first_half_of_a_named_span_is_a_time_as_a_second_one_is(nlp: Any) -> None:
    # "second" is also a unit, which made "the second half of ..." a time and not "the first
    # half of ...": a half of a decade keeps its whole TimeML span with either.
    for text, half in (
        ("Wages rose in the first half of the '70s.", "the first half of the '70s"),
        ("Wages rose in the second half of the '70s.", "the second half of the '70s"),
    ):
        assert _found(nlp, text).get(half) == "197", text


def test_a_first_half_of_play_is_no_half_year(nlp: Any) -> None:
    # Negative: a half of a game stays untagged whichever half it is.
    for text in (
        "Ann Lee scored twice in the first half and the Owls led at the break.",
        "Ann Lee scored twice in the second half and the Owls won the match.",
    ):
        assert not any(v and "-H" in v for v in _found(nlp, text).values()), text
    # Negative: a first half-hour is a count of minutes, no half of the year.
    text = "Velmosoft shares fell in the first half-hour of trading."
    assert not any(v and "-H" in v for v in _found(nlp, text).values())


def test_a_sunday_paper_named_with_on_sunday_names_no_day(nlp: Any) -> None:
    # A Sunday edition named "<Masthead> on Sunday": its possessive or a noun it heads
    # ("survey", "columnist") shows the weekday is a word of the name.
    for text in (
        "The Herald on Sunday's editor Ann Lee backed the harbour board.",
        "A Mail on Sunday survey found most people backed the harbour board.",
    ):
        assert "Sunday" not in _found(nlp, text), text


def test_on_sunday_after_a_paper_or_before_the_subject_stays_a_day(nlp: Any) -> None:
    # Negative: a paper that reported on a Sunday, and a Sunday opening the sentence, are days.
    for text in (
        "On Sunday the mail arrived late at the harbour.",
        "The Velmora Post on Sunday reported that the pier was safe.",
        "Ann Lee sent the mail on Sunday to the harbour board.",
        "Ann Lee told the Post on Sunday night that the pier was safe.",
    ):
        assert any(v and v.startswith("2031-04-20") for v in _found(nlp, text).values()), text


def test_a_decade_with_an_apostrophe_before_a_noun_of_style_is_the_decade(nlp: Any) -> None:
    # "a 1980's style haircut" is a style of the decade: a year has no style of its own.
    for text in (
        "Ann Lee wore a 1980's style jacket to the harbour board.",
        "The Velmora pier has a 1950's look to it.",
    ):
        values = list(_found(nlp, text).values())
        assert values and values[0] in {"198", "195"}, (text, values)
    # Negative: a year's possessive before another noun stays the year.
    text = "The 1990's harvest in Velmora was the worst in a decade."
    assert "1990" in _found(nlp, text).values()
