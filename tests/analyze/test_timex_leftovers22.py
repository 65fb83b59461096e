"""Timex leftovers of session 22 (invented text): "last" weekdays of one article name one
week; "the Mail on Sunday" names a paper; a month-day told as gone is not one ahead unless a
verb set it; a header's date anchors no "next day"."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

WEDNESDAY = "2031-04-23"


def _found(nlp: Any, text: str, anchor: str = WEDNESDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_last_weekdays_of_one_article_fall_in_one_week_in_order(nlp: Any) -> None:
    # Read alone, "last Tuesday" on a Wednesday was the day before, after "last Sunday".
    found = _found(nlp, "The storm hit Velmora last Sunday, and the pier fell last Tuesday.")
    assert found["last Sunday"] == "2031-04-20"
    assert found["last Tuesday"] == "2031-04-15"


def test_last_weekdays_already_in_one_week_stay(nlp: Any) -> None:
    # Negative: two "last" weekdays of the article's own week, and a lone one, are unchanged.
    found = _found(nlp, "The storm hit Velmora last Monday, and the pier fell last Tuesday.")
    assert (found["last Monday"], found["last Tuesday"]) == ("2031-04-21", "2031-04-22")
    assert _found(nlp, "The pier fell last Tuesday.")["last Tuesday"] == "2031-04-22"


def test_the_mail_on_sunday_is_a_paper_before_a_verb(nlp: Any) -> None:
    for text in (
        "The Mail on Sunday reported that the pier was unsafe.",
        "Ann Lee told the Independent on Sunday that the pier was unsafe.",
    ):
        assert "Sunday" not in _found(nlp, text), text


def test_a_daily_with_a_sunday_issue_reporting_on_sunday_keeps_the_day(nlp: Any) -> None:
    # Negative: a paper that prints on Sundays may report on one.
    found = _found(nlp, "The Velmora Post on Sunday reported that the pier was unsafe.")
    assert found.get("Sunday") == "2031-04-20"


def test_a_month_day_told_as_gone_is_not_weeks_ahead(nlp: Any) -> None:
    assert _found(nlp, "The harbour vote was held on May 10.")["May 10"] == "2030-05-10"


def test_a_month_day_a_past_verb_set_may_lie_ahead(nlp: Any) -> None:
    # Negative: a day set, scheduled or put off to is one to come.
    for text in (
        "The harbour vote was set for May 10.",
        "The harbour vote was postponed to May 10.",
        "The harbour vote was scheduled on May 10.",
    ):
        assert _found(nlp, text)["May 10"] == "2031-05-10", text


def test_the_next_day_after_a_header_date_only_is_not_dated(nlp: Any) -> None:
    text = "Posted April 21, 2031.\n\nThe storm hit the harbour. The pier fell the next day."
    assert _found(nlp, text)["the next day"] is None


def test_the_next_day_after_an_event_date_counts_from_it(nlp: Any) -> None:
    # Negative: a day an event is told on anchors it, with or without a header before.
    text = "Posted April 21, 2031.\n\nThe storm hit the harbour on April 18. The pier fell the next day."
    assert _found(nlp, text)["the next day"] == "2031-04-19"


def test_a_month_day_of_a_noun_or_a_present_perfect_may_lie_ahead(nlp: Any) -> None:
    # Negative: the day of a deadline, or of what a present perfect brings about, is no day
    # gone (English puts no day gone on a present perfect).
    for text in (
        "Ann Lee gave no reason for the May 10 deadline.",
        "Ann Lee has invited the ministers to a ceremony in Velmora on May 10.",
    ):
        assert _found(nlp, text)["May 10"] == "2031-05-10", text
    # nor is the day of a bare participle of a noun or of an infinitive, which take their
    # time from a clause that may look ahead
    for text in (
        "The song will be in the chart published on May 10.",
        "The board will meet before the vote, widely expected on May 10.",
        "A court said it will hear a bid for the case to be dropped on May 10.",
    ):
        assert _found(nlp, text)["May 10"] == "2031-05-10", text
    # a past perfect's day is gone as a simple past's is
    assert _found(nlp, "The storm had hit Velmora on May 10.")["May 10"] == "2030-05-10"


def test_a_half_of_a_companys_own_year_is_no_calendar_half(nlp: Any) -> None:
    found = _found(nlp, "Velmosoft's profit rose in the first half of its fiscal year.")
    assert found["the first half of its fiscal year"] is None


def test_a_half_of_the_year_or_of_a_named_fiscal_year_keeps_its_value(nlp: Any) -> None:
    # Negative: "this year's" half is the calendar's, and a fiscal year named by its number is
    # placed by it.
    found = _found(nlp, "Harbour tolls rose in this year's first half.")
    assert "2031-H1" in found.values()
    found = _found(nlp, "Velmosoft's profit rose in the second half of fiscal 2030.")
    assert "2030-H2" in found.values()
