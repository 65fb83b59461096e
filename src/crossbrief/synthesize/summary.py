"""The summary: exact source sentences chosen for coverage without redundancy.

Algorithm (greedy maximal marginal relevance under a word budget):

1. Each sentence's salience is its cosine similarity to the story centroid (the mean of all
   sentence TF-IDF vectors), times a lead bonus ``1 / (1 + LEAD * position)``, times the
   share of outlets that carry the same fact (cross-outlet agreement is evidence of
   importance).
2. Repeatedly add the sentence maximising ``salience - REDUNDANCY * max similarity to the
   sentences already chosen``, skipping sentences that would overflow the budget, that are
   too short or too long, that open with a pronoun or connective whose antecedent is not in
   the summary, or that are dangling quote fragments.
3. Order the chosen sentences by article date, then article order, then position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from crossbrief.model import SentenceRef, SummarySentence
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story

LEAD = 0.08
REDUNDANCY = 0.7
MIN_WORDS = 6
MAX_WORDS = 60
_DANGLING = re.compile(
    r"^(he|she|they|it|his|her|their|its|this|these|those|but|and|also|however|meanwhile|"
    r"still|yet|so|then|that)\b",
    re.I,
)


def _usable(text: str) -> bool:
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        return False
    if _DANGLING.match(text.lstrip("\"'\u201c\u2018 ")):
        return False
    # Unbalanced quote marks: a fragment of a quote continued elsewhere.
    straight = text.count('"')
    curly_open, curly_close = text.count("\u201c"), text.count("\u201d")
    return straight % 2 == 0 and (curly_open + curly_close + straight) % 2 == 0


def summarize(
    story: Story, groups: Sequence[FactGroup], words: int, dates: dict[str, str | None]
) -> list[SummarySentence]:
    """At most ``words`` words of exact source sentences, each citing its whole fact group."""
    sents = story.sentences
    if not sents:
        return []
    matrix = story.tfidf.matrix
    centroid = matrix.mean(axis=0)
    norm = np.linalg.norm(centroid)
    centrality = matrix @ (centroid / norm) if norm else np.zeros(len(sents))
    n_outlets = max(story.outlets([a.article.id for a in story.articles]), 1)
    group_support = {}
    for g in groups:
        support = story.outlets([sents[i].article for i in g.members])
        for i in g.members:
            group_support[i] = support
    salience = np.array(
        [
            centrality[i]
            * (1.0 / (1.0 + LEAD * s.position))
            * (0.5 + 0.5 * group_support.get(i, 1) / n_outlets)
            for i, s in enumerate(sents)
        ]
    )
    sim = story.similarity
    chosen: list[int] = []
    used = 0
    candidates = [i for i, s in enumerate(sents) if _usable(s.text)]
    while candidates:
        best, best_score = -1, -np.inf
        for i in candidates:
            n_words = len(sents[i].text.split())
            if used + n_words > words and chosen:
                continue
            redundancy = max((sim[i, j] for j in chosen), default=0.0)
            score = salience[i] - REDUNDANCY * redundancy
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
        used += len(sents[best].text.split())
        candidates = [i for i in candidates if i != best]
        if used >= words:
            break
    order = {a.article.id: n for n, a in enumerate(story.articles)}
    chosen.sort(
        key=lambda i: (
            dates.get(sents[i].article) or "9999",
            order[sents[i].article],
            sents[i].index,
        )
    )
    cites = {}
    for g in groups:
        refs = tuple(sents[i].ref for i in g.members)
        for i in g.members:
            cites[i] = refs
    out = []
    for i in chosen:
        group: tuple[SentenceRef, ...] = cites.get(i, (sents[i].ref,))
        refs = (sents[i].ref, *[r for r in group if r != sents[i].ref])
        out.append(
            SummarySentence(
                text=sents[i].text,
                sources=refs,
                support=story.outlets([r.article for r in refs]),
            )
        )
    return out
