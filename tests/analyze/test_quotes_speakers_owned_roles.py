"""A role owned through "his" or "her" ("his closest associate", "her niece", "his former
deputy", "his party") is someone other than the owner: the owner is not the holder, so the
words are never the owner's. A proxy ("his spokesman", "her aides") speaks for the
owner, and a thing the owner put out ("his statement") carries the owner's words.
Invented text, the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes

OPENING = "Mayor Tom Reed left the port of Velmora on Monday after ten years in office. "


@pytest.mark.parametrize(
    "phrase",
    [
        "his closest associate",
        "his former deputy",
        "his brother",
        "his longtime assistant",
        "his party",
    ],
)
def test_a_role_owned_by_him_is_someone_else(nlp: Any, phrase: str) -> None:
    text = OPENING + f'"It was a sad day for the harbour," {phrase} said.'
    (q,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert q.speaker_text == phrase and q.speaker_name is None, q


def test_her_niece_is_not_her(nlp: Any) -> None:
    text = "Ann Lee won the seat in Velmora. Her niece said the family was delighted."
    (q,) = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert q.speaker_text == "Her niece" and q.speaker_name is None, q


@pytest.mark.parametrize("phrase", ["his spokesman", "his aides", "his lawyer", "his statement"])
def test_a_proxy_or_a_text_of_his_speaks_for_him(nlp: Any, phrase: str) -> None:
    text = OPENING + f'"It was a sad day for the harbour," {phrase} said.'
    (q,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert q.speaker_text == phrase and q.speaker_name == "Tom Reed", q


def test_his_brother_is_the_brother_named_before(nlp: Any) -> None:
    text = (
        "Tom Reed died on Monday, his brother Dan Reed told the Velmora Gull. "
        "He was a kind man, his brother added."
    )
    (q,) = [q for q in quotes(nlp, text) if q.text.startswith("He was")]
    assert q.speaker_text == "his brother" and q.speaker_name == "Dan Reed", q


def test_his_friend_is_not_a_friend_named_before(nlp: Any) -> None:
    text = (
        "Tom Reed died on Monday, his friend Dan Cole told the Velmora Gull. "
        "Ann Lee also died. Her friend said she was a kind woman."
    )
    (q,) = [q for q in quotes(nlp, text) if q.text.startswith("she was")]
    assert q.speaker_text == "Her friend" and q.speaker_name is None, q
