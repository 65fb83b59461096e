"""A holiday told with its weekday in apposition ("on Christmas Day (Thursday)", "on
Thursday, which was Christmas Day") names one day: the weekday is that day, not the nearest
such weekday to the article's, so the timeline lists the event once (session 19; invented
text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article, TimeExpr
from crossbrief.pipeline import analyze, brief_articles

# A Monday; Christmas Day of the year before was a Thursday.
PUBLISHED = "2032-01-05"


def _dates(nlp: Any, text: str, published: str | None = PUBLISHED) -> list[str]:
    article = Article(id="a", text=text, published=published)
    return [e.date for e in brief_articles([article], nlp=nlp).timeline]


def _times(nlp: Any, text: str) -> list[TimeExpr]:
    return list(analyze([Article(id="a", text=text, published=PUBLISHED)], nlp=nlp)[0].times)


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Orlen on Christmas Day (Thursday), the harbour board said.",
        "The storm hit Orlen on Thursday, which was Christmas Day, the harbour board said.",
        "The storm hit Orlen on Thursday (Christmas Day), the harbour board said.",
    ],
)
def test_a_holiday_and_its_weekday_make_one_entry(nlp: Any, text: str) -> None:
    assert _dates(nlp, text) == ["2031-12-25"]
    weekday = next(t for t in _times(nlp, text) if t.text == "Thursday")
    assert weekday.value == "2031-12-25"


def test_an_undated_article_keeps_one_entry_for_the_holiday(nlp: Any) -> None:
    text = "The storm hit Orlen on Christmas Day (Thursday), the harbour board said."
    assert len(_dates(nlp, text, published=None)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a weekday that is not the holiday's names another day
        "The storm hit Orlen on Christmas Day (Tuesday), the harbour board said.",
        # two times joined by "and" are two days
        "The storm hit Orlen on Christmas Day and on Thursday, the harbour board said.",
    ],
)
def test_a_weekday_that_is_not_the_holidays_keeps_its_own_day(nlp: Any, text: str) -> None:
    # Negative: the weekday is not moved onto the holiday.
    weekday = next(t for t in _times(nlp, text) if t.text in {"Tuesday", "Thursday"})
    assert weekday.value != "2031-12-25"
