"""Whom two sentences are about: two people's acts are two facts, whatever they share.

Two outlets reporting one fact agree on who did it or had it done. "Tom Hale quit the wage
panel on Thursday" and "Ann Lee was sacked from the wage panel on Thursday" tell two acts
(``one_event.other_events``) and share a day and rare words, which ``shared_core`` takes as
a participant or circumstance of one fact told in two verbs; but they tell two people's fates.
Here each sentence's people are the story's entities of type PERSON it names (one id for
every spelling, title or role an outlet used), less the person a quote credits as its source
("Ferries were cancelled, Tom Hale said": two outlets citing different witnesses for one
event report one fact); two sentences that each name someone and none in common are about
different people (``people_apart``), and ``shared_core.without_topic_pairs`` counts nothing
they share. A sentence that names nobody ("the coach", "he") may be about anyone the other
names and is not judged; nor is a pair telling one act (a figure's holder is not read here):
the names the tagger reads are too unsure (a nickname, a car's make, a show's title) to part
every pair on them alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from crossbrief.model import Entity
from crossbrief.synthesize.story import Story

PERSON = "PERSON"


def sentence_people(
    story: Story, entities: Sequence[Entity], index: dict[tuple[str, int], int]
) -> list[frozenset[str]]:
    """Per story sentence (``index``: (article, sentence) -> its place among the story's
    sentences), the ids of the person entities it names, less the speaker a quote of its
    article credits: the first person named in the quote's speaker span (a source credited
    is no participant of the act it reports; a name in an apposition after it, "Ann Lee, who
    beat Tom Hale in May, said", is)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a in story.articles:
        for q in a.quotes:
            if q.speaker_start is not None and q.speaker_end is not None:
                spans[a.article.id].append((q.speaker_start, q.speaker_end))
    named: list[tuple[int, str, str, int]] = []  # (sentence, article, entity id, start)
    for entity in entities:
        if entity.type != PERSON:
            continue
        for m in entity.mentions:
            k = index.get((m.article, m.sentence))
            if k is not None:
                named.append((k, m.article, entity.id, m.start))
    # the first person named inside each speaker span is the speaker
    first: dict[tuple[str, int], int] = {}
    for _, article, _, start in named:
        for lo, hi in spans.get(article, ()):
            if lo <= start < hi and start < first.get((article, lo), hi):
                first[(article, lo)] = start
    speakers = {(article, start) for (article, _), start in first.items()}
    out: list[set[str]] = [set() for _ in story.sentences]
    for k, article, eid, start in named:
        if (article, start) not in speakers:
            out[k].add(eid)
    return [frozenset(s) for s in out]


def people_apart(people: Sequence[frozenset[str]]) -> np.ndarray:
    """A boolean matrix over the story's sentences: True where both sentences name a person
    (``people``, from ``sentence_people``) and they name none in common."""
    n = len(people)
    named = np.asarray([bool(row) for row in people], dtype=bool)
    vocab: dict[str, int] = {}
    cols = [vocab.setdefault(p, len(vocab)) for row in people for p in row]
    if not cols:
        return np.zeros((n, n), dtype=bool)
    rows = np.repeat(np.arange(n), [len(row) for row in people])
    incidence = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, len(vocab)))
    shared: np.ndarray = (incidence @ incidence.T).toarray() > 0
    apart: np.ndarray = named[:, None] & named[None, :] & ~shared
    return apart
