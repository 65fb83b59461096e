"""Page stamps and put-off days (session 22, invented text): a stamp's full date written
with its weekday or after a clock and a time zone is one date; a day a present perfect puts
something off "until" is one to come."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

THURSDAY = "2031-04-24"


def _found(nlp: Any, text: str, anchor: str | None = THURSDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_a_weekday_stamp_with_day_month_year_and_clock_is_one_full_date(nlp: Any) -> None:
    text = "Velmora pier falls\n\nSaturday, 27 September 2031 01:43\t\n\nThe pier fell."
    found = _found(nlp, text, None)
    assert found.get("Saturday, 27 September 2031") == "2031-09-27", found
    assert "Saturday, 27" not in found


def test_a_clock_and_zone_before_the_date_make_one_time(nlp: Any) -> None:
    text = "Velmora pier falls\n\nPublished 9:46 PM CDT Apr 20, 2031\n\nThe pier fell."
    found = _found(nlp, text, None)
    assert found.get("9:46 PM CDT Apr 20, 2031") == "2031-04-20T21:46", found


def test_a_clock_with_no_full_date_after_it_stays_alone(nlp: Any) -> None:
    # Negative: a clock followed by a day with no year is not taken on to it, nor is a
    # dated note later in the sentence.
    found = _found(nlp, "The pier opened at 9 p.m. on Sunday in Velmora.")
    assert "9 p.m." in found and "Sunday" in found, found
    found = _found(nlp, "The pier shut at 9 p.m., the board said in a note of April 20, 2031.")
    assert found.get("April 20, 2031") == "2031-04-20", found
    assert not any(k.startswith("9 p.m.") and k != "9 p.m." for k in found), found


def test_a_day_put_off_to_in_the_present_perfect_lies_ahead(nlp: Any) -> None:
    for text in (
        "The chair said the harbour hearing has been delayed until Monday.",
        "The harbour vote has been postponed till Monday.",
        "The harbour vote has been pushed back to Monday.",
    ):
        assert _found(nlp, text)["Monday"] == "2031-04-28", text


def test_a_day_put_off_to_in_the_past_perfect_is_not_forced_ahead(nlp: Any) -> None:
    # Negative: "had been delayed" tells a plan already past; and a day something was
    # done on, not put off to, keeps its past reading.
    found = _found(nlp, "Ann Lee said the hearing had been delayed until Monday.")
    assert found["Monday"] == "2031-04-21"
    assert _found(nlp, "The harbour board has met on Monday.")["Monday"] == "2031-04-21"
