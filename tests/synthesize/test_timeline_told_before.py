"""A count of days or weeks told "earlier" or "later" with no event after it ("Two days
earlier, the board had met") counts from the day the article told just before it, in its
own sentence or the one before (session 14; invented text); with no such day, or two, it
places nothing rather than a day counted from the article's date."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

# Thursday 2040-06-14 is the article's day; Monday 2040-06-11 the day it tells first.
ARRIVED = "The mayor of Velmora, Ann Lee, arrived in Orlen on Monday."
MONDAY = ("Monday", "DATE", None, "W:0:-1")


def _dates(sentences: list[str], times: list[tuple[str, str, str | None, str | None]]) -> Any:
    story = Story([make("a", sentences, times, "2040-06-14")])
    return [(e.date, e.sentence) for e in build_timeline(story, infer_dates(story))]


def test_a_count_earlier_counts_from_the_day_of_the_sentence_before() -> None:
    met = "Two days earlier, the harbour board had met to approve her visit."
    got = _dates([ARRIVED, met], [MONDAY, ("Two days earlier", "DATE", None, "D:-2")])
    assert got == [("2040-06-09", 1), ("2040-06-11", 0)]


def test_a_count_later_counts_from_a_day_told_before_it_in_its_own_sentence() -> None:
    text = "Ann Lee arrived in Orlen on March 3, 2040 and left for Velmora a week later."
    times = [("March 3, 2040", "DATE", "2040-03-03", None), ("a week", "DURATION", "P1W", None)]
    assert _dates([text], times) == [("2040-03-03", 0), ("2040-03-10", 0)]


def test_a_count_earlier_with_no_day_before_it_places_nothing() -> None:
    # Negative: the board's approval has no day, so its "two days earlier" is no day counted
    # from the article's date.
    approved = "The harbour board of Velmora approved the plan to widen the quay."
    met = "Two days earlier, the board had met in Orlen to hear the fishermen."
    assert _dates([approved, met], [("Two days earlier", "DATE", None, "D:-2")]) == []


def test_a_count_earlier_after_two_days_places_nothing() -> None:
    # Negative: which of the two days it counts from is not known.
    both = "Ann Lee left Velmora on Monday and reached Orlen on Wednesday."
    met = "Two days earlier, the harbour board had met to approve her visit."
    times = [
        MONDAY,
        ("Wednesday", "DATE", None, "W:2:-1"),
        ("Two days earlier", "DATE", None, "D:-2"),
    ]
    assert [g for g in _dates([both, met], times) if g[1] == 1] == []


def test_a_day_the_analysis_counted_from_a_told_date_is_kept() -> None:
    # Negative: the analysis placed "a day earlier" from a date told further back (no
    # relative form): the sentence before, with no day, must not drop it.
    arrived = "Ann Lee arrived in Orlen on March 3, 2040."
    rain = "Rain kept the fishing fleet of Velmora in port."
    met = "A day earlier, the harbour board had met to approve her visit."
    times = [
        ("March 3, 2040", "DATE", "2040-03-03", None),
        ("A day earlier", "DATE", "2040-03-02", None),
    ]
    assert ("2040-03-02", 2) in _dates([arrived, rain, met], times)


def test_a_later_day_of_the_same_article_is_still_read_from_its_date() -> None:
    # Negative: a count placed from the day before does not move the article's own date
    # for the relative days told after it.
    met = "Two days earlier, the harbour board had met to approve her visit."
    left = "Ann Lee left Orlen on Wednesday."
    times = [
        MONDAY,
        ("Two days earlier", "DATE", None, "D:-2"),
        ("Wednesday", "DATE", None, "W:2:-1"),
    ]
    assert ("2040-06-13", 2) in _dates([ARRIVED, met, left], times)


def test_a_count_ago_still_counts_from_the_article_date() -> None:
    # Negative: "ago" is told from the day of writing, whatever the sentence before says.
    met = "Two days ago, the harbour board met to approve her visit."
    got = _dates([ARRIVED, met], [MONDAY, ("Two days ago", "DATE", None, "D:-2")])
    assert ("2040-06-12", 1) in got


def test_the_real_pipeline_counts_earlier_from_the_day_before(nlp: Any) -> None:
    text = f"{ARRIVED} Two days earlier, the harbour board had met to approve her visit."
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    assert [(e.date, e.sentence) for e in brief.timeline] == [("2040-06-09", 1), ("2040-06-11", 0)]


def _real(nlp: Any, text: str) -> list[tuple[str, int]]:
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [(e.date, e.sentence) for e in brief.timeline]


def test_a_weekday_in_the_past_perfect_is_before_the_day_told_just_before(nlp: Any) -> None:
    met = "The harbour board had met on Tuesday to approve her visit."
    assert ("2040-06-05", 1) in _real(nlp, f"{ARRIVED} {met}")


def test_a_past_perfect_after_said_is_the_weekday_before_the_article(nlp: Any) -> None:
    # "said ... had met" is the past shifted back in reported speech: the Tuesday of the
    # article's week, not the one before Monday (the bare perfect above is the negative).
    said = "Ann Lee said the harbour board had met on Tuesday to approve her visit."
    got = _real(nlp, f"{ARRIVED} {said}")
    assert ("2040-06-05", 1) not in got
    assert ("2040-06-12", 1) in got


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board met on Tuesday to approve her visit.",
        "She had agreed to see the harbour board on Tuesday, but the talks were dropped.",
        "She had been due to open the new quay on Tuesday.",
        "The fishermen of Velmora had gone home by Tuesday.",
        "The clerk who had quit in anger greeted her on Tuesday.",
        "The board had the quay on its list for Tuesday.",
        "The board, which had met in May, voted on Tuesday to approve it.",
    ],
)
def test_a_weekday_of_no_past_perfect_of_its_own_is_left_as_read(nlp: Any, text: str) -> None:
    # Negatives: a simple past tells no order; a perfect governing an infinitive, a
    # deadline, a relative clause's perfect, an aside's and "had" as a verb are not the
    # weekday's.
    got = _real(nlp, f"{ARRIVED} {text}")
    assert ("2040-06-05", 1) not in got
    assert ("2040-06-12", 1) in got


def test_a_past_count_that_would_follow_the_article_date_places_nothing(nlp: Any) -> None:
    # A thing told as done cannot come after the day the article was written.
    text = (
        "The harbour board set a deadline of June 30 for bids. "
        "Two weeks earlier, the Velmora fleet had filed its plan."
    )
    got = _real(nlp, text)
    assert [g for g in got if g[1] == 1] == []
    assert ("2040-06-30", 0) in got


def test_a_coming_count_after_the_article_date_is_kept(nlp: Any) -> None:
    # Negative: told as still to come, a count may fall after the article's date.
    text = "The new quay will open on June 20. A week later, the ferries will sail again."
    assert ("2040-06-27", 1) in _real(nlp, text)
