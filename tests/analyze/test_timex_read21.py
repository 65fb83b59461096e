"""Timex rules from session 21's read of timelines: a fixture told in the present whose verb
the tagger took for a noun is still to come; a weekday of a newspaper's name, a year-shaped
version number of a product, a period of a game's season and a weekday of every month are no
dates of the calendar; a holiday's season is its month, not the feast day."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

# From a Wednesday the nearest Saturday is gone and the next one ahead.
WEDNESDAY = "2031-04-23"
SATURDAY_GONE, SATURDAY_AHEAD = "2031-04-19", "2031-04-26"


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, WEDNESDAY)}


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.text: t.type for t in times_in(nlp, text, WEDNESDAY)}


def test_a_fixture_told_in_the_present_is_still_to_come_whatever_its_tag(nlp: Any) -> None:
    # The tagger reads "face" after a subject with a bracketed record as a noun: its subject
    # still makes it the clause's verb, a present of a timetable.
    text = "The Velmora Owls (11-5) face the Orlen Hawks (7-9) in a wildcard game Saturday."
    assert _found(nlp, text)["Saturday"] == SATURDAY_AHEAD
    # Negative: told in the past, the same fixture is the Saturday gone.
    text = "The Velmora Owls (11-5) faced the Orlen Hawks (7-9) in a wildcard game Saturday."
    assert _found(nlp, text)["Saturday"] == SATURDAY_GONE


def test_a_weekday_before_a_newspaper_word_names_the_paper(nlp: Any) -> None:
    found = _found(nlp, "The memoir, by Sunday Herald columnist Ann Lee, blames the board.")
    assert "Sunday" not in found
    found = _found(nlp, "Ann Lee told the Sunday Post that the pier was safe.")
    assert "Sunday" not in found
    # Negative: a weekday before a name that is no paper's stays a day.
    assert _found(nlp, "The board met on Sunday and Ann Lee resigned.")["Sunday"] is not None


def test_a_year_shaped_version_of_a_product_is_no_year(nlp: Any) -> None:
    found = _found(nlp, "The patch fixes a flaw in Velmosoft Server 2003 and Windows 2000.")
    assert not any(v in {"2003", "2000"} for v in found.values())
    # Negative: a year after a preposition, or a month, stays a year.
    assert _found(nlp, "The harbour was built in 2000.")["2000"] == "2000"
    assert _found(nlp, "The pier closed in March 2003.")["March 2003"] == "2003-03"
    # Negative: a place before a year names an event held there that year.
    found = _found(nlp, "Few expect the Velmora side to play at Brazil 2030.")
    assert "2030" in found.values()


def test_an_event_named_with_its_year_keeps_the_year(nlp: Any) -> None:
    # The tagger reads a tournament or a fair named with its year as a date or an event,
    # where it reads a product's version as a product, a facility or an organisation.
    found = _found(nlp, "Lee was knocked out of Euro 2004 by a late goal.")
    assert "2004" in found.values()
    found = _found(nlp, "The Expo 2010 site opened to visitors.")
    assert "2010" in found.values()


def test_a_half_of_the_season_or_minutes_of_a_half_are_no_half_year(nlp: Any) -> None:
    text = "Lee, whose role grew over the second half of their season, scored 14 points."
    assert not any(v and v.endswith("-H2") for v in _found(nlp, text).values())
    text = "The Owls scored five points in the opening 90 seconds of the second half."
    assert not any(v and v.endswith("-H2") for v in _found(nlp, text).values())
    # Negative: a half of the year named stays a half-year.
    text = "Velmosoft said its profit rose sharply in the second half of the year."
    assert any(v and v.endswith("-H2") for v in _found(nlp, text).values())


def test_a_weekday_of_every_month_is_a_habit_not_a_day(nlp: Any) -> None:
    text = "The harbour board meets on the third Thursday of each month."
    found, types = _found(nlp, text), _types(nlp, text)
    assert all(v is None or not v.startswith("2031") for v in found.values())
    assert "SET" in types.values()
    # Negative: a weekday with no "every" is one day.
    assert _found(nlp, "The harbour board released its report on Tuesday.")["Tuesday"] == (
        "2031-04-22"
    )


def test_a_holiday_season_is_its_month_not_the_feast_day(nlp: Any) -> None:
    found = _found(nlp, "Sales at the Velmora store fell during the Christmas season.")
    assert found["the Christmas season"] == "2030-12"
    found = _found(nlp, "Sales at the Velmora store fell over the Christmas period.")
    assert found["the Christmas period"] == "2030-12"
    # Negative: the feast itself is its day.
    found = _found(nlp, "The Velmora store closed on Christmas Day.")
    assert found["Christmas Day"] == "2030-12-25"


def test_a_past_temporal_clause_under_a_present_one_keeps_its_own_past(nlp: Any) -> None:
    # The date is in the "after" clause, told in the simple past: a day gone, not the
    # nearest Aug 30 (which, from April, lies ahead).
    text = "The closure of the Velmora pier comes after Ann Lee rear-ended a ferry on Aug 30."
    assert _found(nlp, text)["Aug 30"] == "2030-08-30"
    # Negative: a present in the temporal clause still takes the main clause's reading.
    text = "The closure of the Velmora pier comes before Ann Lee visits Orlen on Aug 30."
    assert _found(nlp, text)["Aug 30"] == "2031-08-30"
