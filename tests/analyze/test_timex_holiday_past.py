"""A holiday told in the past is one already kept (session 18, invented text): in an article
of early January, "stayed at home over Christmas" is the Christmas just gone, not the one eleven
months ahead, though a month-day told in the past may still fall a few weeks after the
article's day (a deadline set for it)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import TimeExpr
from tests.analyze.times_found import times_in


def _found(nlp: Any, text: str, anchor: str) -> dict[str, TimeExpr]:
    return {t.text: t for t in times_in(nlp, text, anchor)}


def test_a_holiday_told_in_the_past_is_the_one_gone(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee stayed with her family in Velmora over Christmas.", "2032-01-06")
    assert found["Christmas"].value == "2031-12-25"


def test_a_holiday_told_in_the_past_weeks_before_it_is_last_years(nlp: Any) -> None:
    # The article is 35 days before Christmas: within a deadline's grace, yet already kept.
    found = _found(nlp, "Ann Lee stayed with her family in Velmora over Christmas.", "2031-11-20")
    assert found["Christmas"].value == "2030-12-25"


def test_a_weekday_holiday_told_in_the_past_is_the_one_gone(nlp: Any) -> None:
    # Thanksgiving, the fourth Thursday of November: 2031-11-27 is three weeks ahead.
    found = _found(nlp, "Ann Lee was with her sons in Velmora at Thanksgiving.", "2031-11-05")
    assert found["Thanksgiving"].value == "2030-11-28"


def test_a_holiday_told_as_still_to_come_is_the_next(nlp: Any) -> None:
    # Negative: the future tense keeps the coming holiday.
    found = _found(
        nlp, "Ann Lee will stay with her family in Velmora over Christmas.", "2031-12-02"
    )
    assert found["Christmas"].value == "2031-12-25"


def test_a_holiday_told_in_the_past_just_before_the_article_is_this_years(nlp: Any) -> None:
    # Negative: the Christmas just gone is in the article's year when the article is after it.
    found = _found(nlp, "Ann Lee stayed with her family in Velmora over Christmas.", "2031-12-28")
    assert found["Christmas"].value == "2031-12-25"


def test_a_month_day_told_in_the_past_keeps_its_grace(nlp: Any) -> None:
    # Negative: a day a deadline was set for may lie weeks after the article's day.
    found = _found(nlp, "The harbour board moved the vote to Jan. 30.", "2032-01-06")
    assert found["Jan. 30"].value == "2032-01-30"


def test_a_holiday_bounding_a_past_event_may_lie_ahead(nlp: Any) -> None:
    # Negative: "before Christmas" bounds what was done; the coming one is meant.
    found = _found(
        nlp, "The harbour board finished the Velmora pier before Christmas.", "2031-12-02"
    )
    assert found["Christmas"].value == "2031-12-25"


@pytest.mark.parametrize(
    ("text", "holiday", "value"),
    [
        (
            "The harbour board called off the boat show planned for Christmas Day.",
            "Christmas Day",
            "2031-12-25",
        ),
        (
            "The Velmora ferry line put on two more sailings for Christmas.",
            "Christmas",
            "2031-12-25",
        ),
        ("The harbour board moved the regatta to Christmas Eve.", "Christmas Eve", "2031-12-24"),
        (
            "The concert was scheduled on Christmas Eve at the Velmora pier.",
            "Christmas Eve",
            "2031-12-24",
        ),
    ],
)
def test_a_holiday_a_past_event_aims_at_may_lie_ahead(
    nlp: Any, text: str, holiday: str, value: str
) -> None:
    # The session 18 review: an aim or a schedule's day is no holiday already kept.
    assert _found(nlp, text, "2031-12-10")[holiday].value == value


def test_a_holiday_a_past_event_fell_on_is_still_last_years(nlp: Any) -> None:
    # Negative: "on Christmas Day" after a plain past verb is the one already kept.
    found = _found(nlp, "Ann Lee was sworn in as harbour chief on Christmas Day.", "2031-12-10")
    assert found["Christmas Day"].value == "2030-12-25"
