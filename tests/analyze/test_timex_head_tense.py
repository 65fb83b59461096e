"""A weekday takes the tense of the verb it modifies: a to-infinitive has none of its own
(a complement is its governor's, "enabled the board to cut it on Friday" is past; one of
purpose after a past verb is either way), and a participle used as a preposition
("following Friday's flood") is no verb of the clause."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

TUESDAY = "2031-04-22"
# From that Tuesday: the Friday gone, the Friday to come (also the nearest one).
FRIDAY_GONE, FRIDAY_AHEAD = "2031-04-18", "2031-04-25"
MONDAY_GONE, MONDAY_AHEAD = "2031-04-21", "2031-04-28"


def _value(nlp: Any, text: str, expression: str) -> str | None:
    found = {t.text: t.value for t in times_in(nlp, text, TUESDAY)}
    return found[expression]


def test_an_infinitive_under_a_past_verb_is_past(nlp: Any) -> None:
    text = (
        "New surveys enabled the harbour board to cut its estimate of the damage from "
        "40 to 25 boats on Friday, but the owners said the losses were rising."
    )
    assert _value(nlp, text, "Friday") == FRIDAY_GONE


def test_an_infinitive_under_a_plan_in_the_present_stays_ahead(nlp: Any) -> None:
    text = "The harbour board plans to cut its estimate of the damage on Friday."
    assert _value(nlp, text, "Friday") == FRIDAY_AHEAD


def test_an_infinitive_of_an_agreement_told_in_the_past_is_not_made_past(nlp: Any) -> None:
    # Agreed in the past, the meeting may be over or still to come: the nearest Friday.
    text = "The two ministers agreed to meet the fishermen of Velmora again on Friday."
    assert _value(nlp, text, "Friday") != FRIDAY_GONE


def test_a_day_in_the_wake_of_a_past_meeting_is_past(nlp: Any) -> None:
    text = (
        "An official said a meeting of the harbour board was held on Saturday night to "
        "discuss safety in the wake of the Friday squall."
    )
    assert _value(nlp, text, "Friday") == FRIDAY_GONE


def test_an_infinitive_of_purpose_under_will_is_ahead(nlp: Any) -> None:
    text = "Ann Lee will fly to Velmora next week to open the new bridge on Friday."
    assert _value(nlp, text, "Friday") == FRIDAY_AHEAD


def test_a_participle_used_as_a_preposition_tells_no_tense(nlp: Any) -> None:
    text = (
        "The council postponed its vote on the harbour plan following Friday's flood in "
        "Velmora, and the mayor's remarks may be read as a rebuke by the fishermen."
    )
    assert _value(nlp, text, "Friday") == FRIDAY_GONE


def test_a_preposition_participle_under_will_is_not_made_past(nlp: Any) -> None:
    text = "The council will hold its vote on the harbour plan following Friday's count."
    assert _value(nlp, text, "Friday") != FRIDAY_GONE


def test_a_day_of_saying_is_past_whatever_the_reported_clause(nlp: Any) -> None:
    text = "Officials said on Monday that they will reopen the harbour within a month."
    assert _value(nlp, text, "Monday") == MONDAY_GONE


def test_a_day_of_the_reported_future_is_ahead(nlp: Any) -> None:
    text = "Ann Lee will fly out to Velmora on Monday, officials said."
    assert _value(nlp, text, "Monday") == MONDAY_AHEAD


# A to-infinitive of purpose (the parser's advcl) tells what the trip or gathering was for:
# it comes after its governor's event, so under a past verb it may be over or still ahead.
def test_a_purpose_infinitive_after_a_flight_is_not_made_past(nlp: Any) -> None:
    text = "Ann Lee flew to Orlen on Monday to attend Friday's summit of Tessalian mayors."
    assert _value(nlp, text, "Friday") != FRIDAY_GONE


def test_a_purpose_infinitive_after_an_arrival_is_not_made_past(nlp: Any) -> None:
    text = "Ann Lee arrived in Orlen to prepare for the vote on Friday."
    assert _value(nlp, text, "Friday") != FRIDAY_GONE


def test_a_purpose_infinitive_after_a_gathering_is_not_made_past(nlp: Any) -> None:
    text = "The ministers gathered in Orlen to sign the treaty on Friday."
    assert _value(nlp, text, "Friday") != FRIDAY_GONE


def test_a_purpose_infinitive_after_a_journey_is_not_made_past(nlp: Any) -> None:
    text = "Ann Lee traveled to Orlen to attend the funeral on Friday."
    assert _value(nlp, text, "Friday") != FRIDAY_GONE


def test_an_infinitive_whose_subject_is_the_object_stays_past(nlp: Any) -> None:
    # Negative: "forced the board to close it" tells that the closing happened; the parser
    # may label such a complement advcl, but it is no purpose.
    text = "The storm forced the harbour board to close the quay on Friday."
    assert _value(nlp, text, "Friday") == FRIDAY_GONE


def test_an_xcomp_infinitive_under_a_past_verb_stays_past(nlp: Any) -> None:
    # Negative: a complement the parser labels xcomp keeps its governor's tense.
    text = "The harbour board managed to reopen the quay on Friday."
    assert _value(nlp, text, "Friday") == FRIDAY_GONE


def test_a_day_in_the_wake_of_a_coming_clause_is_not_made_past(nlp: Any) -> None:
    # Negative: only a clause in the past or present puts the thing with a wake behind it.
    text = "The harbour board will meet in the aftermath of the Friday squall at the quay."
    assert _value(nlp, text, "Friday") != FRIDAY_GONE
