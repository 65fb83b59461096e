"""'According to' a record that names who made it: the maker is the source. Invented
sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote


def _according(nlp: Any, text: str) -> Quote:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    found = [q for q in quotes if (q.cue or "").lower() == "according to"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry toll rose by half, according to a tally by the Harbor Board.",
        "According to a tally by the Harbor Board, the ferry toll rose by half.",
        "The ferry toll rose by half, according to a court filing made by the Harbor Board.",
        "The ferry toll rose by half, according to a post from the Harbor Board.",
    ],
)
def test_the_maker_of_a_record_is_the_source(nlp: Any, text: str) -> None:
    q = _according(nlp, text)
    assert q.speaker_text == "the Harbor Board"
    assert q.text == "the ferry toll rose by half" or q.text == "The ferry toll rose by half"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry toll rose by half, according to a tally.", "a tally"),
        (
            "The ferry toll rose by half, according to a spokesman from the Harbor Board.",
            "a spokesman",
        ),
        ("The ferry toll rose by half, according to reports from the harbour.", "reports"),
    ],
)
def test_a_person_or_a_record_without_a_maker_stays_the_source(
    nlp: Any, text: str, speaker: str
) -> None:
    assert _according(nlp, text).speaker_text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "That is according to a tally by the Harbor Board.",
        "This is according to early figures from a survey conducted for the Harbor Board.",
    ],
)
def test_a_phrase_closing_its_sentence_gives_none_of_its_own_words_as_content(
    nlp: Any, text: str
) -> None:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.text for q in quotes if (q.cue or "").lower() == "according to"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The toll, according to a tally by the AP released on Monday, rose by half.",
            "the AP",
            "rose by half",
        ),
        ("According to a post from Ann Lee on Facebook, the deal was void.", "Ann Lee", ""),
        (
            "According to a report by the AP that was released on Monday, 41 people died.",
            "the AP",
            "",
        ),
        ("According to a dispatch from Gaza, 41 people died.", "a dispatch", ""),
    ],
)
def test_the_phrase_ends_after_all_of_the_record_not_its_maker(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    # A place a record came from is no maker ('a dispatch from Gaza').
    q = _according(nlp, text)
    assert q.speaker_text == speaker
    if content:
        assert q.text.endswith(content)
    else:
        assert q.text in {"the deal was void", "41 people died"}
