"""Quote rules limited to their reporting sense (issue 5 review): "not only" is no negation,
refusals of acts are no refusals to speak, a clause joined after an opening quote stays, a
contraction negates, and everyday senses of framed verbs report nothing. Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes import is_refusal
from crossbrief.model import Quote
from tests.analyze.test_quotes import one, quotes


def _reported(nlp: Any, text: str) -> list[Quote]:
    return [q for q in quotes(nlp, text) if q.kind == "indirect"]


def test_not_only_adds_a_statement_and_neither_negates_nor_refuses(nlp: Any) -> None:
    text = "Ann Lee not only said the harbour toll was unfair but also called for a council vote."
    q = one(quotes(nlp, text), "indirect", "harbour toll was unfair")
    assert q.speaker_text == "Ann Lee"
    assert not q.negated
    assert not is_refusal(text, q)


def test_a_plain_not_still_negates_a_statement(nlp: Any) -> None:
    text = "Ann Lee did not say the harbour toll was unfair."
    q = one(quotes(nlp, text), "indirect", "harbour toll was unfair")
    assert q.negated
    assert not is_refusal(text, q)  # a claim denied, shown with its negation


def test_not_commenting_on_whether_is_a_refusal(nlp: Any) -> None:
    text = "Ann Lee did not comment on whether the harbour was closing."
    found = _reported(nlp, text)
    assert found and all(is_refusal(text, q) for q in found)


def test_not_commenting_that_a_claim_holds_is_no_refusal(nlp: Any) -> None:
    # Negative: a claim after the negated verb is a claim denied, not a refusal.
    text = "Ann Lee did not say the harbour was closing."
    q = one(quotes(nlp, text), "indirect", "harbour was closing")
    assert q.negated and not is_refusal(text, q)


@pytest.mark.parametrize(
    "text",
    [
        "The Senate refused to confirm Tom Varga as harbour judge.",
        "The union refused to talk to management until wages rose.",
        "The council refused to address the budget gap.",
        "The harbour police refused to respond to the rocket attacks.",
    ],
)
def test_refusing_an_act_is_no_refusal_to_speak(nlp: Any, text: str) -> None:
    found = _reported(nlp, text)
    assert found
    assert not any(is_refusal(text, q) for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry refused to confirm the report.",
        "The union refused to talk to reporters.",
        "The council declined to address the allegations.",
        "Tom Varga refused to respond to questions about the pier.",
        "Ann Lee would not confirm the report.",
    ],
)
def test_refusing_to_answer_what_was_said_or_asked_is_a_refusal(nlp: Any, text: str) -> None:
    found = _reported(nlp, text)
    assert len(found) == 1
    assert is_refusal(text, found[0])


def test_a_clause_joined_after_an_opening_quote_stays_reported(nlp: Any) -> None:
    text = 'Ann Lee said, "We\'ll see," and that the council vote would be close.'
    found = quotes(nlp, text)
    assert one(found, "direct", "see").speaker_text == "Ann Lee"
    clause = one(found, "indirect", "council vote")
    assert clause.text == "the council vote would be close"
    assert clause.speaker_text == "Ann Lee"


def test_an_act_joined_after_an_opening_quote_is_the_writers(nlp: Any) -> None:
    found = quotes(nlp, 'Ann Lee said, "We\'ll see," and left the hall.')
    assert one(found, "direct", "see").cue == "said"
    assert not [q for q in found if q.kind == "indirect"]


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_contracted_negation_of_comment_is_a_refusal(nlp: Any, mark: str) -> None:
    text = f"Tom Varga didn{mark}t comment on the toll lawsuit."
    q = one(quotes(nlp, text), "indirect", "toll lawsuit")
    assert q.negated
    assert is_refusal(text, q)


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_contracted_negation_of_a_claim_is_no_refusal(nlp: Any, mark: str) -> None:
    text = f"Tom Varga didn{mark}t say the toll would rise."
    q = one(quotes(nlp, text), "indirect", "toll would rise")
    assert q.negated
    assert not is_refusal(text, q)


@pytest.mark.parametrize(
    "text",
    [
        "Workers laid out the bodies in the school gym.",
        "Ann Lee painted the fence as a favour to her neighbour.",
        "Guests, welcomed by the mayor, toured the harbour.",
        "The mayor welcomed the guests to the harbour.",
    ],
)
def test_an_everyday_sense_of_a_framed_verb_reports_nothing(nlp: Any, text: str) -> None:
    assert not _reported(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee laid out the case against the toll.", "case against the toll"),
        ("Ann Lee laid out how the toll would work.", "toll would work"),
        ("Ann Lee painted him as a liar.", "liar"),
        ("The plan, welcomed by the mayor, passed.", "plan"),
        ("The mayor welcomed the decision.", "decision"),
        ("The mayor spoke of the harbour's decline.", "decline"),
    ],
)
def test_a_framed_verb_in_its_reporting_sense_still_reports(
    nlp: Any, text: str, content: str
) -> None:
    assert one(quotes(nlp, text), "indirect", content)


def test_speaking_of_at_the_start_is_a_topic_not_a_report(nlp: Any) -> None:
    found = _reported(nlp, "Speaking of the harbour, the mayor said the toll would rise.")
    assert [q.cue for q in found] == ["said"]
