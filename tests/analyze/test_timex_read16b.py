"""Years of day ranges and of days with a year phrase (session 16): the year written once at
the end of a range of days belongs to both ends ("May 2 - May 8, 2032"), the year of a range's
start carries over to an end without one, and "this year", "last year" or "next year" beside
a day or a holiday sets its year from the article's, not the nearest such day."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

NOVEMBER = "2031-11-19"
FEBRUARY = "2032-02-10"


def _found(nlp: Any, text: str, anchor: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_the_year_ending_a_range_of_days_is_its_starts_too(nlp: Any) -> None:
    found = _found(
        nlp, "The Velmora regatta runs May 2 - May 8, 2033, its organisers said.", NOVEMBER
    )
    assert found["May 2"] == "2033-05-02"
    assert found["May 8, 2033"] == "2033-05-08"


def test_a_range_of_days_in_one_month_takes_the_year_at_its_end(nlp: Any) -> None:
    found = _found(nlp, "The Velmora regatta runs May 2-8, 2033, its organisers said.", NOVEMBER)
    # The tagger may take the range as one time or as two ("May 2" and "8, 2033").
    assert "2033-05-02" in found.values()
    assert "2032-05-02" not in found.values()


def test_a_range_over_new_year_starts_in_the_year_before(nlp: Any) -> None:
    found = _found(
        nlp, "The harbour board shut the quay Dec. 29 - Jan. 5, 2033, it said.", NOVEMBER
    )
    assert found["Dec. 29"] == "2032-12-29"


def test_the_end_of_a_range_takes_its_starts_year(nlp: Any) -> None:
    found = _found(
        nlp, "The harbour board shut the quay Dec. 29, 2033 - Jan. 5, it said.", NOVEMBER
    )
    assert found["Dec. 29, 2033"] == "2033-12-29"
    assert found["Jan. 5"] == "2034-01-05"


def test_a_day_in_another_sentence_keeps_the_nearest_year(nlp: Any) -> None:
    text = "Ann Lee opened the quay on May 2. The regatta ends May 8, 2033."
    assert _found(nlp, text, NOVEMBER)["May 2"] == "2031-05-02"


def test_days_apart_in_a_list_keep_their_own_years(nlp: Any) -> None:
    text = "The board met on May 2 and will meet again on May 8, 2033."
    assert _found(nlp, text, NOVEMBER)["May 2"] == "2031-05-02"


def test_a_holiday_this_year_is_the_articles_years(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee came back to Velmora on Christmas Day this year.", FEBRUARY)
    assert found["Christmas Day this year"] == "2032-12-25"


def test_a_holiday_last_year_is_the_year_before(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee spent Christmas last year at the harbour.", NOVEMBER)
    assert found["Christmas last year"] == "2030-12-25"


def test_a_day_this_year_is_the_articles_year(nlp: Any) -> None:
    found = _found(nlp, "The board voted on Dec. 3 this year to close the quay.", FEBRUARY)
    assert found["Dec. 3 this year"] == "2032-12-03"


def test_a_day_next_year_is_the_year_after(nlp: Any) -> None:
    found = _found(nlp, "The board will vote on March 4 next year.", FEBRUARY)
    assert found["March 4 next year"] == "2033-03-04"


def test_a_month_this_year_is_still_a_month(nlp: Any) -> None:
    found = _found(nlp, "The board voted in March this year to close the quay.", NOVEMBER)
    assert found["March this year"] == "2031-03"


def test_a_holiday_alone_is_still_the_nearest(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee came back to Velmora on Christmas Day.", FEBRUARY)
    assert found["Christmas Day"] == "2031-12-25"


def test_a_bare_day_and_year_ending_a_range_take_its_month(nlp: Any) -> None:
    found = _found(nlp, "The fair at Velmora runs June 3-9, 2031, the board said.", "2030-11-20")
    # Split by the tagger or not, no end is a bare year nor in the article's year.
    assert "2031-06-03" in found.values()
    assert not {"2031", "2030-06-03"} & set(found.values())


def test_a_counted_weekday_holiday_next_year_is_the_year_after(nlp: Any) -> None:
    found = _found(nlp, "The vote falls on Thanksgiving Day next year.", NOVEMBER)
    assert found["Thanksgiving Day next year"] == "2032-11-25"


def test_a_year_phrase_in_another_clause_leaves_the_day_alone(nlp: Any) -> None:
    found = _found(nlp, "The board met on June 12 last year and on May 2.", NOVEMBER)
    assert found["May 2"] == "2031-05-02"
