"""A participle cue with no subject opening its sentence ('Adding, "..."') goes on with the
speaker before it. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


def test_adding_goes_on_with_the_speaker_before(nlp: Any) -> None:
    text = (
        'Later, Ann Lee stated that the report "was not good." Adding, "Like all harbour '
        'plans, the cost is never that bad. It is how they handle it."'
    )
    q = one(quotes(nlp, text), "direct", "never that bad")
    assert q.speaker_text == "Ann Lee"
    assert q.cue == "Adding"


def test_adding_in_the_next_paragraph_goes_on_with_the_speaker(nlp: Any) -> None:
    text = 'Ann Lee said the ferry plan was "a disaster."\n\nAdding: "Nobody asked the fishermen."'
    q = one(quotes(nlp, text), "direct", "Nobody asked")
    assert q.speaker_name == "Ann Lee"


def test_a_participle_with_a_subject_keeps_it(nlp: Any) -> None:
    text = (
        'Ann Lee spoke first. Tomas Reed stood up, adding: "The pier will not be sold to anyone."'
    )
    q = one(quotes(nlp, text), "direct", "pier will not be sold")
    assert q.speaker_name == "Tomas Reed"


def test_adding_keeps_its_own_cue_across_a_paragraph_break(nlp: Any) -> None:
    text = 'Ann Lee said: "The ferry plan was a disaster."\n\nAdding: "Nobody asked the fishermen."'
    q = one(quotes(nlp, text), "direct", "Nobody asked")
    assert q.speaker_name == "Ann Lee"
    assert q.cue == "Adding"
    assert q.cue_start == text.index("Adding")


@pytest.mark.parametrize(
    "text",
    [
        '"We lost," Ann Lee said. Tom Reed, the harbour master, shook his head. '
        'Adding: "Nobody asked the fishermen."',
        'Lee said the report "was not good." Smith disagreed strongly with the mayor. '
        'Adding, "Nobody asked the fishermen."',
    ],
)
def test_adding_after_a_sentence_about_someone_else_does_not_go_back(nlp: Any, text: str) -> None:
    q = one(quotes(nlp, text), "direct", "Nobody asked")
    assert q.speaker_name not in {"Ann Lee", "Lee"}
