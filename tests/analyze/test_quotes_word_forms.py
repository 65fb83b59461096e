"""Verbs read by their written forms, not by a lemma (the pipeline runs no lemmatizer): a
crowd that sings, cheers or jeers voices the words after it; a statement put out, sent or
given is its issuer's; a purpose "to determine" or "to prove" that something holds is no
claim. Each of these verbs lies outside the reporting lexicon, so before its forms were
listed it never matched. Invented text, the real model."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.inflection import forms_to_base, inflect
from tests.analyze.test_quotes import quotes


def test_irregular_forms_replace_the_regular_past() -> None:
    assert inflect("sing") == {"sing", "sings", "singing", "sang", "sung"}
    assert inflect("put") == {"put", "puts", "putting"}
    assert {"proved", "proven"} <= inflect("prove")  # both pasts are written
    assert forms_to_base("cheer give")["gave"] == "give"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Reed said the crowd sang outside. "Lock him up!"',
        'Tom Reed said protesters jeered outside. "Lock him up!"',
        'Tom Reed said the crowd cheered. "Four more years!"',
    ],
)
def test_a_quote_after_a_crowd_voicing_words_stays_unattributed(nlp: Any, text: str) -> None:
    assert not [q for q in quotes(nlp, text) if q.kind == "direct" and q.speaker_text]


@pytest.mark.parametrize(
    "opening",
    [
        "Ann Hale put out a statement via her agent on Monday.",
        "Ann Hale sent a statement to the Daily Gull on Monday.",
        "Ann Hale gave a statement to the police on Monday.",
    ],
)
def test_a_statement_put_out_sent_or_given_before_a_quote_is_the_issuers(
    nlp: Any, opening: str
) -> None:
    text = (
        opening + '\n\n"I was stopped by a guard. I did nothing wrong."\n\nThe hearing is in May.'
    )
    (q,) = [q for q in quotes(nlp, text) if "stopped by a guard" in q.text]
    assert q.kind == "direct" and q.speaker_text == "Ann Hale", q


def test_a_statement_not_put_out_gives_no_speaker(nlp: Any) -> None:
    text = (
        "Ann Hale did not put out a statement on Monday.\n\n"
        '"I was stopped by a guard. I did nothing wrong."\n\nThe hearing is in May.'
    )
    found = [q for q in quotes(nlp, text) if "stopped by a guard" in q.text]
    assert not [q for q in found if q.speaker_text == "Ann Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Hale ran tests to determine that the dam was safe.",
        "Tom Reed ran the engine for an hour to prove that the pump worked.",
    ],
)
def test_a_purpose_of_finding_out_is_no_claim(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.text.startswith("the ")]
    assert found and all(q.claimless for q in found), found


def test_a_finding_stated_is_a_claim(nlp: Any) -> None:
    (q,) = quotes(nlp, "Ann Hale said the tests proved that the dam was safe.")
    assert not q.claimless, q
