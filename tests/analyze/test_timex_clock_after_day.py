"""A clock time right after a whole day ("on Sunday, 14 March, 1430 GMT") is that day's time,
also in an undated article, where the day has only its relative form (session 23; invented
text); a clock time after no day stays on the day last named or the article's own."""

from __future__ import annotations

from typing import Any

from crossbrief.model import TimeExpr
from tests.analyze.times_found import times_in


def _times(nlp: Any, text: str, anchor: str | None) -> dict[str, TimeExpr]:
    return {t.text: t for t in times_in(nlp, text, anchor)}


TEXT = "Velmora Rovers meet Orlen City at Harbour Park on Sunday, 14 March, 1430 GMT."


def test_a_clock_after_a_day_of_an_undated_article_is_that_days(nlp: Any) -> None:
    times = _times(nlp, TEXT, None)
    day, clock = times["Sunday, 14 March"], times["1430 GMT"]
    assert day.relative is not None and clock.value is None
    assert clock.relative == f"{day.relative}@T14:30"


def test_a_clock_after_a_day_with_at_is_that_days(nlp: Any) -> None:
    text = "The harbour board of Velmora meets on 3 June, at 0930 GMT, to hear the Orlen bid."
    times = _times(nlp, text, None)
    day = times["3 June"]
    assert times["0930 GMT"].relative == f"{day.relative}@T09:30"


def test_a_dated_article_keeps_the_clock_on_the_day_it_follows(nlp: Any) -> None:
    times = _times(nlp, TEXT, "2031-03-10")
    assert times["1430 GMT"].value == "2031-03-14T14:30"


def test_a_clock_after_other_words_keeps_the_article_day(nlp: Any) -> None:
    # Negative: words between the day and the clock ("and the ferry sails at") leave the
    # clock on the day it had.
    text = (
        "Velmora Rovers met Orlen City on Sunday, 14 March, and the ferry home leaves at 1430 GMT."
    )
    times = _times(nlp, text, None)
    assert not (times["1430 GMT"].relative or "").startswith("MD:")
