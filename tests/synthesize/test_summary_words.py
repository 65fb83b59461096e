"""The summary rules' cheap first test (``summary_words``): a sentence none of whose words is
one of a rule's key words is never matched by that rule's pattern, so skipping the pattern
changes no answer."""

from __future__ import annotations

import re

import pytest

from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.synthesize import (
    summary_anchors,
    summary_demonstratives,
    summary_referents,
    summary_rules,
    summary_shells,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_elided import _CLOSING_WORDS, _ELIDED, _LETTERS, _TAIL
from crossbrief.synthesize.summary_words import ascii_words, may_hold


def test_ascii_words_are_runs_of_letters_lower_cased() -> None:
    assert ascii_words("Mr Lee's ferry, the 2nd one, SANK.") == frozenset(
        {"mr", "lee", "s", "ferry", "the", "nd", "one", "sank"}
    )


def test_text_outside_ascii_is_always_read() -> None:
    # ignoring case, a pattern's "s" also matches the long s: no word test may rule it out
    assert ascii_words("The \u017fame court heard it.") is None
    assert may_hold("The \u017fame court heard it.", frozenset({"same"}))
    assert re.search(r"\bsame\b", "The \u017fame court heard it.", re.I)


def test_may_hold_a_whole_word_only() -> None:
    assert may_hold("Ann Lee said he would sail.", frozenset({"he"}))
    assert not may_hold("The ferry left the harbour.", frozenset({"he"}))
    assert not may_hold("They sailed at dawn.", frozenset({"he", "she"}))


# Invented sentences, each matched by at least one of the patterns below.
_SENTENCES = [
    "The findings surprised the harbour board of Velmora.",
    "Ann Lee has said the earlier plea was forced from her.",
    "The harbour board denied the claim on Monday.",
    "Lee rejected the proposal as unworkable.",
    "\u201cWe will sail,\u201d he said.",
    "The ferry was late, they told reporters in Dunmore.",
    "Since then, his boat has not left Orrin.",
    "Cutting the fares was one of THEM.",
    "The ferry sank two hours later.",
    "The crew was rescued the next morning.",
    "Shortly afterwards, the quay was closed.",
    "Police searched another warehouse in Tamsk.",
    "Mr Lee said the quay would reopen.",
    "Dr. Ortiz-Lane left the board.",
    "The weavers have matched this record twice.",
    "Two more ferry unions have pledged to follow.",
    "Three rival lenders followed suit on Tuesday.",
    "The other councils will do the same.",
    "The harbour board agreed to.",
    "The ferry sank off Orrin last night.",
    "The quay was closed this MORNING.",
]

_RULES: list[tuple[re.Pattern[str], frozenset[str]]] = [
    (summary_shells._OPENING, summary_shells._NOUN_WORDS),
    (summary_shells._REPORTED, summary_shells._NOUN_WORDS),
    (summary_shells._OBJECT, summary_shells._NOUN_WORDS),
    (summary_rules._PERSONAL, summary_rules._PERSONAL_WORDS),
    (summary_rules._PRONOUN_SPEAKER, summary_rules._SPEAKER_PRONOUNS),
    (summary_rules._MEMBER_OF_TOLD, summary_rules._TOLD_GROUP_WORDS),
    (summary_anchors._RELATIVE, summary_anchors._RELATIVE_WORDS),
    (summary_anchors._ANOTHER, summary_anchors._ANOTHER_WORDS),
    (summary_demonstratives._DEMONSTRATIVE, summary_demonstratives._DEMONSTRATIVE_WORDS),
    (summary_referents._DEICTIC, summary_referents._DEICTIC_WORDS),
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_no_match_is_ruled_out(text: str) -> None:
    # a rule's key words must cover every way its pattern can match
    matched = 0
    for pattern, words in _RULES:
        if pattern.search(text):
            matched += 1
            assert may_hold(text, words), (pattern.pattern[:40], text)
    titled = [
        m
        for m in summary_anchors._TITLED.finditer(text)
        if m.group("title").lower() in summary_anchors.COURTESY_TITLES
    ]
    if titled:
        matched += 1
        assert may_hold(text, summary_anchors.COURTESY_TITLES)
    if _ELIDED.search(text, max(0, len(text) - _TAIL)):
        matched += 1
        assert not _CLOSING_WORDS.isdisjoint(_LETTERS.findall(text.lower())[-3:])
    assert matched


def test_needs_previous_is_asked_once_a_sentence() -> None:
    text = "Ann Lee runs the ferry. He said it would sail. It sailed on Monday."
    spans = (Span(0, 23), Span(24, 45), Span(46, 66))
    story = Story([AnalyzedArticle(Article("a", text), sentences=spans)])
    first = [summary_rules.needs_previous(story, i) for i in range(3)]
    assert first == [summary_rules._needs_previous(story, i) for i in range(3)]
    assert first == [summary_rules.needs_previous(story, i) for i in range(3)]
    assert first[1] and first[2]
