"""One stock phrase: two sentences whose shared terms form one run in each.

Read by the fact similarity (``paraphrase.fact_evidence``), which parts such pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def one_phrase(terms: Sequence[Sequence[str]], candidates: np.ndarray) -> np.ndarray:
    """The ``candidates`` pairs whose shared terms (words and entities) form one unbroken
    run in each sentence, in the same order, unless a number is among them.

    Two outlets telling one fact agree in more than one place: on who or what and on what
    happened ("The Velmoran prime minister ... to meet Varga" / "a surprise meeting with Mr
    Varga"). Two sentences sharing a single phrase ("reach a fair deal", "reopen the
    ferry lanes") share a stock phrase of the story, said by different people of
    different things. A figure is the exception: "killed two people and wounded 21" is one
    run, and the fact itself. A stock phrase is fixed wording: the same words in another
    order ("the mayor resigned ... harbour" / "the harbour mayor resigned") are two
    accounts agreeing on who and what, not a phrase.
    """
    out = np.zeros(candidates.shape, dtype=bool)
    sets = [set(ts) for ts in terms]
    rows, cols = np.nonzero(np.triu(candidates, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        both = sets[i] & sets[j]
        if not any(t[0] != "@" for t in both) or any(t[0].isdigit() or t[0] == "#" for t in both):
            continue
        run = _one_run(terms[i], both)
        if run is not None and run == _one_run(terms[j], both):
            out[i, j] = out[j, i] = True
    return out


def _one_run(terms: Sequence[str], shared: set[str]) -> tuple[str, ...] | None:
    """The ``shared`` terms in the order ``terms`` first gives them, when they form one run
    of consecutive terms there (stop words are not terms: "opening of some humanitarian
    corridors" is one run); None when they are spread over two or more."""
    runs, inside = 0, False
    for t in terms:
        now = t in shared
        runs += now and not inside
        inside = now
    if runs > 1:
        return None
    return tuple(dict.fromkeys(t for t in terms if t in shared))
