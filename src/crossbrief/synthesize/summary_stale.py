"""A plan overtaken by its outcome: "the board would wait before deciding to close the pier"
next to "the board closed the pier". A news story is told over days, and an early report's
plan, forecast or pending decision is stale once a later one tells it done; read side by side
in one summary, the two read as a contradiction. So the summary holds at most one of them
(``stale_pairs``, pairs of candidates the summary may not hold both of).

A plan is a verb after a modal or "to" ("will close", "would be cancelled", "deciding to
close"); an outcome the same verb in a past form ending in "-ed" with no modal or "to" before
it ("closed", "were cancelled"). The two tell one act when the words after the verb, or for
a passive those before it, share a content word (its object: "the north pier"). Irregular
verbs are not read ("will go" / "went"); a plan and an outcome of another act are none ("will
open a terminal" / "opened its books"). The smallest test of a plan's modality, kept to the
summary; the fact groups' own polarity and modality are ``polarity``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.text import fold

# how many words after a verb may name its object
OBJECT_WORDS = 8
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_MODALS = frozenset(["will", "would", "shall", "could", "may", "might", "to", "'ll", "'d"])
_PASSIVE = frozenset(["be", "been", "being", "is", "are", "was", "were"])
# between a modal and its verb: "not", a "be"/"have been" of a passive or perfect, an adverb
_BETWEEN = frozenset(["not", "be", "have", "been", "also", "then", "soon", "probably", "likely"])


def _root(verb: str) -> str:
    """A verb's root, its past "-ed" and a doubled last consonant off ("cancelled",
    "canceled", "cancel" all give "cancel"; "closed", "close" give "clos")."""
    if verb.endswith("ed") and len(verb) > 4:
        verb = verb[:-2]
    elif verb.endswith("e"):
        verb = verb[:-1]
    if len(verb) > 3 and verb[-1] == verb[-2]:
        verb = verb[:-1]
    return verb


# per text: a candidate is read once for each other candidate
@lru_cache(maxsize=1 << 12)
def _acts(text: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The planned and the done verbs of ``text``'s own words (not its quotations), by root,
    each with the content words after it (its object)."""
    words = _WORD.findall(fold(QUOTED.sub(" ", text)))
    planned: dict[str, set[str]] = {}
    done: dict[str, set[str]] = {}
    for k, w in enumerate(words):
        if w in STOP_WORDS or w in _BETWEEN:
            continue
        j = k - 1
        while j >= 0 and words[j] in _BETWEEN:
            j -= 1
        # a passive's object is its subject, before it: "the crossings were cancelled"
        passive = words[k - 1] in _PASSIVE if k else False
        span = (
            words[max(0, j - OBJECT_WORDS) : j] if passive else words[k + 1 : k + 1 + OBJECT_WORDS]
        )
        after = {x for x in span if x not in STOP_WORDS}
        if j >= 0 and words[j] in _MODALS:
            planned.setdefault(_root(w), set()).update(after)
        elif w.endswith("ed"):
            done.setdefault(_root(w), set()).update(after)
    return planned, done


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
    plans = [_open_plans(t) for t in texts]
    # each done act's root -> the candidates telling it done: a planned act is read only
    # against those, not against every other candidate
    told = [_acts(t)[1] for t in texts]
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
