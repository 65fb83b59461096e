"""Rules of tense and year read from the clause around an expression, found reading real
briefs: a gerund takes its governing clause's tense, an event noun its relative clause's,
and a year-less day the year of an "in YYYY" on the same verb."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

# A Thursday.
ANCHOR = "2031-11-13"


def _found(nlp: Any, text: str, anchor: str = ANCHOR) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_gerund_takes_the_tense_of_its_clause(nlp: Any) -> None:
    text = "The island left the union in June after voting in a March ballot."
    assert _found(nlp, text)["March"] == "2031-03"


def test_gerund_under_a_future_clause_is_future(nlp: Any) -> None:
    text = "The island will leave the union in June after voting in a March ballot."
    assert _found(nlp, text)["March"] == "2032-03"


def test_event_noun_takes_the_tense_of_its_relative_clause(nlp: Any) -> None:
    text = (
        "The minister said his army would not retaliate for the shelling of the port on Tuesday, "
        "which he said killed nine."
    )
    assert _found(nlp, text)["Tuesday"] == "2031-11-11"


def test_relative_clause_arranging_the_event_leaves_its_clauses_tense(nlp: Any) -> None:
    text = "The match on Saturday, which was moved from Orlen, will be played in Brno."
    assert _found(nlp, text)["Saturday"] == "2031-11-15"


def test_relative_clause_arranging_the_event_counts_where_its_clause_has_no_tense(
    nlp: Any,
) -> None:
    text = "The match on Saturday, which was moved from Orlen, is sold out."
    assert _found(nlp, text)["Saturday"] == "2031-11-08"


def test_passive_relative_clause_telling_the_event_keeps_its_tense(nlp: Any) -> None:
    text = "The talks on Friday, which were held in Orlen, will lead to a deal."
    assert _found(nlp, text)["Friday"] == "2031-11-07"


def test_event_noun_without_a_relative_clause_keeps_the_verbs_tense(nlp: Any) -> None:
    text = "The minister said his army would not retaliate for the shelling of the port on Tuesday."
    assert _found(nlp, text)["Tuesday"] == "2031-11-18"


def test_gerund_after_which_a_future_clause_comes_is_not_future(nlp: Any) -> None:
    # A Monday: the Saturday just gone is nearer than the coming one.
    text = "After losing to the Orlen side on Saturday, the club will face Brno next week."
    assert _found(nlp, text, "2031-11-17")["Saturday"] == "2031-11-15"


def test_gerund_before_which_a_future_clause_comes_stays_future(nlp: Any) -> None:
    text = "The club will train in Brno before playing Orlen on Saturday."
    assert _found(nlp, text, "2031-11-17")["Saturday"] == "2031-11-22"


def test_year_less_day_takes_the_year_of_its_clause(nlp: Any) -> None:
    text = (
        "The coast was hit hard by a strong Boxing Day earthquake and flood in 1999, killing many."
    )
    assert _found(nlp, text)["Boxing Day"] == "1999-12-26"


def test_day_joined_to_its_year_by_in_is_that_years(nlp: Any) -> None:
    text = "The coast was hit by a storm on Dec. 26 in 2004."
    assert _found(nlp, text)["Dec. 26 in 2004"] == "2004-12-26"


def test_year_of_another_clause_is_not_taken(nlp: Any) -> None:
    text = "The coast was hit hard by a storm on Boxing Day, and the dam was built in 2004."
    # told in the past, the holiday is the one already kept, not the one six weeks ahead
    assert _found(nlp, text)["Boxing Day"] == "2030-12-26"


def test_year_in_a_comparison_is_not_the_clauses_year(nlp: Any) -> None:
    text = "Turnout on March 3 was higher than in 2004."
    assert _found(nlp, text)["March 3"] == "2031-03-03"


def test_year_of_another_heads_phrase_is_not_the_clauses_year(nlp: Any) -> None:
    text = "The March 3 vote, like the one in 2004, was close."
    assert _found(nlp, text)["March 3"] == "2031-03-03"


def test_year_as_a_name_is_not_the_clauses_year(nlp: Any) -> None:
    text = "The 2004 budget was passed on Dec. 26 by the council."
    # not 2004's; a day told as gone is the last one (no scheduling verb sets it ahead)
    assert _found(nlp, text)["Dec. 26"] == "2030-12-26"


def test_to_this_day_is_the_present(nlp: Any) -> None:
    text = "The rebuilding of the port continues to this day."
    assert _found(nlp, text)["this day"] == "PRESENT_REF"


def test_this_day_alone_is_the_day(nlp: Any) -> None:
    text = "The port reopened this day after the storm."
    assert _found(nlp, text)["this day"] == ANCHOR
