"""A quote with no cue right after a sentence in which one person spoke or took a stance is
that person's ('The mayor called her plan reckless. "This is a stunt."'); after any other
sentence it stays unattributed. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The mayor called her plan reckless. "This is a stunt and nothing more."', "The mayor"),
        ('Tom Reed has criticized the plan for months. "It will ruin the harbour."', "Tom Reed"),
        ('She slammed the report on Monday. "Nobody reads these things."', "She"),
    ],
)
def test_the_quote_is_the_one_who_just_spoke(nlp: Any, text: str, speaker: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert len(found) == 1, found
    assert found[0].speaker_text == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Negatives: no speech or stance, a passive, a second person in view, a negation.
        'Tom Reed died on Monday. "It is a great loss for the town."',
        'The gunman shot three people. "It was horrible."',
        'The mayor was booed by the crowd. "Go home!"',
        'Tom Reed praised the mayor on Monday. "She is a hero."',
        'The judge criticized Tom Reed. "Justice was done."',
        'Tom Reed did not criticize the plan. "It will ruin the harbour."',
    ],
)
def test_a_quote_after_anything_else_stays_unattributed(nlp: Any, text: str) -> None:
    assert not [q for q in quotes(nlp, text) if q.kind == "direct" and q.speaker_text]


def test_a_description_opening_its_sentence_is_someone_new(nlp: Any) -> None:
    # "The mayor" who calls Lee's plan reckless is not Lee: a description opening its own
    # sentence brings someone in; only one after a quote ('"...," the mayor said') points
    # back to the paragraph's subject (test_a_bare_role_is_the_paragraph_s_subject...).
    text = (
        "Ann Lee unveiled a harbour plan on Monday. The mayor called her plan reckless. "
        '"This is a stunt and nothing more."'
    )
    found = quotes(nlp, text)
    assert one(found, "indirect", "her plan reckless").speaker_name is None
    assert one(found, "direct", "a stunt").speaker_text == "The mayor"


def test_a_description_after_a_quote_is_the_paragraphs_subject(nlp: Any) -> None:
    # Negative: the description in a cue after the quote still points back.
    text = (
        'Ann Lee claimed the harbour plan would work. "It is a plan for everyone," the mayor said.'
    )
    assert one(quotes(nlp, text), "direct", "plan for everyone").speaker_name == "Ann Lee"
