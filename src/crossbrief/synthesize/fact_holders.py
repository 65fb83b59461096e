"""Who holds an act: one act told of two holders is two facts.

Analysis reads each act's subject from the parse (``Act.subject``: its head words, and
whether it is passive). Two outlets reporting one fact agree on who did it, or had it done:
"the Green Party won 12 seats" and "the Harbour Party won 12 seats" share an act, a figure
and the story's topic words, and the fact similarity joins them; but they tell two parties'
results. Here each sentence's acts are keyed by their root ("won" / "wins") and voice, and
held by the story entities their subjects name. A holder must be named: the subject's head
inside a named mention of the analysis, of a type that acts (a person, an organisation, a
place) both as the tagger read the mention and as the entities type it; a pronoun, a role
or a common noun names no one sure. Two sentences are of two holders (``holders_apart``)
when they share a keyed act, every such act has named holders in both, and for none do the
holders meet (``_meet``): one entity, one name a part of the other ("Lee" / "Ann Lee",
which the entities may have left apart), two spellings of one name ("Organisation" /
"Organization", "co-operation"), or holders of other types (a coach decides for his team, a
city's name stands for its team). Nor are they apart when one sentence names the other's
holder: the owner and the firm it bought ("AMD will sell SeaMicro servers" / "SeaMicro will
sell servers, AMD said"), a team and its nickname ("Creighton defeats Drake" / "the
Bluejays, Creighton's leaders, defeated Drake"), or a second holder of a sentence's act
told beside the first ("Orr ran for 200 yards while Hale added 101" / "Hale ran for 101"). A subject conjoined with another ("Lee and Hale
won") holds with each; a verb of saying is no act here (two outlets citing two sources for
one fact are one fact: ``voices``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from crossbrief.model import Entity
from crossbrief.synthesize.one_event import TELLING, act_root
from crossbrief.synthesize.story import Story

# one holder: an entity id, its type (the entity's and the tagger's), and the words of the
# name the sentence gives it
Holder = tuple[str, str, frozenset[str]]
# the entity types whose holders are compared: a people's name ("the 40-year-old American")
# or a work's ("the Colts" tagged as a title) is no one acting
HOLDING = frozenset({"PERSON", "ORG", "GPE"})
# the likeness (difflib's ratio) of two names' sorted words from which they are two spellings
# of one name ("organisation co-operation europe security" / "organization cooperation ...":
# 0.95); two parties' names sharing a word ("green party" / "harbour party") are near 0.6
SPELT_ALIKE = 0.8
# a sentence's acts: (root, passive) -> its holders, or None where one is not named
Held = dict[tuple[str, bool], frozenset[Holder] | None]
# an article's entity mentions: (start, end, entity id, entity type, text), sorted
_Mentions = Sequence[tuple[int, int, str, str, str]]


@dataclass(frozen=True)
class Holders:
    """Per story sentence: its acts with their holders (``acts``), and the entities it
    names anywhere (``named``)."""

    acts: list[Held]
    named: list[frozenset[str]]


def sentence_holders(story: Story, entities: Sequence[Entity]) -> Holders:
    """Each story sentence's acts (but saying) keyed by root and voice, each with the
    holders its subject names (``Held``), and the entities each sentence names."""
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    by_article: dict[str, list[tuple[int, int, str, str, str]]] = defaultdict(list)
    named: list[set[str]] = [set() for _ in story.sentences]
    for entity in entities:
        for m in entity.mentions:
            by_article[m.article].append((m.start, m.end, entity.id, entity.type, m.text))
            if (k := where.get((m.article, m.sentence))) is not None:
                named[k].add(entity.id)
    out: list[Held] = [{} for _ in story.sentences]
    for a in story.articles:
        if not a.acts:
            continue
        mentions = sorted(by_article.get(a.article.id, ()))
        starts = [m[0] for m in mentions]
        tags = sorted((m.start, m.end, m.type) for m in a.mentions)
        tag_starts = [s for s, _, _ in tags]
        for act in a.acts:
            k = where.get((a.article.id, act.sentence))
            if k is None or not act.subject or act.word in TELLING:
                continue
            root = act_root(act.word)
            if not root:
                continue
            key = (root, act.passive)
            holders = _holders(act.subject, mentions, starts, tags, tag_starts)
            known = out[k].get(key, frozenset())
            out[k][key] = None if holders is None or known is None else known | holders
    return Holders(out, [frozenset(n) for n in named])


def _holders(
    subject: Sequence[tuple[int, int]],
    mentions: _Mentions,
    starts: Sequence[int],
    tags: Sequence[tuple[int, int, str]],
    tag_starts: Sequence[int],
) -> frozenset[Holder] | None:
    """The holders of the subject heads ``subject``: for each, the entity whose mention
    covers it, where the tagger's named mention covering it and the entity are of one type
    that acts (``HOLDING``); None where one head has none (not judged)."""
    out: set[Holder] = set()
    for lo, hi in subject:
        tagged = {t for s, e, t in tags[: bisect_right(tag_starts, lo)] if s <= lo and hi <= e}
        found = [
            (entity, kind, _words(text))
            for start, end, entity, kind, text in mentions[: bisect_right(starts, lo)]
            if start <= lo and hi <= end
        ]
        if not found or tagged != {kind for _, kind, _ in found} or not tagged <= HOLDING:
            return None
        out.update(found)
    return frozenset(out)


def _words(text: str) -> frozenset[str]:
    """The capitalised words of a name as written, lower-cased ("The Green Party's" ->
    green, party)."""
    words = (w.strip(".,;:()\"'").removesuffix("'s").removesuffix("\u2019s") for w in text.split())
    return frozenset(w.lower() for w in words if w[:1].isupper() and w != "The")


def holders_apart(holders: Holders) -> np.ndarray:
    """A boolean matrix over the story's sentences: True where two sentences share an act
    (root and voice), every act they share has named holders in both, and for none do the
    holders meet (``_meet``), unless one sentence names the other's holder."""
    held = holders.acts
    n = len(held)
    apart = np.zeros((n, n), dtype=bool)
    same = np.zeros((n, n), dtype=bool)
    by_key: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for k, acts in enumerate(held):
        for key in acts:
            by_key[key].append(k)
    for key, sentences in by_key.items():
        for x, i in enumerate(sentences):
            hi = held[i][key]
            for j in sentences[x + 1 :]:
                hj = held[j][key]
                if hi is None or hj is None or _meet(hi, hj) or _crossed(holders, i, hi, j, hj):
                    same[i, j] = same[j, i] = True
                else:
                    apart[i, j] = apart[j, i] = True
    out: np.ndarray = apart & ~same
    return out


def _meet(a: frozenset[Holder], b: frozenset[Holder]) -> bool:
    """Whether two acts' holders may be one: of other types, an entity in both, a name
    whose words are all words of a name in the other, or two names spelt alike
    (``SPELT_ALIKE``)."""
    if {k for _, k, _ in a} != {k for _, k, _ in b} or {e for e, _, _ in a} & {e for e, _, _ in b}:
        return True
    return any(x <= y or y <= x or _alike(x, y) for _, _, x in a for _, _, y in b)


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names' words, in order, are spelt alike (``SPELT_ALIKE``)."""
    ratio = SequenceMatcher(None, " ".join(sorted(a)), " ".join(sorted(b))).ratio()
    return ratio >= SPELT_ALIKE


def _crossed(
    holders: Holders, i: int, hi: frozenset[Holder], j: int, hj: frozenset[Holder]
) -> bool:
    """Whether sentence ``i`` names a holder of ``j``'s act or ``j`` one of ``i``'s."""
    named = holders.named
    return bool({e for e, _, _ in hj} & named[i]) or bool({e for e, _, _ in hi} & named[j])
