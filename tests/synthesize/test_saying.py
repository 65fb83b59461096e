"""Synthesis's verbs of saying come from the quote lexicon's words and inflections; the
lists of another meaning (plans, a speaker's frame) stay apart (invented sentences)."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.conflicts.when import _said
from crossbrief.synthesize.saying import PLANNING, SAYING, forms, past_forms
from crossbrief.synthesize.summary_rules import pronoun_speaker
from tests.synthesize.test_facts_events import pair


def test_forms_are_the_lexicons_inflections_and_an_unknown_verb_is_an_error() -> None:
    assert {"said", "says", "say", "saying"} <= forms({"say"})
    assert {"urged", "urges"} <= forms({"urge"})
    assert {"said", "urged", "wrote", "written", "planned"} <= past_forms(SAYING | PLANNING)
    # neither the base nor a form in -s or -ing is a past form
    assert not {"say", "says", "saying", "urge", "plans"} & past_forms(SAYING | PLANNING)
    with pytest.raises(ValueError, match="moor"):
        forms({"say", "moor"})
    # an act of the lexicon's that is an event in a fact is no verb of saying here
    assert not {"supported", "ordered", "released"} & past_forms(SAYING | PLANNING)


def test_a_pronoun_speaker_with_any_verb_of_saying() -> None:
    assert pronoun_speaker("The harbour will reopen in May, he announced.")
    assert pronoun_speaker('"Reopen the harbour," she urged.')
    assert pronoun_speaker("The looms were never sold, he continued.")  # a speaker's frame
    # negative case: an act, not words, after the pronoun
    assert not pronoun_speaker("The harbour was closed, so he ordered a ferry.")


def said(words: str) -> bool:
    """Whether a time right after ``words`` dates a statement."""
    return _said(words.split())


def test_a_time_after_a_verb_of_saying_dates_the_statement_not_the_event() -> None:
    assert said("Police urged")
    assert said("The council published")
    # negative cases: an event's verb, and a summons ("called") beside a time
    assert not said("The harbour reopened")
    assert not said("Police were called")


def test_a_verb_of_saying_makes_no_claim_but_an_act_of_the_lexicons_does() -> None:
    assert pair("Ilse Varga tweeted on Tuesday.", "Ilse Varga has tweeted.") == 0.0
    # negative case: "released" carries a quote in the lexicon but tells an event here
    x = "Police in Korvath released Tomas Brenner."
    assert pair(x, "Tomas Brenner was released on Monday.") > 0.0


@pytest.mark.parametrize(
    ("x", "y"),
    [
        # Review 3 finding 7: verbs of saying that as often name an act tell an event here.
        ("Police in Korvath cited Tomas Brenner.", "Tomas Brenner was cited on Monday."),
        ("Tomas Brenner posted bail in Korvath.", "Tomas Brenner has posted bail."),
        ("Tomas Brenner testified in Korvath.", "Tomas Brenner has testified."),
    ],
)
def test_a_verb_of_saying_that_names_an_act_makes_a_claim(x: str, y: str) -> None:
    assert pair(x, y) > 0.0


def test_an_irregular_past_replaces_the_regular_one() -> None:
    # Review 3 finding 7: the lexicon generated "sayed", "telled" and "admited".
    found = forms({"say", "tell", "write", "admit", "plan"})
    assert not {"sayed", "telled", "writed", "admited", "admiting", "planed"} & found
    assert {"said", "told", "wrote", "written", "admitted", "admitting", "planned"} <= found
    # Negative: a verb with both pasts keeps its regular one.
    assert {"showed", "shown", "learned", "learnt"} <= forms({"show", "learn"})
