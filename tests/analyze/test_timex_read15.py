"""Tense rules from session 15's second read of timelines: an arrangement in the present
passive ("is planned for Sunday") and a scheduled present ("the fair closes on Sunday") are
still to come, and a weekday of the event something has lasted since is past."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

# From a Wednesday the nearest Sunday or Monday is gone and the nearest Friday ahead: a test
# of "still to come" uses the first, one of "past" the second, so the nearest day fails both.
WEDNESDAY = "2031-04-23"
SUNDAY_GONE, SUNDAY_AHEAD = "2031-04-20", "2031-04-27"
MONDAY_AHEAD = "2031-04-28"
FRIDAY_GONE, FRIDAY_AHEAD = "2031-04-18", "2031-04-25"


def _value(nlp: Any, text: str, expression: str) -> str | None:
    found = {t.text: t.value for t in times_in(nlp, text, WEDNESDAY)}
    return found[expression]


def test_a_present_passive_of_arranging_is_still_to_come(nlp: Any) -> None:
    assert _value(nlp, "A march on the harbour is expected on Sunday.", "Sunday") == SUNDAY_AHEAD
    assert _value(nlp, "A new vigil is planned for Sunday at the pier.", "Sunday") == SUNDAY_AHEAD
    assert _value(nlp, "More strikes are set for Monday, one at the port.", "Monday") == (
        MONDAY_AHEAD
    )


def test_a_past_passive_of_arranging_is_not_made_future(nlp: Any) -> None:
    # Told in the past, the plan may be over: the nearest day, not the next one.
    assert _value(nlp, "A march on the harbour was expected on Sunday.", "Sunday") == SUNDAY_GONE
    assert _value(nlp, "A new vigil was planned for Sunday at the pier.", "Sunday") == SUNDAY_GONE


def test_supposed_to_is_an_arrangement_still_to_come(nlp: Any) -> None:
    text = "Ann Lee is supposed to meet the harbour board on Sunday."
    assert _value(nlp, text, "Sunday") == SUNDAY_AHEAD
    text = "Ann Lee was supposed to meet the harbour board on Sunday."
    assert _value(nlp, text, "Sunday") == SUNDAY_GONE


def test_a_scheduled_present_with_its_day_is_still_to_come(nlp: Any) -> None:
    text = "The current season of the quiz ends on Sunday, with three players left."
    assert _value(nlp, text, "Sunday") == SUNDAY_AHEAD
    assert _value(nlp, "The Velmora fair opens Monday.", "Monday") == MONDAY_AHEAD


def test_a_present_of_saying_or_one_about_a_noun_is_not_made_future(nlp: Any) -> None:
    # A reporting verb in the present tells no schedule; a weekday of a noun the present
    # verb governs names that noun's day, not the verb's.
    assert _value(nlp, "Ann Lee says on Sunday that the pier is safe.", "Sunday") != SUNDAY_AHEAD
    text = "The count shows Sunday's vote went against the harbour board."
    assert _value(nlp, text, "Sunday") != SUNDAY_AHEAD
    assert _value(nlp, "The Velmora fair ended Sunday.", "Sunday") == SUNDAY_GONE


def test_a_weekday_of_the_event_since_which_is_past(nlp: Any) -> None:
    text = "Riots have gripped Velmora since the shooting of a boy Friday night."
    assert _value(nlp, text, "Friday night") == FRIDAY_GONE + "TNI"
    text = "Riots have gripped Velmora since the shooting on Friday."
    assert _value(nlp, text, "Friday") == FRIDAY_GONE


def test_a_weekday_of_an_event_not_after_since_keeps_its_tense(nlp: Any) -> None:
    text = "The inquiry into the shooting on Sunday will report to the harbour board."
    assert _value(nlp, text, "Sunday") == SUNDAY_AHEAD


def _texts(nlp: Any, text: str) -> list[str]:
    return [t.text for t in times_in(nlp, text, WEDNESDAY)]


def test_a_weekday_inside_a_newspaper_name_is_no_time(nlp: Any) -> None:
    text = "Ann Lee, who owns the Velmora Post and Free Sunday newspapers, spoke out."
    assert not any("Sunday" in t for t in _texts(nlp, text))
    text = "The mayor told the Sunday Chronicle that the pier was safe."
    assert not any("Sunday" in t for t in _texts(nlp, text))


def test_a_weekday_beside_a_name_or_a_paper_of_that_day_stays(nlp: Any) -> None:
    assert "Tuesday" in _texts(nlp, "Mayor Lena Ortiz Tuesday said the pier was safe.")
    assert "Sunday" in _texts(nlp, "A poll published Sunday in the Velmora Post showed a lead.")
    assert "Sunday" in _texts(nlp, "On Sunday Velmora voted to close the pier.")


def test_a_day_fronted_before_is_to_is_still_to_come(nlp: Any) -> None:
    text = "Later Sunday, Ann Lee is to go to Velmora, where she will sign a deal."
    assert _value(nlp, text, "Later Sunday") == SUNDAY_AHEAD
    # told in the past, the arrangement may be over: the nearest day
    text = "Later Sunday, Ann Lee was to go to Velmora, where she would sign a deal."
    assert _value(nlp, text, "Later Sunday") == SUNDAY_GONE


def test_a_present_of_a_state_or_an_able_past_is_not_made_ahead(nlp: Any) -> None:
    # "need" is no scheduled event, whatever the parser hangs on it; "were able" is past.
    text = "Before any rival can win, Ann Lee said in an interview Sunday, the board needs a plan."
    assert _value(nlp, text, "Sunday") != SUNDAY_AHEAD
    text = "Divers were able Friday to reach the wreck of the Orla off Velmora."
    assert _value(nlp, text, "Friday") == FRIDAY_GONE
