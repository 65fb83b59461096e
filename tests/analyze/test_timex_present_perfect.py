"""A weekday told of a verb in the present perfect ("has voted on Friday") is past: the
present perfect tells an event already over, as the simple past does. A reporting verb in
the present perfect ("has said the port will close on Friday") leaves the reported clause's
own tense to decide, as "said" does."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

WEDNESDAY = "2031-04-23"
# From that Wednesday: the Friday gone (five days back) and the one to come (two days on).
FRIDAY_GONE, FRIDAY_AHEAD = "2031-04-18", "2031-04-25"


def _value(nlp: Any, text: str, expression: str = "Friday") -> str | None:
    found = {t.text: t.value for t in times_in(nlp, text, WEDNESDAY)}
    return found[expression]


def test_a_weekday_of_a_present_perfect_is_past(nlp: Any) -> None:
    texts = [
        "The harbour board of Velmora has voted on Friday to close the north quay.",
        "The north quay of Velmora has been closed on Friday by the harbour board.",
        "The storm has forced the harbour board of Velmora to close the quay on Friday.",
        "Ann Lee has tried to reach the harbour board of Velmora on Friday.",
        "Ann Lee has resigned from the harbour board, citing a vote on Friday.",
    ]
    for text in texts:
        assert _value(nlp, text) == FRIDAY_GONE, text


def test_a_present_perfect_reporting_verb_leaves_the_reported_tense(nlp: Any) -> None:
    # Negative: "has said" does not make what is still to come past.
    assert _value(nlp, "Ann Lee has said the port of Velmora will close on Friday.") == FRIDAY_AHEAD
    assert _value(nlp, "Ann Lee has said the port of Velmora closed on Friday.") == FRIDAY_GONE


def test_a_present_perfect_that_looks_ahead_is_not_made_past(nlp: Any) -> None:
    # Negative: an arrangement, an agreement or a deadline points at a day still to come.
    texts = [
        "The harbour board of Velmora has scheduled a vote for Friday.",
        "The harbour board of Velmora has agreed to meet on Friday.",
        "The harbour board of Velmora has agreed to talks on Friday.",
        "The north quay of Velmora has been closed until Friday.",
        "The harbour board of Velmora has to decide on Friday.",
        "The harbour board of Velmora has got to close the north quay on Friday.",
        # An infinitive of purpose tells what the event was for, which may still be ahead.
        "Ann Lee has flown to Orlen to attend the harbour summit on Friday.",
    ]
    for text in texts:
        assert _value(nlp, text) != FRIDAY_GONE, text


def test_an_infinitive_under_a_present_perfect_is_not_made_past(nlp: Any) -> None:
    # The present perfect tells that the choosing or summoning is over, not the act it looks
    # ahead to; a state lasting through a day is no event of that day.
    texts = [
        "The harbour council of Velmora has chosen to close the quay on Friday.",
        "Tom Varga has been summoned to appear in court in Orlen on Friday.",
        "The court in Orlen has summoned Tom Varga to appear on Friday.",
        "The harbour council of Velmora has volunteered to host the talks on Friday.",
        "The harbour council of Velmora has opted to close the quay on Friday.",
        "The north quay of Velmora has been closed through Friday.",
    ]
    for text in texts:
        assert _value(nlp, text) == FRIDAY_AHEAD, text


def test_a_causative_in_the_present_perfect_still_makes_its_infinitive_past(nlp: Any) -> None:
    # Negative: "has forced them to close" tells that the closing happened, and a present
    # perfect's own event stays past.
    for text in (
        "The gale has enabled the harbour board of Velmora to cut fees on Friday.",
        "The gale has forced the harbour council of Velmora to close the quay on Friday.",
        "The harbour council of Velmora has closed the north quay on Friday.",
    ):
        assert _value(nlp, text) == FRIDAY_GONE, text
