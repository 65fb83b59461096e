"""Review findings on inferred dates (session 9): a year search never passes the story's
latest dated article or today, nor takes the pair's own date as its bound; the anniversary
rule tries only the nearest full date; the clue names its sentence by its opening words."""

from __future__ import annotations

import datetime as dt

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import Time
from tests.synthesize.builders import timed_article as make

# 2025-01-06 is a Monday, 2027-01-06 a Wednesday; the story's one dated article is 2025-03-04.
DATED = make("d", ["Five people died in a house fire in Orlen, police said."], [], "2025-03-04")
RAID = "Rockets hit the town of Orlen on {day} (6 January), officials said."


def _pair(day: str, more: tuple[str, ...] = (), times: tuple[Time, ...] = ()) -> AnalyzedArticle:
    pair: list[Time] = [(day, "DATE", None, f"W:{_WEEKDAY[day]}:-1", -1)]
    pair.append(("6 January", "DATE", None, "MD:1:6:-1", -1))
    return make("u", [RAID.format(day=day), *more], pair + list(times))


_WEEKDAY = {"Monday": 0, "Wednesday": 2}
TRUCE = "The truce broke down on 3 November after a raid."
TRUCE_TIME: tuple[Time, ...] = (("3 November", "DATE", None, "MD:11:3:-1", -1),)


def test_the_pairs_own_date_is_no_bound_for_its_year() -> None:
    # "6 January" near the story date is 2025-01-06, no Wednesday: the year search went on
    # to 2027, after the only dated article and today.
    got = infer_dates(Story([DATED, _pair("Wednesday")]))["u"]
    assert got.date is None and not got.inferred


def test_a_pair_past_the_latest_dated_article_says_nothing() -> None:
    # Another past month-day bounds it (2024-11-03), but the next Wednesday 6 January
    # is 2027-01-06, after the story's latest dated article.
    got = infer_dates(Story([DATED, _pair("Wednesday", (TRUCE,), TRUCE_TIME)]))["u"]
    assert got.date is None


def test_a_pair_before_the_latest_dated_article_dates_it() -> None:
    got = infer_dates(Story([DATED, _pair("Monday", (TRUCE,), TRUCE_TIME)]))["u"]
    assert got.date == "2025-01-06" and got.inferred


HISTORY = "The truce between the two towns broke down on Nov. 3, 2020, after a border raid."
PAIR = "Soldiers on Tuesday (5 January) shelled a school in Orlen."
PAIR_TIMES: list[Time] = [
    ("Tuesday", "DATE", None, "W:1:-1", -1),
    ("5 January", "DATE", None, "MD:1:5:-1", -1),
    ("Nov. 3, 2020", "DATE", "2020-11-03", None, -1),
]


def test_a_pair_after_today_in_an_undated_story_says_nothing() -> None:
    a = make("a", [PAIR, HISTORY], PAIR_TIMES)
    assert infer_dates(Story([a]), today=dt.date(2020, 12, 1))["a"].date is None
    assert infer_dates(Story([a]), today=dt.date(2021, 2, 1))["a"].date == "2021-01-05"


def test_the_clue_names_its_sentence_by_its_opening_words() -> None:
    a = make("a", [HISTORY, PAIR], PAIR_TIMES)
    got = infer_dates(Story([a]))["a"]
    assert got.evidence is not None and "(sentence" not in got.evidence
    assert got.evidence.startswith(
        '"Tuesday (5 January)" in "Soldiers on Tuesday (5 January) shelled\u2026"'
    )


# 2021-12-20 is a Monday, 2021-12-21 and 2022-06-07 Tuesdays.
MOURN = "Orlen mourned the dead of the flood 10 years ago Tuesday."
FLOOD = "The flood of Dec. 20, 2011, left 40 dead."
DAM = "A new dam opened on June 7, 2012, downstream."
YEARS: list[Time] = [("10 years ago Tuesday", "DATE", None, "YS:-10:W:1:0", -1)]
FLOOD_TIME: Time = ("Dec. 20, 2011", "DATE", "2011-12-20", None, -1)
DAM_TIME: Time = ("June 7, 2012", "DATE", "2012-06-07", None, -1)


def test_the_anniversary_tries_only_the_nearest_full_date() -> None:
    # The nearest date (the flood's) ten years on is a Monday: no anniversary; the dam's,
    # a sentence further, is a Tuesday ten years on only by chance.
    a = make("a", [MOURN, FLOOD, DAM], [*YEARS, FLOOD_TIME, DAM_TIME])
    assert infer_dates(Story([a]))["a"].date is None


def test_the_anniversary_takes_the_date_in_its_own_sentence() -> None:
    mourn = "Orlen mourned the flood of Dec. 21, 2011, 10 years ago Tuesday."
    flood: Time = ("Dec. 21, 2011", "DATE", "2011-12-21", None, -1)
    a = make("a", [DAM, mourn], [*YEARS, flood, DAM_TIME])
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2021-12-21" and got.evidence and "2011-12-21 10 years on" in got.evidence
