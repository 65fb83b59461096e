"""A year-less day named with its weekday in a story no date places takes the one year
between the years the story tells in the past and in the future that it fits (session 11;
invented text). 2033-11-21 is a Monday; so are 2022-11-21 and 2039-11-21."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.builders import Time
from tests.synthesize.builders import timed_article as make

EDITORIAL = "The Orlen Courier printed a letter of thanks on Monday, Nov. 21."
RAN = "The mayor ran for the council in 2031."
WILL = "She will run for governor in 2035."
PAIRED: Time = ("Monday, Nov. 21", "DATE", None, "MD:11:21:-1", -1)


def _dates(sentences: list[str], times: list[Time]) -> list[str]:
    story = Story([make("a", sentences, times)])
    return [e.date for e in build_timeline(story, infer_dates(story))]


def test_a_weekday_and_its_date_between_the_storys_years_take_the_one_that_fits() -> None:
    times = [PAIRED, ("2031", "DATE", "2031", None, -1), ("2035", "DATE", "2035", None, 1)]
    assert "2033-11-21" in _dates([EDITORIAL, RAN, WILL], times)


def test_with_no_future_year_the_day_stays_year_less() -> None:
    times = [PAIRED, ("2031", "DATE", "2031", None, -1)]
    assert "XXXX-11-21" in _dates([EDITORIAL, RAN], times)


def test_two_fitting_years_leave_the_day_year_less() -> None:
    times = [PAIRED, ("2016", "DATE", "2016", None, -1), ("2022", "DATE", "2022", None, 1)]
    ran, will = RAN.replace("2031", "2016"), WILL.replace("2035", "2022")
    assert "XXXX-11-21" in _dates([EDITORIAL, ran, will], times)
