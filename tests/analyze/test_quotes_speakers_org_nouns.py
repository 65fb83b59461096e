"""A description an organisation carries in its name ("the committee", "the party", "the
campaign") stands only for an organisation so named, never for the last one named; a kind
of organisation ("the company") still stands for the one just named. Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Harbour Party sued Blue Fin Ltd on Friday. The party said the firm had lied.",
            "The Harbour Party",
        ),
        (
            "The Harbour Committee sued Blue Fin Ltd on Friday. The committee said the firm lied.",
            "The Harbour Committee",
        ),
        ("Reporters asked Blue Fin Ltd on Friday. The committee said the firm had lied.", None),
        ("Reporters asked Blue Fin Ltd on Friday. The Harbour campaign said the firm lied.", None),
        # A person's name on a proxy noun names whom it speaks for, as a possessor would,
        # by the full name the surname had last.
        (
            "Ann Lee asked Blue Fin Ltd on Friday. The Lee campaign said the firm had lied.",
            "Ann Lee",
        ),
        # Negative: a kind of organisation is the one just named.
        (
            "Reporters asked Blue Fin Ltd on Friday. The company said the deal would close.",
            "Blue Fin Ltd",
        ),
    ],
)
def test_a_name_word_needs_an_organisation_so_named(nlp: Any, text: str, name: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found, text
    assert found[-1].speaker_name == name, (found[-1].speaker_text, found[-1].speaker_name)


def test_a_surname_on_a_campaign_is_the_one_named_before_not_a_namesake_after(
    nlp: Any,
) -> None:
    # Session 12: the campaign's surname is looked up as a speaker's is, among the people
    # named before it, not whoever of that surname the article names last.
    text = (
        "Ann Varga asked Blue Fin Ltd on Friday. The Varga campaign said the firm had lied. "
        "Her cousin Tom Varga said nothing."
    )
    found = [q for q in quotes(nlp, text) if "had lied" in q.text]
    assert found and found[0].speaker_name == "Ann Varga"


def test_a_surname_on_a_campaign_is_the_namesake_named_last_before_it(nlp: Any) -> None:
    # Negative: of two named before it, the one named last.
    text = (
        "Tom Varga asked Blue Fin Ltd on Friday. Ann Varga sued the firm in May. "
        "The Varga campaign said the firm had lied."
    )
    found = [q for q in quotes(nlp, text) if "had lied" in q.text]
    assert found and found[0].speaker_name == "Ann Varga"
