"""A plan overtaken by its outcome: "the board would wait before deciding to close the pier"
next to "the board closed the pier". A news story is told over days, and an early report's
plan, forecast or pending decision is stale once a later one tells it done; read side by side
in one summary, the two read as a contradiction. So the summary holds at most one of them
(``stale_pairs``, pairs of candidates the summary may not hold both of).

A plan and an outcome are read by ``polarity``, the one test of a verb's modality that the
fact groups and the citations use too: a plan is a verb under a modal, a future, a
deliberation or an intention ("will close", "would be cancelled", "deciding to close", "plans
to close"); an outcome a past form ("closed", "were cancelled", "shut"), not one describing
its noun ("the closed pier"). The two tell one act when the words after the verb, or for a
passive those before its auxiliaries, share a content word (its object: "the north pier").
A plan and an outcome of another act are none ("will open a terminal" / "opened its books").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.polarity import (
    DONE,
    PLAN,
    bases,
    chain_start,
    is_be,
    may_plan,
    occurrences,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import QUOTED

# how many words after a verb may name its object
OBJECT_WORDS = 8


# per text: a candidate is read once for each other candidate
@lru_cache(maxsize=1 << 12)
def _acts(text: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The planned and the done verbs of ``text``'s own words (not its quotations), by base,
    each with the content words of its object. A negated past ("was never closed") tells
    the story before the act, no outcome of it."""
    # read as ``polarity`` reads it (a capital inside the sentence is a name, not "may")
    words, plain, found = occurrences(QUOTED.sub(" ", text))
    planned: dict[str, set[str]] = {}
    done: dict[str, set[str]] = {}
    for k, base, negated, mode in found:
        if mode != PLAN and (mode != DONE or negated):
            continue
        j = chain_start(words, k)
        # a passive's object is its subject, before it: "the crossings were cancelled"
        if any(is_be(w) for w in words[j:k]):
            span = _words(reversed(plain[:j]))
        else:
            span = _words(plain[k + 1 :])
        (planned if mode == PLAN else done).setdefault(base, set()).update(
            w for w in span if w not in STOP_WORDS
        )
    return planned, done


def _words(tokens: Iterable[str]) -> list[str]:
    """The first ``OBJECT_WORDS`` words of ``tokens``, marks and figures skipped: "the
    2031-32 season" is two words, "the" and "season"."""
    return list(islice((t for t in tokens if t.isalpha()), OBJECT_WORDS))


def overtaken(plan: str, done: str) -> bool:
    """True when ``plan`` plans an act ("would wait before deciding to close the pier")
    that ``done`` tells done ("closed the pier"), with a word of its object in common, and
    ``plan`` does not tell it done itself."""
    return _overtakes(_open_plans(plan), _acts(done)[1])


def _open_plans(text: str) -> dict[str, set[str]]:
    """The acts ``text`` plans with an object and does not tell done itself, by root."""
    planned, done = _acts(text)
    return {root: objects for root, objects in planned.items() if objects and root not in done}


def _overtakes(plans: dict[str, set[str]], told: dict[str, set[str]]) -> bool:
    """Whether an act of ``plans`` is one of ``told`` (done), a word of its object shared."""
    return any(
        root in told and not objects.isdisjoint(told[root]) for root, objects in plans.items()
    )


def stale_pairs(story: Story, chosen: Sequence[int]) -> np.ndarray:
    """Which pairs of the ``chosen`` sentences are a plan and its outcome (``overtaken``),
    one way or the other: the summary may not hold both."""
    texts = [story.sentences[i].text for i in chosen]
    # a text with no modal or planning word plans nothing, and one with no word of a planned
    # act tells none done: neither is read word by word (most candidates)
    plans = [_open_plans(t) if may_plan(t) else {} for t in texts]
    roots = {root for planned in plans for root in planned}
    told = [_acts(t)[1] if roots and not roots.isdisjoint(bases(t)) else {} for t in texts]
    # each done act's root -> the candidates telling it done: a planned act is read only
    # against those, not against every other candidate
    telling: dict[str, list[int]] = {}
    for y, done in enumerate(told):
        for root in done:
            telling.setdefault(root, []).append(y)
    out = np.zeros((len(chosen), len(chosen)), dtype=bool)
    for x, planned in enumerate(plans):
        for root, objects in planned.items():
            for y in telling.get(root, ()):
                if y != x and not objects.isdisjoint(told[y][root]):
                    out[x, y] = out[y, x] = True
    return out
