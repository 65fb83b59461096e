"""Year and day rules from session 11's read of real briefs: a bare month follows the tense
of the clause it belongs to (a gerund's governor, a condition, a habit, a look ahead), one
article gives one month one year, "a Monday" is no day, and a weekday of "the week ahead"
is next week's."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans
from crossbrief.analyze.times import extract_times
from tests.analyze.times_found import times_in

APRIL = "2031-04-16"  # a Wednesday
JUNE = "2031-06-11"
FRIDAY = "2031-04-18"


def _found(nlp: Any, text: str, anchor: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_a_gerund_used_as_a_noun_takes_its_clauses_past(nlp: Any) -> None:
    text = "The inquiry held the mayor for a full day of questioning in October on the pier lease."
    assert _found(nlp, text, JUNE)["October"] == "2030-10"


def test_a_gerund_under_will_stays_ahead(nlp: Any) -> None:
    text = "The board will put the minister through six days of grilling in October."
    assert _found(nlp, text, JUNE)["October"] == "2031-10"


def test_a_relative_clause_with_no_verb_form_tells_no_past(nlp: Any) -> None:
    text = "The two dramas, which both air in November, are due to end the run."
    assert _found(nlp, text, JUNE)["November"] == "2031-11"


def test_a_month_in_a_condition_is_the_coming_one(nlp: Any) -> None:
    text = "Polls rate the mayor the safer pick if she heads the ticket in November."
    assert _found(nlp, text, APRIL)["November"] == "2031-11"


def test_a_month_in_a_past_condition_is_the_last_one(nlp: Any) -> None:
    text = "Polls would have rated the mayor higher if she was the pick in November."
    assert _found(nlp, text, APRIL)["November"] == "2030-11"


def test_a_month_in_a_habit_is_the_coming_one(nlp: Any) -> None:
    text = "A big crowd at a rally seldom turns into a win in November."
    assert _found(nlp, text, APRIL)["November"] == "2031-11"


def test_a_month_in_a_past_fact_is_the_last_one(nlp: Any) -> None:
    text = "A big crowd at the rally did not turn into a win in November."
    assert _found(nlp, text, APRIL)["November"] == "2030-11"


def test_a_month_looked_past_is_ahead(nlp: Any) -> None:
    text = "The mayor was looking beyond November to a city free of debt."
    assert _found(nlp, text, JUNE)["November"] == "2031-11"


def test_a_month_dragged_past_is_behind(nlp: Any) -> None:
    text = "The strike dragged on past November."
    assert _found(nlp, text, JUNE)["past November"] == "2030-11"


def test_an_untensed_month_takes_the_year_of_the_articles_tensed_one(nlp: Any) -> None:
    text = "The turnout in November is the key to the seat. The mayor will run in November."
    times = [
        t.value
        for t in extract_times(
            [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)], APRIL
        )
    ]
    assert times == ["2031-11", "2031-11"]


def test_an_untensed_month_ignores_another_months_tense(nlp: Any) -> None:
    text = "The mayor said the turnout in November is the key. The mayor will run in October."
    found = _found(nlp, text, APRIL)
    assert found["November"] == "2030-11"
    assert found["October"] == "2031-10"


def test_a_weekday_after_a_is_no_day(nlp: Any) -> None:
    text = "The bakery burned down on a Monday morning in spring."
    assert _found(nlp, text, APRIL)["Monday morning"] is None


def test_a_weekday_without_a_is_a_day(nlp: Any) -> None:
    text = "The bakery burned down on Monday morning."
    assert _found(nlp, text, APRIL)["Monday morning"] == "2031-04-14TMO"


def test_a_weekday_of_the_week_ahead_is_next_weeks(nlp: Any) -> None:
    text = "The skippers will sign the lease on Friday during the week ahead."
    assert _found(nlp, text, FRIDAY)["Friday"] == "2031-04-25"


def test_a_weekday_of_next_week_told_from_a_monday(nlp: Any) -> None:
    text = "The ministers will sign the deal next week on Tuesday."
    assert _found(nlp, text, "2031-04-14")["Tuesday"] == "2031-04-22"


def test_a_weekday_alone_under_will_is_this_weeks(nlp: Any) -> None:
    text = "The ministers will sign the deal on Friday."
    assert _found(nlp, text, FRIDAY)["Friday"] == "2031-04-18"


def test_a_weekday_modifying_a_noun_with_a_is_a_day(nlp: Any) -> None:
    text = "About 50 people held a Sunday night concert for the teacher."
    assert _found(nlp, text, APRIL)["Sunday night"] == "2031-04-13TNI"


def test_a_month_opening_a_range_takes_the_year_of_its_end(nlp: Any) -> None:
    text = "The navy fired nine rockets from March to October 2030, a count showed."
    assert _found(nlp, text, APRIL)["March"] == "2030-03"


def test_a_later_month_before_a_dated_one_keeps_its_own_year(nlp: Any) -> None:
    text = "Sales fell in July and rose in June 2031."
    assert _found(nlp, text, APRIL)["July"] == "2030-07"


def test_a_month_under_a_future_told_from_the_past_is_the_nearest(nlp: Any) -> None:
    text = "The club said in May that the coach would go in June."
    assert _found(nlp, text, "2031-08-13")["June"] == "2031-06"


def test_a_month_under_will_is_still_the_next(nlp: Any) -> None:
    text = "The coach will go in June."
    assert _found(nlp, text, "2031-08-13")["June"] == "2032-06"
