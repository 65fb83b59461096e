"""Direction and reading rules from session 10's read of real briefs: a weekday naming an
outcome already in is past under a future verb, a month naming when a planned event takes
place is the next one, "a tomorrow" is a noun, and "the month after" an event is no date."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

# A Wednesday in November; a Wednesday in April.
ANCHOR = "2031-11-12"
APRIL = "2031-04-16"


def _found(nlp: Any, text: str, anchor: str = ANCHOR) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_a_known_outcome_on_a_weekday_is_past_under_will(nlp: Any) -> None:
    text = "The party's wins in three towns on Tuesday will change the race for mayor."
    assert _found(nlp, text)["Tuesday"] == "2031-11-11"


def test_a_weekday_between_an_outcome_and_its_verb_is_the_outcomes(nlp: Any) -> None:
    text = "The party's wins in Orlen, Velmora, Tarn and Ostrava on Tuesday will change the race."
    assert _found(nlp, text)["Tuesday"] == "2031-11-11"


def test_a_weekday_after_the_verb_keeps_the_verbs_tense(nlp: Any) -> None:
    text = "The party's wins in Orlen will change the race on Tuesday."
    assert _found(nlp, text)["Tuesday"] == "2031-11-18"


def test_the_results_of_a_weekday_vote_are_past_under_will(nlp: Any) -> None:
    text = "The results of Tuesday's council vote will oblige the mayor to hire more staff."
    assert _found(nlp, text)["Tuesday"] == "2031-11-11"


def test_an_outcome_still_to_come_stays_to_come(nlp: Any) -> None:
    text = "A win on Saturday will secure the title for the club."
    assert _found(nlp, text)["Saturday"] == "2031-11-15"


def test_a_planned_event_named_by_its_month_is_the_next(nlp: Any) -> None:
    text = "The mayor is turning her attention to the November summit."
    assert _found(nlp, text, APRIL)["November"] == "2031-11"


def test_a_planned_event_told_in_the_past_is_the_last(nlp: Any) -> None:
    text = "The mayor walked out of the November summit in anger."
    assert _found(nlp, text, APRIL)["November"] == "2030-11"


def test_a_month_with_no_event_is_still_the_nearest(nlp: Any) -> None:
    text = "The mayor expects snow in November, as the almanac says."
    assert _found(nlp, text, APRIL)["November"] == "2030-11"


def test_a_tomorrow_after_an_article_is_a_noun(nlp: Any) -> None:
    for text in (
        "Picture a tomorrow in which every child can read.",
        "They promise a better tomorrow.",
    ):
        assert "tomorrow" not in _found(nlp, text)


def test_tomorrow_as_an_adverb_is_a_day(nlp: Any) -> None:
    assert _found(nlp, "The council will vote tomorrow.")["tomorrow"] == "2031-11-13"


def test_the_month_after_an_event_is_no_date(nlp: Any) -> None:
    found = _found(nlp, "The week after her election was spent on quarrels.")
    assert found.get("The week") is None


def test_the_month_after_a_date_is_still_dated(nlp: Any) -> None:
    found = _found(nlp, "The week after Christmas was quiet in the town.")
    assert found.get("The week") is not None or found.get("The week after Christmas") is not None


# Review fixes (session 10): a clause merely in the present does not move a planned
# event's month ahead; an outcome still awaited ("due", "expected") keeps the future; an
# event named with a time ("the 2008 crash") is still an event.


def test_a_planned_event_merely_told_in_the_present_keeps_the_nearest(nlp: Any) -> None:
    for text in (
        "The trial in March is now over.",
        "She is still angry about the March hearing.",
        "She is still complaining about the March hearing.",
    ):
        assert _found(nlp, text, APRIL)["March"] == "2031-03", text


def test_a_present_clause_looking_ahead_moves_the_month_ahead(nlp: Any) -> None:
    for text in (
        "Officials are preparing for the March summit.",
        "The March summit is expected to draw forty leaders.",
    ):
        assert _found(nlp, text, APRIL)["March"] == "2032-03", text


def test_an_infinitive_heading_for_a_planned_event_moves_it_ahead(nlp: Any) -> None:
    text = "The wins give her the room to turn her attention toward the November election."
    assert _found(nlp, text, APRIL)["November"] == "2031-11"


def test_an_outcome_still_awaited_keeps_the_future(nlp: Any) -> None:
    for text in (
        "The results due on Friday will decide the race.",
        "The results, due on Friday, will decide the race.",
        "The results expected on Friday will decide the race.",
    ):
        assert _found(nlp, text)["Friday"] == "2031-11-14", text


def test_an_awaited_event_told_in_the_past_is_past(nlp: Any) -> None:
    text = "The verdict scheduled for Monday was delayed by the storm."
    assert _found(nlp, text)["Monday"] == "2031-11-10"


def test_the_year_after_an_event_named_with_a_time_is_no_date(nlp: Any) -> None:
    assert _found(nlp, "The year after the 2008 crash was hard.").get("The year") is None
    assert _found(nlp, "The week after the March 3 vote was calm.").get("The week") is None


def test_an_event_a_clause_wants_or_readies_for_is_ahead(nlp: Any) -> None:
    for text in (
        "Lee wants to attend the March summit.",
        "Lee is eager to attend the March summit.",
        "Lee is getting ready for the summit in March.",
        "Lee is attending the March summit in Oslo.",
        "Lee is ready for the March summit.",
    ):
        assert _found(nlp, text, APRIL)["March"] == "2032-03", text


def test_an_event_told_of_but_not_headed_for_is_the_nearest(nlp: Any) -> None:
    for text in (
        "Lee is still bitter about the March summit.",
        "The March summit is now over, Lee says.",
        "Lee attends many meetings, and the March summit was one.",
    ):
        assert _found(nlp, text, APRIL)["March"] == "2031-03", text
