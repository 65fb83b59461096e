"""A comparison clause over a pro-verb ("just as Ben Cole had done") is told by the verb's
written form: the pipeline has no lemmatizer, and the attribute ruler gives a lemma to some
forms of do/be/have only ("did", "has") and none to others ("done", "doing", "do").
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.people import _compared
from tests.analyze.test_quotes import quotes


def _advcl(nlp: Any, text: str) -> Any:
    (verb,) = [t for t in nlp(text) if t.dep_ == "advcl"]
    return verb


def test_the_pipeline_gives_no_lemma_to_a_participle_of_do(nlp: Any) -> None:
    # Why the check reads the form: a lemma test would never match "done" or "doing".
    verb = _advcl(nlp, "Hale hired his rivals, just as Ben Cole had done years ago.")
    assert verb.lower_ == "done"
    assert verb.lemma_ != "do"


@pytest.mark.parametrize(
    "text",
    [
        "Hale hired his rivals, just as Ben Cole did years ago.",
        "Hale hired his rivals, just as Ben Cole had done years ago.",
        "Hale hired his rivals, just as Ben Cole has been doing for years.",
        "Hale was late again, just as Ben Cole was.",
    ],
)
def test_as_over_a_pro_verb_is_a_comparison(nlp: Any, text: str) -> None:
    assert _compared(_advcl(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # Negative: a temporal or causal "as" over a full verb compares nothing.
        "Ann Lee left the hall, as Ben Cole walked in.",
        "Ann Lee left the hall early, as Ben Cole spoke for an hour.",
    ],
)
def test_as_over_a_full_verb_is_no_comparison(nlp: Any, text: str) -> None:
    assert not _compared(_advcl(nlp, text))


def test_a_perfect_comparisons_subject_is_not_a_later_pronouns_antecedent(nlp: Any) -> None:
    text = (
        "Tom Hale said he admired Ann Lee.\n\n"
        "Hale asked his old foe to run the port in May, just as Governor Ben Cole had done "
        "with his own foes years ago.\n\n"
        '"He trusted her with the port, and it worked out well," he said.'
    )
    (found,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert found.speaker_name == "Tom Hale"
