"""Rules of anchoring found reading real briefs: a day told inside a narrated past episode
takes the episode's year, "the next Saturday" counts from the day last named, numeric and
ISO dates are dates, "ahead of" looks forward, and "late-night comedians" names no time."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex import normalise
from tests.analyze.times_found import times_in

# A Thursday in April.
ANCHOR = "2031-04-17"


def _found(nlp: Any, text: str, anchor: str = ANCHOR) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_yearless_day_in_a_narrated_episode_takes_its_year(nlp: Any) -> None:
    text = "The notes begin on Jan. 6, 2030, at the tower. On Feb. 8, the two men met again."
    assert _found(nlp, text)["Feb. 8"] == "2030-02-08"


def test_yearless_day_without_an_episode_is_read_from_the_article_date(nlp: Any) -> None:
    text = "The two men met at the tower. On Feb. 8, the two men met again."
    assert _found(nlp, text)["Feb. 8"] == "2031-02-08"


def test_yearless_day_before_the_episode_date_is_not_in_it(nlp: Any) -> None:
    text = "The notes begin on March 6, 2030, at the tower. On Feb. 8, the two men met again."
    assert _found(nlp, text)["Feb. 8"] == "2031-02-08"


def test_future_yearless_day_is_not_in_the_episode(nlp: Any) -> None:
    text = "The notes begin on Jan. 6, 2030, at the tower. The two men will meet on May 8."
    assert _found(nlp, text)["May 8"] == "2031-05-08"


def test_the_next_weekday_counts_from_the_day_last_named(nlp: Any) -> None:
    text = "On Jan. 6, 2031, the adviser said he had scheduled a call for the next Saturday."
    assert _found(nlp, text)["the next Saturday"] == "2031-01-11"


def test_next_weekday_without_article_counts_from_the_article_date(nlp: Any) -> None:
    text = "On Jan. 6, 2031, the adviser was hired. He will call next Saturday."
    assert _found(nlp, text)["next Saturday"] == "2031-04-19"


def test_numeric_date_is_read_month_first_and_anchors_the_next_day(nlp: Any) -> None:
    text = "He typed the notes on 1/6/30 and sent them to his deputy the next day."
    found = _found(nlp, text)
    assert found["1/6/30"] == "2030-01-06"
    assert found["the next day"] == "2030-01-07"


def test_numeric_forms_that_are_no_date() -> None:
    assert normalise("13/6/30")[1:] == (None, None)  # no thirteenth month
    assert normalise("10/30/89")[1] == "1989-10-30"  # a two-digit year past 50 is the 1900s


def test_iso_date_is_one_expression(nlp: Any) -> None:
    assert _found(nlp, "Posted 2030-11-12 by the desk.") == {"2030-11-12": "2030-11-12"}


def test_month_ahead_of_in_the_present_is_to_come(nlp: Any) -> None:
    text = "Party leaders are keen to remind voters ahead of November's elections."
    assert _found(nlp, text)["November"] == "2031-11"


def test_month_ahead_of_in_the_past_stays_past(nlp: Any) -> None:
    text = "Hackers broke into the party's servers ahead of November's elections."
    assert _found(nlp, text)["November"] == "2030-11"


def test_part_of_day_compound_before_a_noun_is_no_time(nlp: Any) -> None:
    assert "late-night" not in _found(nlp, "He became the darling of late-night audiences.")


def test_part_of_day_after_a_preposition_is_a_time(nlp: Any) -> None:
    assert _found(nlp, "He called the office late at night.") == {"late at night": "2031-04-17TNI"}


def test_the_next_weekday_told_in_the_past_with_no_day_named_has_no_value(nlp: Any) -> None:
    text = "The adviser said he had scheduled a call for the next Saturday."
    assert _found(nlp, text) == {"the next Saturday": None}


def test_the_next_weekday_to_come_with_no_day_named_counts_from_today(nlp: Any) -> None:
    text = "The adviser will call the next Saturday."
    assert _found(nlp, text) == {"the next Saturday": "2031-04-19"}


def test_anaphoric_day_told_in_the_past_after_the_article_date_has_no_value(nlp: Any) -> None:
    text = (
        "The memos were sent on Thursday. The adviser had scheduled a call for the next Saturday."
    )
    assert _found(nlp, text)["the next Saturday"] is None


def test_anaphoric_day_told_in_the_past_before_the_article_date_stays(nlp: Any) -> None:
    text = "The memos were sent on Monday. The adviser had scheduled a call for the next Wednesday."
    assert _found(nlp, text)["the next Wednesday"] == "2031-04-16"


def test_a_day_written_long_before_starts_no_episode(nlp: Any) -> None:
    text = "Born on Jan. 1, 2000, in Orlen, Vale was arrested on Feb. 8."
    assert _found(nlp, text)["Feb. 8"] == "2031-02-08"
