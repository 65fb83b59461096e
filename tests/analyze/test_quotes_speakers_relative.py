"""A relative pronoun speaker ("who said", "which said", "that said") stands for the noun
its clause modifies: named by that noun's name, or by a predicate's subject ("Lee is a
lawyer who said"), or, with no name, shown as the noun phrase, never as "which". Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


def test_who_keeps_its_span_when_it_names_someone(nlp: Any) -> None:
    text = "Piet Marsh, the harbour master, who said the dredging would cost too much, left."
    q = one(quotes(nlp, text), "indirect", "dredging would cost")
    assert q.speaker_text == "who"
    assert q.speaker_name == "Piet Marsh"


def test_who_after_a_predicate_stands_for_its_subject(nlp: Any) -> None:
    text = "Mayor Tomas Reed is a stubborn man who said the bridge would never close."
    q = one(quotes(nlp, text), "indirect", "bridge would never close")
    assert q.speaker_name == "Tomas Reed"


def test_who_after_a_list_of_predicates_stands_for_the_shared_subject(nlp: Any) -> None:
    text = (
        "Ann Voss runs the pier and is a harbour pilot, diver and union organiser who "
        "warned that the pier was unsafe."
    )
    q = one(quotes(nlp, text), "indirect", "pier was unsafe")
    assert q.speaker_name == "Ann Voss"


def test_which_is_shown_as_the_group_it_stands_for(nlp: Any) -> None:
    text = "Farmers joined a small residents' group which said the new bridge was unsafe."
    q = one(quotes(nlp, text), "indirect", "bridge was unsafe")
    assert q.speaker_text is not None
    assert q.speaker_text.endswith("group")
    assert q.speaker_text.lower() not in {"which", "that", "who"}


def test_a_direct_quote_from_a_relative_clause_names_its_holder(nlp: Any) -> None:
    text = (
        "Councillors read out a letter from the ferry union, which warned: "
        '"We will stop every boat on Friday if the pay talks fail."'
    )
    q = one(quotes(nlp, text), "direct", "stop every boat")
    assert q.speaker_text is not None
    assert "union" in q.speaker_text
    assert q.speaker_text.lower() not in {"which", "that", "who"}


def test_a_quote_between_the_noun_and_its_clause_is_left_out(nlp: Any) -> None:
    text = (
        'A docker known as "the iron lady of the docks," who said the strike was over, went home.'
    )
    found = quotes(nlp, text)
    q = one(found, "indirect", "strike was over")
    assert q.speaker_text is not None and "iron lady" not in q.speaker_text


def test_a_thing_that_says_is_shown_with_the_one_who_holds_it(nlp: Any) -> None:
    text = 'Tomas Reed released a video that said: "You will learn from the best teachers in town."'
    q = one(quotes(nlp, text), "direct", "learn from the best")
    assert q.speaker_text == "Tomas Reed"


def test_a_thing_speaking_in_a_clause_under_a_holder_is_the_holders(nlp: Any) -> None:
    text = 'The protesters will hold banners proclaiming: "No more ferries to nowhere!"'
    q = one(quotes(nlp, text), "direct", "No more ferries")
    assert q.speaker_text == "The protesters"


def test_a_thing_with_no_holder_stays_the_speaker(nlp: Any) -> None:
    text = 'A report that said, "The pier is unsafe," was on every desk.'
    q = one(quotes(nlp, text), "direct", "pier is unsafe")
    assert q.speaker_text == "A report"


def test_who_after_a_pronoun_keeps_its_span(nlp: Any) -> None:
    # "those" names no one either: the pronoun keeps the span PolNeAR-style annotators mark.
    text = "Those who said the old pier was safe have gone quiet."
    q = one(quotes(nlp, text), "indirect", "pier was safe")
    assert q.speaker_text == "who"


@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        (
            "Boeing met regulators. It was Tom Reed who told reporters that the jet was safe.",
            "jet was safe",
            "Tom Reed",
        ),
        (
            "The Kremlin was quiet. It was Tom Reed who said the talks had failed.",
            "talks",
            "Tom Reed",
        ),
        (
            'Ann Lee met voters. The winner was Tom Reed, who said: "We did it."',
            "We did it",
            "Tom Reed",
        ),
        ('It was Tom Reed who said: "We lost the vote."', "lost the vote", "Tom Reed"),
        ('The real winner is Ann Lee, who said: "We did it together."', "together", "Ann Lee"),
    ],
)
def test_a_name_after_be_stands_for_who(nlp: Any, text: str, said: str, name: str) -> None:
    # A name is never climbed from, and a cleft "it" or a common noun is never climbed to.
    found = [q for q in quotes(nlp, text) if said in q.text]
    assert found
    assert all(q.speaker_name == name for q in found)


def test_a_thing_speaking_under_a_thinking_verb_stays_the_speaker(nlp: Any) -> None:
    # The officials believe what the letter said; they do not hold it.
    text = 'Officials believe the letter stated: "We have the hostages."'
    q = one(quotes(nlp, text), "direct", "hostages")
    assert q.speaker_text == "the letter"


def test_who_after_a_predicate_of_who_stands_for_the_name(nlp: Any) -> None:
    text = (
        "Ann Lee met voters. Tom Reed, who is a lawyer and activist who said the pier was "
        "unsafe, left early."
    )
    q = one(quotes(nlp, text), "indirect", "pier was unsafe")
    assert q.speaker_name == "Tom Reed"
