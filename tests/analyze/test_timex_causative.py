"""A to-infinitive after a causative's object ("caused the board to close the quay on
Friday"), which the parser labels ccomp with the object as its subject, takes the
causative's tense as the object-less complement does; a ccomp infinitive under any other
verb keeps the reading it had."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

TUESDAY = "2031-04-22"
# From that Tuesday: the Friday gone and the one to come.
FRIDAY_GONE, FRIDAY_AHEAD = "2031-04-18", "2031-04-25"


def _value(nlp: Any, text: str, expression: str = "Friday") -> str | None:
    found = {t.text: t.value for t in times_in(nlp, text, TUESDAY)}
    return found[expression]


def test_a_complement_of_a_past_causative_with_its_subject_is_past(nlp: Any) -> None:
    for verb in ("caused", "allowed"):
        text = f"The storm {verb} the harbour board of Velmora to close the north quay on Friday."
        assert _value(nlp, text) == FRIDAY_GONE, verb


def test_a_complement_of_a_coming_causative_is_ahead(nlp: Any) -> None:
    # Negative: the causative's tense is taken, not the past.
    text = "The new rule will allow the town of Orlen to open a school on Friday."
    assert _value(nlp, text) == FRIDAY_AHEAD


def test_a_complement_with_its_subject_under_a_verb_of_wanting_is_not_made_past(
    nlp: Any,
) -> None:
    # Negative: what was wanted may be over or still to come.
    text = "The harbour board wanted the town of Orlen to open a school on Friday."
    assert _value(nlp, text) != FRIDAY_GONE
