"""A peer of the fact similarity for bench/facts.py (``--paraphrase reported``): two outlets'
reports of one claim compared on what was said alone (session 16, measured and not adopted:
docs/benchmarks.md, facts section).

A whole-sentence embedding of "Ann Lee said on Sunday that the harbour would reopen" is
diluted by the attribution frame, the time phrase and side clauses. Analysis already
separates what was said from who said it (``Quote``: the content span and its speaker), so
here the content alone is embedded (MiniLM, ``crossbrief.synthesize.embeddings``), and only
between sentences whose speakers are one actor: the same story entity, or a place and a
person the story titles by it ("Velmoran President Ann Lee" speaks for Velmora). A pair of
sentences of two articles below the grouping threshold gets ``threshold * cosine / cut``
when two of their contents by one actor reach ``cut`` and each is the other's closest
content of that actor in the other article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from crossbrief.model import Entity, Quote
from crossbrief.synthesize import embeddings
from crossbrief.synthesize.actors import read_openings
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.paraphrase import FactEvidence
from crossbrief.synthesize.story import Story

CUT = 0.55  # MiniLM cosine of two contents at which one actor's two reports are one claim
MIN_CONTENT_WORDS = 4  # a shorter content ("no details", "a deal") is a topic, not a claim
_PLACES = {"GPE", "NORP", "LOC"}

Content = tuple[str, str]  # (speaker entity id, content text)


def _said(q: Quote) -> bool:
    """Whether ``q`` carries someone's claim: not a partial phrase inside a quotation counted
    already, not negated, not an event's evidence, not words relayed from another."""
    return (
        q.kind != "partial"
        and not q.negated
        and not q.inanimate_source
        and not q.relays
        and len(q.text.split()) >= MIN_CONTENT_WORDS
    )


class Actors:
    """The story entity a quotation's speaker is, and the places that title each person."""

    def __init__(self, story: Story, entities: Sequence[Entity]) -> None:
        self.at: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self.names: dict[str, str] = {}
        self.kind = {e.id: e.type for e in entities}
        place_at: dict[tuple[str, int], str] = {}
        person_at: dict[tuple[str, int], str] = {}
        for e in entities:
            for m in e.mentions:
                self.at[m.article].append((m.start, m.end, e.id))
                if e.type in _PLACES:
                    place_at[(m.article, m.start)] = e.id
                elif e.type == "PERSON":
                    person_at[(m.article, m.start)] = e.id
            for a in e.aliases:
                self.names.setdefault(name_key(a.form), e.id)
        self.titled: dict[str, set[str]] = defaultdict(set)
        for (article, person), place in read_openings(story, entities).titles.items():
            who, where = person_at.get((article, person)), place_at.get((article, place))
            if who is not None and where is not None:
                self.titled[who].add(where)

    def of(self, article: str, q: Quote) -> str | None:
        """The entity that heads ``q``'s speaker phrase, else the one its resolved name is."""
        if q.speaker_start is not None and q.speaker_end is not None:
            spans = self.at.get(article, [])
            # the head of an English noun phrase is its last word: "Velmoran officials" and
            # "the harbour board's lawyer" are not Velmora or the board speaking
            for start, end, eid in spans:
                if q.speaker_start <= start and end == q.speaker_end:
                    return eid
            if any(s < q.speaker_end and q.speaker_start < e for s, e, _ in spans):
                return None
        if q.speaker_name:
            return self.names.get(name_key(q.speaker_name))
        return None

    def agree(self, a: str, b: str) -> bool:
        """One actor: one entity, or a place and a person the story titles by it."""
        if a == b:
            return True
        return (self.kind.get(a) in _PLACES and a in self.titled.get(b, set())) or (
            self.kind.get(b) in _PLACES and b in self.titled.get(a, set())
        )


def reported_contents(
    story: Story, entities: Sequence[Entity]
) -> tuple[list[list[Content]], Actors]:
    """Per story sentence, (speaker entity, content) of each claim reported in it; and the
    story's actors, to tell which speakers agree."""
    actors = Actors(story, entities)
    index = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    out: list[list[Content]] = [[] for _ in story.sentences]
    for analyzed in story.articles:
        aid = analyzed.article.id
        for q in analyzed.quotes:
            if not _said(q):
                continue
            who = actors.of(aid, q)
            k = index.get((aid, analyzed.sentence_index(q.start)))
            if who is not None and k is not None:
                out[k].append((who, q.text))
    return out, actors


def reported_similarity(
    story: Story,
    entities: Sequence[Entity],
    evidence: FactEvidence,
    eligible: Sequence[bool],
    threshold: float,
    cut: float = CUT,
) -> np.ndarray:
    """The fact similarity, with two reports of one actor's claim raised to the threshold.

    Candidates: sentences of two articles, both ``eligible``, below ``threshold``, with no
    ordinal clash and not one shared stock phrase, holding contents by agreeing speakers.
    """
    sim = evidence.similarity.copy()
    contents, actors = reported_contents(story, entities)
    articles = [s.article for s in story.sentences]
    said = [k for k, c in enumerate(contents) if c and eligible[k]]
    phrase = evidence.one_phrase
    pairs: list[tuple[int, int, Content, Content]] = []
    for n, i in enumerate(said):
        for j in said[n + 1 :]:
            if articles[i] == articles[j] or sim[i, j] >= threshold or evidence.clash[i, j]:
                continue
            if phrase is not None and phrase[i, j]:
                continue
            pairs.extend(
                (i, j, ci, cj)
                for ci in contents[i]
                for cj in contents[j]
                if actors.agree(ci[0], cj[0])
            )
    if not pairs:
        return sim
    # every content of a candidate's actor in the other article: the closest must be mutual
    by_actor: dict[str, list[Content]] = defaultdict(list)
    for k in said:
        by_actor[articles[k]].extend(contents[k])
    texts = sorted({c for cs in by_actor.values() for _, c in cs})
    where = {t: n for n, t in enumerate(texts)}
    vectors = embeddings.embed(texts)

    def cosine(a: str, b: str) -> float:
        return float(vectors[where[a]] @ vectors[where[b]])

    def closest(c: Content, article: str) -> str | None:
        options = [o for w, o in by_actor[article] if actors.agree(c[0], w)]
        return max(options, key=lambda o: cosine(c[1], o), default=None)

    for i, j, ci, cj in pairs:
        c = cosine(ci[1], cj[1])
        if c < cut or closest(ci, articles[j]) != cj[1] or closest(cj, articles[i]) != ci[1]:
            continue
        if threshold * c / cut > sim[i, j]:
            sim[i, j] = sim[j, i] = threshold * c / cut
    return sim
