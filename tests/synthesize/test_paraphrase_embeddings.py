"""The embedding rescue of fact similarity: which pairs are embedded and which are accepted.

The embeddings are stubbed (hand-made unit vectors per sentence) so the rule is tested
without the model; tests/synthesize/test_embeddings*.py test the model itself.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from crossbrief.synthesize import embeddings
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import embedding_similarity, fact_evidence
from crossbrief.synthesize.story import Story
from tests.synthesize.test_paraphrase import _article

A = [
    "Negotiators for Ruritania and Freedonia agreed to demilitarise the border.",
    "Heavy rain fell in Ruritania on Monday evening.",
]
B = [
    "Ruritania will disarm its frontier, officials from Freedonia said after the talks.",
    "Ruritania plans a new railway to the coast.",
]
NAMES = (("Ruritania", "GPE"), ("Freedonia", "GPE"))


def _stub(vectors: dict[str, Sequence[float]], calls: list[list[str]]) -> object:
    def embed(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        out = np.array([vectors.get(t, (0.0, 0.0, 1.0)) for t in texts], dtype=float)
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    return embed


def _story() -> Story:
    return Story([_article("a", A, NAMES), _article("b", B, NAMES)])


def test_a_close_embedding_groups_a_pair_word_matching_misses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _story()
    entities, _ = build_entities(story)
    evidence = fact_evidence(story, entities)
    assert evidence.similarity[0, 2] < THRESHOLD  # "demilitarise" / "disarm": no shared word
    calls: list[list[str]] = []
    close = {A[0]: (1.0, 0.2, 0.0), B[0]: (1.0, 0.25, 0.0)}
    monkeypatch.setattr(embeddings, "embed", _stub(close, calls))
    sim = embedding_similarity(story, evidence, [True] * 4, THRESHOLD)
    assert sim[0, 2] >= THRESHOLD and sim[0, 2] == sim[2, 0]
    assert sim[1, 3] < THRESHOLD  # rain / railway: unrelated vectors stay apart
    embedded = set(calls[0])
    assert len(calls) == 1 and A[0] in embedded and B[0] in embedded
    groups = group_sentences(story, entities=entities, paraphrase="embeddings")
    assert any(set(g.members) == {0, 2} for g in groups)
    assert all(set(g.members) != {0, 2} for g in group_sentences(story, entities=entities))


def test_only_candidates_are_embedded_and_far_pairs_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _story()
    entities, _ = build_entities(story)
    evidence = fact_evidence(story, entities)
    calls: list[list[str]] = []
    monkeypatch.setattr(embeddings, "embed", _stub({}, calls))  # every vector the same
    # not eligible (a heading or a piece of a quote): nothing to embed, nothing changes
    sim = embedding_similarity(story, evidence, [False] * 4, THRESHOLD)
    assert calls == [] and np.array_equal(sim, evidence.similarity)
    # a band no pair reaches: nothing embedded
    embedding_similarity(story, evidence, [True] * 4, THRESHOLD, band=0.99)
    assert calls == []


def test_a_sentence_close_to_several_of_another_article_is_not_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A[0] is closest to B[1], so A[0] / B[0] is not mutual even at a high cosine
    story = _story()
    entities, _ = build_entities(story)
    evidence = fact_evidence(story, entities)
    vectors = {A[0]: (1.0, 0.0, 0.0), B[0]: (0.9, 0.3, 0.0), B[1]: (1.0, 0.01, 0.0)}
    monkeypatch.setattr(embeddings, "embed", _stub(vectors, []))
    sim = embedding_similarity(story, evidence, [True] * 4, THRESHOLD, band=0.0)
    assert sim[0, 2] < THRESHOLD
    assert sim[0, 3] >= THRESHOLD


def test_an_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError, match="paraphrase"):
        group_sentences(_story(), paraphrase="vectors")
