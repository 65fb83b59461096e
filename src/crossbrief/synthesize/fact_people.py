"""Whom two sentences are about: two people's acts are two facts, whatever they share.

Two outlets reporting one fact agree on who did it or had it done. "Tom Hale quit the wage
panel on Thursday" and "Ann Lee was sacked from the wage panel on Thursday" tell two acts
(``one_event.other_events``) and share a day and rare words, which ``shared_core`` takes as
a participant or circumstance of one fact told in two verbs; but they tell two people's fates.
Here each sentence's people are the words of the names it gives the story's entities of
type PERSON ("Ann Lee" -> ann, lee: the words written, as a bare surname may be resolved to
a namesake and a role to the wrong holder), less the person a quote credits as its source
("Ferries were cancelled, Tom Hale said": two outlets citing different witnesses for one
event report one fact); two sentences that each name someone and share no name word are
about different people (``people_apart``), and ``shared_core.without_topic_pairs`` counts
nothing they share. A sentence that names nobody ("the coach", "he") may be about anyone the other
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
# generational suffixes after a surname ("Tom Hale Jr.")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def sentence_people(
    story: Story, entities: Sequence[Entity], index: dict[tuple[str, int], int]
) -> list[frozenset[str]]:
    """Per story sentence (``index``: (article, sentence) -> its place among the story's
    sentences), the words (``name_words``) of the person entities it names by name, less the
    speaker a quote of its article credits: the first person named in the quote's speaker
    span (a source credited is no participant of the act it reports; a name in an
    apposition after it, "Ann Lee, who beat Tom Hale in May, said", is). The name's words,
    not the entity: a bare "Lee" may be resolved to a namesake, and a role ("the minister")
    to the wrong holder, so only what the sentence writes is compared; two people sharing a
    first name are then never apart, which only keeps a pair as before."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a in story.articles:
        for q in a.quotes:
            if q.speaker_start is not None and q.speaker_end is not None:
                spans[a.article.id].append((q.speaker_start, q.speaker_end))
    named: list[tuple[int, str, frozenset[str], int]] = []  # (sentence, article, words, start)
    for entity in entities:
        if entity.type != PERSON:
            continue
        for m in entity.mentions:
            k = index.get((m.article, m.sentence))
            if k is not None and (words := name_words(m.text)):
                named.append((k, m.article, words, m.start))
    # the first person named inside each speaker span is the speaker
    first: dict[tuple[str, int], int] = {}
    for _, article, _, start in named:
        for lo, hi in spans.get(article, ()):
            if lo <= start < hi and start < first.get((article, lo), hi):
                first[(article, lo)] = start
    speakers = {(article, start) for (article, _), start in first.items()}
    out: list[set[str]] = [set() for _ in story.sentences]
    for k, article, words, start in named:
        if (article, start) not in speakers:
            out[k].update(words)
    return [frozenset(s) for s in out]


def name_words(text: str) -> frozenset[str]:
    """The words of a name as written, lower-cased, each part of a hyphenated one as well,
    less a possessive and a generational suffix ("Ann Lee's" -> ann, lee; "Tom Hale-Reed Jr."
    -> tom, hale-reed, hale, reed): a person is named by any of them ("Qin Yongmin" / "Qin",
    family name first; "Jones-Drew" / "Drew"). None for a mention that is no name (a role or
    a pronoun an entity holds: "the minister", "he")."""
    out: set[str] = set()
    for word in text.replace("\u2019", "'").split():
        word = word.strip(".,;:()\"'").removesuffix("'s")
        if not word[:1].isupper() or word.lower() in _SUFFIXES:
            continue
        out.add(word.lower())
        out.update(part.lower() for part in word.split("-") if part[:1].isupper())
    return frozenset(out)


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
