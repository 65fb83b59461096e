"""Two pasts the modal and the present around them hide: "could not" is the past of
"cannot" (an inability told of a day gone, "still could not speak on Sunday"), and a gerund
after "despite" is granted as a fact, so it is over when its clause is in the present
("misses the final despite winning on Saturday"). Under "will", or a "could" with no
negation (a possibility), they stay as they were (invented text)."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in


def _tense(nlp: Any, text: str, expression: str) -> int:
    """The tense the analysis gives ``expression`` in ``text``."""
    found = {t.text: t.tense for t in times_in(nlp, text, "2031-04-22")}
    return found[expression]


def test_could_not_tells_a_past_inability(nlp: Any) -> None:
    text = "The ferryman had woken but still could not speak on Sunday, Ann Lee said."
    assert _tense(nlp, text, "Sunday") == -1


def test_could_without_negation_stays_a_possibility(nlp: Any) -> None:
    # Negative: "could" alone looks ahead.
    text = "The harbour board could vote on the plan on Sunday, Ann Lee said."
    assert _tense(nlp, text, "Sunday") == 1


def test_a_gerund_after_despite_is_over_under_a_present(nlp: Any) -> None:
    text = "Ann Lee misses the Orlen final despite winning the Velmora race on Saturday."
    assert _tense(nlp, text, "Saturday") == -1


def test_a_gerund_after_despite_under_will_is_not_made_past(nlp: Any) -> None:
    # Negative: under "will" the granted fact may be over or still to come.
    text = "Ann Lee will miss the Orlen final despite winning the Velmora race on Saturday."
    assert _tense(nlp, text, "Saturday") != -1
