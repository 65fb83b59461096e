"""A sentence closing on a verb whose complement was left out reads only after the sentence
before it: "... pledged to follow.", "... agreed to.", "... did so."."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_elided import elided_complement
from crossbrief.synthesize.summary_rules import needs_previous


@pytest.mark.parametrize(
    "text",
    [
        "Two more ferry unions in Varrow have pledged to follow.",
        "The harbour board of Orrin agreed to.",
        "The pilots' union did not want to.",
        "Three rival lenders in Tamsk followed suit on Tuesday.",
        "A second deckhand is charged with urging others to do so.",
        "The other councils will do the same.",
        '"The quay workers refused to."',
    ],
)
def test_an_elided_complement(text: str) -> None:
    assert elided_complement(text)


@pytest.mark.parametrize(
    "text",
    [
        # the complement is there
        "Two more ferry crews have pledged to join the stoppage in Varrow.",
        # a preposition closing a relative clause, not an infinitive's "to"
        "The council visited the port the ferry sailed to.",
        # a clause of the sentence's own tells what was left out
        "The mayor would sign the deal if she had to.",
        "He has not commented on the trial and does not intend to do so.",
        "The board raised its fees, and two rival ports did the same.",
        # "follow" alone is no elided complement: what follows comes next
        "A vote on the plan will follow.",
        "The new ferry timetable is easy to follow.",
        "The mayor laid a wreath at the quay - the first mayor of Orrin to do so.",
    ],
)
def test_no_elided_complement(text: str) -> None:
    assert not elided_complement(text)


def test_an_elided_complement_needs_the_sentence_before() -> None:
    sentences = [
        "The ferry union of Varrow will strike for two days in March.",
        "Two more unions have pledged to follow.",
        "The port of Varrow handled 3,000 ships last year.",
    ]
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append(Span(at, at + len(sentence)))
        at += len(sentence) + 1
    story = Story([AnalyzedArticle(Article("a", text), sentences=tuple(spans))])
    assert needs_previous(story, 1)
    assert not needs_previous(story, 2)
