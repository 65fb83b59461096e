"""TF-IDF similarity and the small text helpers synthesis compares sentences with."""

from __future__ import annotations

import numpy as np
import pytest

from crossbrief.synthesize.text import TfIdf, content_terms, fold, stem


def test_fold_strips_diacritics_and_case() -> None:
    assert fold("Médecins Sans Frontières") == "medecins sans frontieres"
    assert fold("Zelenskyy") == "zelenskyy"


@pytest.mark.parametrize(
    "forms",
    [
        ("talk", "talks", "talked", "talking"),
        ("carry", "carries", "carried", "carrying"),
        ("rescue", "rescued", "rescues", "rescuing"),
        ("stop", "stopped", "stopping"),
        ("ferry", "ferries"),
        ("minister", "ministers", "minister's"),
    ],
)
def test_stem_is_shared_by_inflections(forms: tuple[str, ...]) -> None:
    assert len({stem(w) for w in forms}) == 1


@pytest.mark.parametrize("a, b", [("talk", "walk"), ("news", "new"), ("ferry", "fern")])
def test_stem_keeps_different_words_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize("word", ["was", "this", "has", "does", "its", "us"])
def test_stop_words_are_their_own_stem(word: str) -> None:
    # callers drop stems that are stop words: a stop word must stay recognisable
    assert stem(word) == word


def test_content_terms_drop_stop_words() -> None:
    terms = content_terms("The ferry was carrying 40 passengers, a ship's crew of 9 and a cat")
    kept = ("ferry", "carrying", "40", "passengers", "ship", "crew", "cat")
    assert terms == [stem(w) for w in kept]
    assert content_terms("Ferries carried passengers") == content_terms("ferry carries passenger")


def test_similarity_is_cosine_of_weighted_terms() -> None:
    texts = [
        "The ferry sank near the harbour on Friday.",
        "On Friday the ferry sank near the harbour.",
        "Parliament approved the budget.",
        "",
    ]
    sim = TfIdf(texts).similarity()
    assert sim.shape == (4, 4)
    assert np.allclose(sim, sim.T)
    assert sim[0, 1] == np.float64(sim[1, 0]) and abs(sim[0, 1] - 1.0) < 1e-9
    assert sim[0, 2] == 0.0
    # A text with no content words has no direction: similar to nothing, itself included.
    assert not sim[3].any()
    assert abs(sim[2, 2] - 1.0) < 1e-9
