"""Whether two sentences telling two acts share what one fact is made of, not only the topic.

Two outlets telling one fact in two verbs ("lifted 37 people" / "37 people were rescued")
share a participant: a name the story rarely uses (the rarer names are who and where a fact
is of; a name in more sentences than the story has articles is its topic) or a figure.
Sentences of one story share its topic words and main names while telling different events
of it: "The Brask Red Cross sent boats with food to Velmora to join the relief effort" /
"The harbour board airlifted food to Velmora for the relief effort" tell two acts
(``one_event.other_events``: each has a verb read, neither's is a word of the other) and
share a frequent place and three of the story's rarer words, which ``one_event`` accepts
(``RARE_SHARED``), but no rare name and no figure: no fact (``without_topic_pairs``). Not
judged: two sentences that open their articles (headline and lead tell the main event, each
outlet in its own verb), two worded close (``paraphrase.SURFACE``), and a sentence telling
a reaction ("condemned", "decried": a stance on another act, told in verbs of judging or
saying that differ from outlet to outlet).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from crossbrief.model import Entity
from crossbrief.synthesize.one_event import other_events
from crossbrief.synthesize.summary_reactions import reacted_to

if TYPE_CHECKING:  # the conflicts package imports ``facts``, which imports this module
    from crossbrief.synthesize.conflicts.readings import FigureValue

# A figure: its dimension, the interval of sizes it allows in its base unit, and the noun
# it counts ("" where none)
FigureKey = tuple[str, float, float, str]


def without_topic_pairs(
    sim: np.ndarray,
    texts: Sequence[str],
    articles: Sequence[str],
    lead: Sequence[bool],
    close: np.ndarray,
    rare_names: Sequence[frozenset[str]],
    figures: Sequence[frozenset[FigureKey]],
) -> np.ndarray:
    """``sim`` (a fact similarity of the story's sentences ``texts``) with 0 for the pairs of
    two articles' sentences that tell two acts (``one_event.other_events``: each tells one,
    neither's is a word of the other; neither reports a reaction, ``_reacts``) and share no name of ``rare_names`` and no figure of
    ``figures`` (``one_figure``), unless both open their articles (``lead``) or their
    wording is close (``close``, a boolean matrix)."""
    out = sim.copy()
    rows, cols = np.nonzero(np.triu(sim > 0, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if articles[i] == articles[j] or (lead[i] and lead[j]) or close[i, j]:
            continue
        if rare_names[i] & rare_names[j] or one_figure(figures[i], figures[j]):
            continue
        if other_events(texts[i], texts[j]) and not (_reacts(texts[i]) or _reacts(texts[j])):
            out[i, j] = out[j, i] = 0.0
    return out


@lru_cache(maxsize=1 << 13)
def _reacts(text: str) -> bool:
    """Whether ``text`` reports a reaction (``summary_reactions.reacted_to``: "condemned",
    "decried", "welcomed"): a verb of judging tells a stance on another act, which another
    outlet tells in a verb of its own, or of saying ("called it a pretext"), not an act to
    compare (cached: a sentence is compared with many others)."""
    return reacted_to(text) is not None


def one_figure(a: frozenset[FigureKey], b: frozenset[FigureKey]) -> bool:
    """Whether a figure of ``a`` and one of ``b`` can be one figure: one dimension, sizes
    that overlap ("about 16 percent" / "16 percent"), and, for a small count ("four men"),
    one counted noun: small counts recur across a story's events ("two men", "three days")."""
    return any(
        x[0] == y[0]
        and x[1] <= y[2]
        and y[1] <= x[2]
        and (not _small(x) or (x[3] != "" and x[3] == y[3]))
        for x in a
        for y in b
    )


def _small(key: FigureKey) -> bool:
    """Whether ``key`` is a count below ``conflicts.figures.SMALL``."""
    # imported here: the conflicts package imports ``facts``, which imports this module
    from crossbrief.synthesize.conflicts.figures import SMALL

    return key[0] == "count" and key[2] < SMALL


def rare_entities(
    entities: Sequence[Entity], index: dict[tuple[str, int], int], n: int, few: int
) -> list[frozenset[str]]:
    """Per story sentence (``index``: (article, sentence) -> its place among the ``n``), the
    ids of the entities it mentions that the story mentions in at most ``few`` sentences
    (its number of articles): a name in more is the story's topic, told of many things."""
    where: dict[str, set[int]] = defaultdict(set)
    for entity in entities:
        for m in entity.mentions:
            k = index.get((m.article, m.sentence))
            if k is not None:
                where[entity.id].add(k)
    out: list[set[str]] = [set() for _ in range(n)]
    for eid, sentences in where.items():
        if len(sentences) <= few:
            for k in sentences:
                out[k].add(eid)
    return [frozenset(s) for s in out]


def figure_keys(values: Sequence[FigureValue], n: int) -> list[frozenset[FigureKey]]:
    """Per story sentence (of ``n``), the figures it gives as ``FigureKey``s."""
    out: list[set[FigureKey]] = [set() for _ in range(n)]
    for v in values:
        m = v.measure
        out[v.sentence].add((m.dimension, m.low, m.high, v.tally))
    return [frozenset(s) for s in out]
