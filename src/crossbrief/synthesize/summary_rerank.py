"""Choosing among the coverage ILP's best selections by how well they match the story.

The coverage objective counts each concept once, whichever sentence brings it, and weighs
it by how many reports carry it; it cannot see how often the story repeats a word, nor
whether a selection dwells on a side detail that a few shared bigrams happen to reward.
Among the ``TOP_K`` best selections the ILP finds (each within ``COVERAGE_SLACK`` of the
optimum's coverage), the one whose content-word distribution is nearest the story's, by
Jensen-Shannon divergence, is kept (KLSum, Haghighi and Vanderwende 2009; JS as a
reference-free summary score, Louis and Nenkova 2013, Peyrard 2017).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

TOP_K = 1
COVERAGE_SLACK = 0.05


def distribution(terms: Iterable[Sequence[str]]) -> Counter[str]:
    """Term counts over several texts' terms."""
    counts: Counter[str] = Counter()
    for ts in terms:
        counts.update(ts)
    return counts


def js_divergence(p: Counter[str], q: Counter[str]) -> float:
    """Jensen-Shannon divergence (base 2, so within [0, 1]) of two term-count
    distributions; 1.0 when either is empty."""
    p_total, q_total = sum(p.values()), sum(q.values())
    if not p_total or not q_total:
        return 1.0
    out = 0.0
    for term in p.keys() | q.keys():
        a, b = p[term] / p_total, q[term] / q_total
        m = (a + b) / 2
        if a:
            out += a * math.log2(a / m) / 2
        if b:
            out += b * math.log2(b / m) / 2
    return out


def nearest(
    selections: Sequence[tuple[float, list[int]]],
    terms: Sequence[Sequence[str]],
    story: Counter[str],
) -> list[int]:
    """Of ``selections`` (coverage, sentence indices), best first, the one within
    ``COVERAGE_SLACK`` of the best coverage whose terms are nearest ``story`` by JS
    divergence; the best on ties, so a single selection is returned unchanged."""
    if not selections:
        return []
    best = selections[0][0]
    eligible = [s for s in selections if s[0] >= best - COVERAGE_SLACK * abs(best)]
    scored = [
        (js_divergence(distribution(terms[i] for i in chosen), story), n)
        for n, (_, chosen) in enumerate(eligible)
    ]
    return eligible[min(scored)[1]][1]
