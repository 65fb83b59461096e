"""The timeline after session 11's review: a count past the calendar or in hyphenated
words, the window of an undated article with several past weekdays, a day in another
zone's bracket, and weekday entries listed apart (session 11; invented text)."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make


def _dates(text: str, expr: str, value: str) -> list[tuple[str, str]]:
    story = Story([make("a", [text], [(expr, "DATE", value, None)], "2040-11-20")])
    return [(e.date, e.expression) for e in build_timeline(story, infer_dates(story))]


def test_a_count_before_a_day_in_hyphenated_words_moves_it_by_the_whole_number() -> None:
    text = "The Orlen pier reopened twenty-one days after Nov. 14, 2040, the council said."
    got = _dates(text, "Nov. 14, 2040", "2040-11-14")
    assert got == [("2040-12-05", "twenty-one days after Nov. 14, 2040")]
    text = "The Orlen pier reopened one day after Nov. 14, 2040, the council said."
    assert _dates(text, "Nov. 14, 2040", "2040-11-14") == [
        ("2040-11-15", "one day after Nov. 14, 2040")
    ]


def test_a_count_before_a_day_past_the_calendar_places_nothing() -> None:
    text = "The Orlen statue was carved 3000 years before Nov. 14, 2040, experts said."
    assert _dates(text, "Nov. 14, 2040", "2040-11-14") == []
    text = "The Orlen statue was carved 300 years before Nov. 14, 2040, experts said."
    assert _dates(text, "Nov. 14, 2040", "2040-11-14") == [
        ("1740-11-14", "300 years before Nov. 14, 2040")
    ]


MET = "Ministers of Orlen and Velmora met in Ostrel on Tuesday to discuss the grid pact."
SIGNED = "The ministers of Orlen and Velmora signed the grid pact in Ostrel on Thursday."


def _met_and_signed(aid: str, published: str | None, times: bool = True) -> object:
    return make(
        aid,
        [MET, SIGNED] if times else [SIGNED],
        ([("Tuesday", "DATE", None, "W:1:-1")] if times else [])
        + [("Thursday", "DATE", None, "W:3:-1")],
        published,
    )


def test_an_undated_article_written_after_two_past_weekdays_keeps_both() -> None:
    # the dated outlet (a Friday) places Tuesday on the 12th and Thursday on the 14th
    story = Story([_met_and_signed("a", "2040-06-15"), _met_and_signed("b", None)])
    dates = infer_dates(story)
    # written after both and within six days of the Tuesday
    assert dates["b"].window == ("2040-06-14", "2040-06-18")
    got = [(e.date, 1 + len(e.also_in)) for e in build_timeline(story, dates)]
    assert got == [("2040-06-12", 2), ("2040-06-14", 2)]


def test_one_past_weekday_gives_the_six_days_after_it() -> None:
    story = Story([_met_and_signed("a", "2040-06-15"), _met_and_signed("b", None, times=False)])
    assert infer_dates(story)["b"].window == ("2040-06-14", "2040-06-20")


def test_a_past_day_more_than_a_week_before_the_latest_bounds_nothing() -> None:
    from crossbrief.synthesize.dates import Clue, _decide

    clues = [Clue("2040-06-01", "past", "x"), Clue("2040-06-14", "past", "y")]
    assert _decide(clues).window == ("2040-06-14", "2040-06-20")
    clues = [Clue("2040-06-10", "past", "x"), Clue("2040-06-14", "past", "y")]
    assert _decide(clues).window == ("2040-06-14", "2040-06-16")


def _zone(text: str, times: list[tuple[str, str, str | None, str | None]]) -> list[str]:
    story = Story([make("a", [text, "Rescue teams reached Orlen on Wednesday."],
                        [*times, ("Wednesday", "DATE", None, "W:2:-1")], "2040-06-14")])  # fmt: skip
    return [e.date for e in build_timeline(story, infer_dates(story))]


def test_a_bracketed_zone_day_is_the_entry_when_the_sentence_gives_no_local_day() -> None:
    text = "The quake hit Orlen at 6:15 am local time (2315 GMT Monday), the survey said."
    clock = ("6:15 am", "TIME", None, "D:0@T06:15")
    zone = ("2315 GMT", "TIME", "2040-06-14T23:15", None)
    # the quake is Monday's on the other zone's calendar: its clock times take no other day
    got = _zone(text, [clock, zone, ("Monday", "DATE", None, "W:0:-1")])
    assert got == ["2040-06-11", "2040-06-13"]


def test_a_bracketed_zone_day_is_dropped_when_the_sentence_gives_the_local_day() -> None:
    text = "The quake hit Orlen at 6:15 am Tuesday (2315 GMT Monday), the survey said."
    got = _zone(text, [("6:15 am Tuesday", "TIME", None, "W:1:-1@T06:15"),
                       ("Monday", "DATE", None, "W:0:-1")])  # fmt: skip
    assert got == ["2040-06-12", "2040-06-13"]
    text = "The quake hit Orlen early Tuesday (2315 GMT Monday), the survey said."
    got = _zone(text, [("early Tuesday", "DATE", None, "W:1:-1"),
                       ("Monday", "DATE", None, "W:0:-1")])  # fmt: skip
    assert got == ["2040-06-12", "2040-06-13"]


def _weekday_expressions(text: str, expr: str) -> list[tuple[str, str]]:
    story = Story([make("a", [text], [(expr, "DATE", None, "W:0:-1")])])
    return [(e.date, e.expression) for e in build_timeline(story, infer_dates(story))]


def test_a_weekday_entry_shows_its_weekday_as_written_not_a_count_joined_to_it() -> None:
    text = "Crane drivers in Orlen joined on Monday, three weeks after the first walkout."
    assert _weekday_expressions(text, "Monday, three weeks") == [("XXXX-WXX-1", "Monday")]
    text = "Crane drivers in Orlen joined early Monday after the first walkout."
    assert _weekday_expressions(text, "early Monday") == [("XXXX-WXX-1", "early Monday")]
    text = "Crane drivers in Orlen joined on Monday night, two days after the walkout."
    got = _weekday_expressions(text, "Monday night, two days")
    assert got == [("XXXX-WXX-1", "Monday night")]
