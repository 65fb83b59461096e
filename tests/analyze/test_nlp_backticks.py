"""Two backticks (DUC and wire archives open a quote with ``) are one token, the opening
mark spaCy's English tagger knows; one backtick is left to spaCy's rules. Invented text,
real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("``We sail,'' Lee said", ["``", "We", "sail", ",", "''", "Lee", "said"]),
        ("said: ``Go.''", ["said", ":", "``", "Go", ".", "''"]),
        ("`` Go", ["``", "Go"]),
    ],
)
def test_two_backticks_are_one_token(nlp: Any, text: str, tokens: list[str]) -> None:
    doc = nlp(text)
    assert [t.text for t in doc] == tokens
    assert all(t.tag_ == "``" for t in doc if t.text == "``")


@pytest.mark.parametrize("text", ["`Go` he said", "the `quay' road", "it`s ` late"])
def test_single_backticks_are_tokenized_as_before(nlp: Any, text: str) -> None:
    default = spacy.blank("en").tokenizer
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in default(text)]


def test_a_sign_reads_the_words_after_two_backticks(nlp: Any) -> None:
    text = "At the quay, Ann Lee held a sign that read ``Save our ferry now!'' as boats came in."
    (q,) = [q for q in quotes(nlp, text) if "Save our ferry" in q.text]
    assert q.cue == "read" and q.speaker_name == "Ann Lee"


def test_a_person_reading_a_title_in_backticks_is_no_cue(nlp: Any) -> None:
    text = "Ann Lee read ``The Velmora Tides'' twice on the ferry last summer."
    assert all(q.cue != "read" for q in quotes(nlp, text))


def test_the_backtick_mark_is_part_of_the_tokenizer_key() -> None:
    from crossbrief.analyze.nlp import MARK_PREFIXES, tokenizer_key

    assert MARK_PREFIXES and all(p in tokenizer_key() for p in MARK_PREFIXES)
