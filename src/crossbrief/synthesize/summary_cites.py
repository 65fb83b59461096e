"""A summary sentence's citations: the sentence, then each other article's closest paraphrase
that carries its own claim, not only its background."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from crossbrief.model import SentenceRef
from crossbrief.synthesize.facts import statement
from crossbrief.synthesize.story import Story

# share of a summary sentence's own content words a citation must carry (``carried``): on
# hand-read citations of DUC 2004 dev clusters and the seeds, 10 of 14 right (weighted by
# support, as the summary weighs concepts: 8 of 14)
CITE_CARRIED = 0.3


def carried(mine: set[str], theirs: set[str]) -> float:
    """The share of the content words among the concepts ``mine`` (a sentence's) that
    ``theirs`` (another sentence's) has too. Each word counts once, however many reports
    carry it: weighing by support would count the background every outlet repeats ("left to
    die on a fence") above the sentence's own claim."""
    words = {c for c in mine if " " not in c}
    return len(words & theirs) / len(words) if words else 0.0


def citations(
    story: Story,
    i: int,
    same: np.ndarray,
    concepts: Sequence[set[str]],
) -> tuple[SentenceRef, ...]:
    """The sentence, then the closest paraphrase of each other article that states anything
    (``facts.statement``: no heading, quote fragment or wire routing line) and carries at
    least ``CITE_CARRIED`` of the sentence's own content words: a fact group or a short sentence
    can share only a long sentence's background ("... had been robbed and left stranded on a
    ferry, the council held a press conference"), and an outlet that never told its main
    claim is no support for it."""
    sents = story.sentences
    best: dict[str, int] = {}
    for j in np.flatnonzero(same[i]):
        article = sents[j].article
        if article == sents[i].article or sents[j].heading or not statement(sents[j].text):
            continue
        if carried(concepts[i], concepts[int(j)]) < CITE_CARRIED:
            continue
        if article not in best or story.similarity[i, j] > story.similarity[i, best[article]]:
            best[article] = int(j)
    return (sents[i].ref, *(sents[j].ref for j in sorted(best.values())))
