"""Inferred article dates stay near their story (session 10's read): a count inside a quote
or from a day years back dates nothing, and a date far from the story's others is dropped."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import Quote
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import timed_article as make

# Two dated articles of a story in June 2040.
DATED = [
    make("a", ["The dam at Orlen burst, flooding the lower town."], [], "2040-06-10"),
    make("b", ["Rescuers searched the lower town of Orlen."], [], "2040-06-11"),
]
RALLY = "At a rally on May 3, 2037, the mayor spoke about the dam."
PROMISE = '"This is the fifth day of the strike in our town," she said.'


def test_a_count_from_a_day_years_before_the_story_dates_nothing() -> None:
    u = make(
        "u",
        [RALLY, "The strike entered its third day."],
        [("May 3, 2037", "DATE", "2037-05-03", None, -1), ("third day", "DATE", None, None, 0)],
    )
    assert infer_dates(Story([*DATED, u]))["u"].date is None


def test_a_count_from_a_day_near_the_story_still_dates_it() -> None:
    u = make(
        "u",
        ["The strike began on June 5, 2040.", "The strike entered its third day."],
        [("June 5, 2040", "DATE", "2040-06-05", None, -1), ("third day", "DATE", None, None, 0)],
    )
    assert infer_dates(Story([*DATED, u]))["u"].date == "2040-06-07"


def test_a_count_inside_a_quote_is_the_speakers_not_the_articles() -> None:
    u = make(
        "u",
        ["The strike began on June 5, 2040.", PROMISE],
        [("June 5, 2040", "DATE", "2040-06-05", None, -1), ("fifth day", "DATE", None, None, 0)],
    )
    start = u.article.text.index("This is")
    quote = Quote("This is the fifth day of the strike in our town,", start, start + 48, "direct")
    # The start day told in the past bounds the article; the speaker's count does not fix it.
    assert infer_dates(Story([*DATED, replace(u, quotes=(quote,))]))["u"].date == "2040-06-05"
    # Without the quote the same words count from the start day.
    assert infer_dates(Story([*DATED, u]))["u"].date == "2040-06-09"


def test_an_inferred_date_years_from_the_story_date_is_dropped() -> None:
    # A chronology entry dates its article on or after that day: fine near the story date,
    # not three years before it.
    near = make(
        "u",
        ["June 9, 2040: The dam above the lower town of Orlen burst in the night."],
        [("June 9, 2040", "DATE", "2040-06-09", None, 0)],
    )
    far = make(
        "u",
        ["June 9, 2037: The dam above the lower town of Orlen burst in the night."],
        [("June 9, 2037", "DATE", "2037-06-09", None, 0)],
    )
    assert infer_dates(Story([*DATED, near]))["u"].date == "2040-06-09"
    assert infer_dates(Story([*DATED, far]))["u"].date is None


def test_in_an_undated_story_the_odd_inferred_date_out_is_dropped() -> None:
    def entry(aid: str, day: str) -> object:
        y, m, d = day.split("-")
        text = f"{m}/{d}/{y}: The dam above the lower town of Orlen burst in the night."
        return make(aid, [text], [(f"{m}/{d}/{y}", "DATE", day, None, 0)])

    story = Story([entry("p", "2040-06-09"), entry("q", "2040-06-10"), entry("r", "2037-06-09")])  # type: ignore[list-item]
    got = infer_dates(story)
    assert got["p"].date == "2040-06-09" and got["q"].date == "2040-06-10"
    assert got["r"].date is None
