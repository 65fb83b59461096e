"""Set sayings, which report no one's words: "as they say", "as people say", "as the saying
goes". The "as" clause says that the writer's words are common wisdom or a turn of phrase;
its "they" is people at large, and nothing in the sentence is attributed to a speaker.
"As Ann Lee says, ..." is Ann Lee's claim and stays one.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.model import Quote

__all__ = ["no_sayings"]

# Subjects of "say" that name no one in particular ("as they say", "as people say").
_ANYONE = frozenset({"they", "people", "one", "folks", "everyone", "everybody"})
# The verbs' forms (the pipeline has no lemmatizer).
_SAY = frozenset({"say", "says"})  # "as they said on Monday" may report someone
_GO = frozenset({"go", "goes", "went"})
# Subjects of "go" in "as the saying goes".
_SAYINGS = frozenset({"saying", "adage", "proverb", "expression", "phrase", "cliche"})
# What a verb reporting words of its own has: a clause or quoted words as its object.
_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})


def no_sayings(quotes: Sequence[Quote], paras: Sequence[Para]) -> list[Quote]:
    """The quotes, less those whose cue is the verb of a set saying ("as they say")."""
    starts = [p.offset for p in paras]
    out = []
    for q in quotes:
        k = bisect.bisect_right(starts, q.cue_start if q.cue_start is not None else -1) - 1
        if k < 0 or q.cue_start is None or q.cue_end is None:
            out.append(q)
            continue
        span = paras[k].tokens(q.cue_start, q.cue_end)
        if span is None or not any(_a_saying(t) for t in span):
            out.append(q)
    return out


def _a_saying(verb: Any) -> bool:
    """``verb`` heads an "as" clause of a saying: "say" with a subject that is anyone, or
    "go" with "saying" for subject, and no content of its own."""
    children = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return False
    if any(c.dep_ in _CONTENT for c in children):
        return False
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    word = verb.lower_
    return bool(
        (word in _SAY and subj.lower_ in _ANYONE) or (word in _GO and subj.lower_ in _SAYINGS)
    )
