"""How well a selection stands for every sentence of the story: a saturated coverage term.

Lin and Bilmes (2011): each story sentence ``i`` is covered by the selection ``S`` as much
as its similarity to the chosen sentences, ``C_i(S) = sum_j w_ij``, up to a cap
``SATURATION`` times its mean similarity to the story's sentences, so that covering a
sentence already well represented earns nothing more and a selection gains most by
standing for many sentences a little. ``min(C_i(S), cap_i)`` is concave in the choices, so
the ILP holds it exactly: a variable ``y_i <= cap_i`` with ``y_i <= C_i(S)``. Only
similarities of sentences of OTHER articles count (``CROSS_ONLY``): a sentence is central
when other outlets carry it, not when its own article repeats it. Similarities below
``MIN_SIMILARITY`` are dropped, which keeps the ILP sparse.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from crossbrief.synthesize.story import Story

COVERAGE_WEIGHT = 0.0
SATURATION = 5.0
MIN_SIMILARITY = 0.1
CROSS_ONLY = True


def coverage_rows(
    story: Story, candidates: Sequence[int]
) -> tuple[list[dict[int, float]], np.ndarray]:
    """For each story sentence, its similarity to each candidate (keyed by the candidate's
    position in ``candidates``) and its cap."""
    sim = story.similarity
    sents = story.sentences
    articles = np.array([s.article for s in sents])
    n = len(sents)
    w = sim.copy()
    np.fill_diagonal(w, 0.0)
    if CROSS_ONLY:
        w[articles[:, None] == articles[None, :]] = 0.0
    w[w < MIN_SIMILARITY] = 0.0
    caps = SATURATION * w.sum(axis=1) / max(n, 1)
    sub = w[:, list(candidates)]
    rows = [{int(k): float(sub[i, k]) for k in np.flatnonzero(sub[i])} for i in range(n)]
    return rows, caps
