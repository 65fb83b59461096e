"""A fixed holiday the tagger leaves untagged or calls an event, a place or a work ("on New
Year's Eve" as an event, "before Memorial Day" untagged, "on the Fourth of July" as a
place) is its day where English uses it as a time, after a preposition or a determiner, as a
holiday the tagger calls a date is (session 20; invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.times_found import times_in

# A Monday in March: each holiday told in the past is the one before it.
ANCHOR = "2031-03-10"


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, ANCHOR)}


@pytest.mark.parametrize(
    ("sentence", "holiday", "day"),
    [
        ("Ann Lee was arrested on New Year's Eve in Velmora.", "New Year's Eve", "2030-12-31"),
        ("By New Year's Eve the pier at Orlen had reopened.", "New Year's Eve", "2030-12-31"),
        ("The pier at Orlen reopened on New Year's Day.", "New Year's Day", "2031-01-01"),
        ("Dockers in Velmora marched on Independence Day.", "Independence Day", "2030-07-04"),
        ("The harbour board met before Memorial Day.", "Memorial Day", "2030-05-27"),
        ("Sam Orr sailed to Orlen on the Fourth of July.", "Fourth of July", "2030-07-04"),
    ],
)
def test_a_holiday_the_tagger_misses_is_its_day(
    nlp: Any, sentence: str, holiday: str, day: str
) -> None:
    assert _found(nlp, sentence).get(holiday) == day


@pytest.mark.parametrize(
    "sentence",
    [
        # a modifier of the noun after it: the parade, not the day
        "The harbour board cancelled the Memorial Day parade.",
        "Ann Lee marched in the Independence Day parade.",
        # a title after a verb: the film, not the day
        "Ann Lee watched Independence Day twice.",
        # a kind of the holiday after "a": no one day
        "Ann Lee wished the dockers a happy New Year's Eve.",
    ],
)
def test_a_holiday_name_that_is_no_time_stays_untagged(nlp: Any, sentence: str) -> None:
    # Negative: no holiday's day is found where the name is no time.
    found = _found(nlp, sentence)
    assert not any(v and v[5:] in {"12-31", "07-04", "05-27"} for v in found.values()), found


@pytest.mark.parametrize(
    ("sentence", "holiday", "day"),
    [
        # tagged as an event, a person or a place: the table's name finds them
        ("The pier at Orlen was shut on Bastille Day.", "Bastille Day", "2030-07-14"),
        ("The harbour board met on Remembrance Sunday.", "Remembrance Sunday", "2030-11-10"),
        ("The ferry sank on St Patrick's Day.", "St Patrick's Day", "2030-03-17"),
        ("The mill burned on Armistice Day.", "Armistice Day", "2030-11-11"),
        ("The mill closed on Martin Luther King Day.", "Martin Luther King Day", "2031-01-20"),
        # tagged as a date but never valued
        ("Dockers marched on Remembrance Day.", "Remembrance Day", "2030-11-11"),
    ],
)
def test_a_holiday_of_another_calendar_is_its_day(
    nlp: Any, sentence: str, holiday: str, day: str
) -> None:
    assert _found(nlp, sentence).get(holiday) == day


def test_a_saint_named_alone_is_no_holiday(nlp: Any) -> None:
    # Negative: a saint's name with no "Day" is a person or a place, not the feast.
    found = _found(nlp, "The ferry sank near St Patrick's church on Friday.")
    assert not any(v and v[5:] == "03-17" for v in found.values()), found


def test_a_holiday_inside_a_title_is_no_time(nlp: Any) -> None:
    # Negative: a film's title holding a holiday ("... Waiting for the Fourth of July"), after a
    # capitalised word that is no name, is no day.
    sentence = "Ann Lee, whose films include Orlen Rain and Waiting for the Fourth of July, spoke."
    found = _found(nlp, sentence)
    assert not any(v and v[5:] == "07-04" for v in found.values()), found


def test_a_holiday_after_a_place_is_still_a_day(nlp: Any) -> None:
    # a place before "on" is a name, not a title's word: the day stays
    assert (
        _found(nlp, "Orlen Rovers lost to Velmora on Boxing Day.").get("Boxing Day") == "2030-12-26"
    )
