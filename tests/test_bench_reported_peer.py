"""The reported-content peer of bench/facts.py (bench/_reported_peer.py, session 16): one
speaker's claim in two wordings is raised to the grouping threshold; another speaker's
claim, or words a speaker's lawyer said, are not. Invented articles through the real
pipeline and the real MiniLM model."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from crossbrief.synthesize.embeddings import available
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import THRESHOLD
from crossbrief.synthesize.paraphrase import fact_evidence
from crossbrief.synthesize.story import Story
from tests.synthesize.stories import texts_story

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
peer = pytest.importorskip("_reported_peer")
pytestmark = pytest.mark.skipif(not available(), reason="the MiniLM packages are not installed")

FIRST = (
    "Ann Lee arrived in Orsk on Monday for two days of talks with the harbour board. "
    "Lee said on Monday that the harbour would reopen to fishing boats next month. "
    "Tom Reed said the harbour fees would double next year."
)
SECOND = (
    "The harbour board met in Orsk on Tuesday. "
    "Speaking to reporters after a long meeting with the board, Ann Lee announced that "
    "fishing crews could use the port again from March. "
    "Mr Reed told reporters that the board would sell the old ferry terminal to a hotel group."
)
OTHERS = (
    "Tom Reed said on Wednesday that fishing crews could use the port again from March. "
    "Ann Lee's lawyer said that fishing crews could use the port again from March."
)


def _run(nlp: Any, *texts: str) -> tuple[Story, np.ndarray, np.ndarray]:
    """The story of ``texts`` (one outlet each), its fact similarity and the peer's."""
    story = texts_story(nlp, *texts)
    entities, _ = build_entities(story)
    evidence = fact_evidence(story, entities)
    eligible = [True] * len(story.sentences)
    raised = peer.reported_similarity(story, entities, evidence, eligible, THRESHOLD)
    return story, evidence.similarity, raised


def _at(story: Story, article: str, index: int) -> int:
    return next(
        k for k, s in enumerate(story.sentences) if (s.article, s.index) == (article, index)
    )


def test_one_speakers_claim_in_two_frames_is_raised_to_the_threshold(nlp: Any) -> None:
    story, before, after = _run(nlp, FIRST, SECOND)
    lee, lee_again = _at(story, "a0", 1), _at(story, "a1", 1)
    assert before[lee, lee_again] < THRESHOLD  # the words alone miss it
    assert after[lee, lee_again] >= THRESHOLD and after[lee, lee_again] == after[lee_again, lee]
    # one speaker's two different claims (fees / a terminal sale) stay as they were
    reed, reed_again = _at(story, "a0", 2), _at(story, "a1", 2)
    assert after[reed, reed_again] == before[reed, reed_again]


def test_the_claim_of_another_speaker_or_of_a_speakers_lawyer_is_not_raised(nlp: Any) -> None:
    story, before, after = _run(nlp, FIRST, OTHERS)
    lee = _at(story, "a0", 1)
    for other in (_at(story, "a1", 0), _at(story, "a1", 1)):  # Reed; Lee's lawyer
        assert after[lee, other] == before[lee, other] < THRESHOLD
    contents, _ = peer.reported_contents(story, build_entities(story)[0])
    lawyer = contents[_at(story, "a1", 1)]
    assert all(who != contents[lee][0][0] for who, _ in lawyer)  # the lawyer is not Lee
