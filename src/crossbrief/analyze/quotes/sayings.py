"""Set sayings, which report no one's words: "as they say", "as people say", "as the saying
goes". The "as" clause says that the writer's words are common wisdom or a turn of phrase;
its "they" is people at large, and nothing in the sentence is attributed to a speaker.
"As Ann Lee says, ..." is Ann Lee's claim and stays one, and so is "as they say" after a
group named as a subject ("Dock workers walked out. As they say, ..."): its "they" is
that group, resolved as a speaking "they" is.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.groups import group_for_they
from crossbrief.analyze.quotes.people import People
from crossbrief.model import Mention, Quote

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


def no_sayings(
    quotes: Sequence[Quote], paras: Sequence[Para], mentions: Sequence[Mention], people: People
) -> list[Quote]:
    """The quotes, less those whose cue is the verb of a set saying ("as they say"); the
    article's name ``mentions`` and ``people`` name the group a "they" may stand for."""
    starts = [p.offset for p in paras]
    out = []
    for q in quotes:
        k = bisect.bisect_right(starts, q.cue_start if q.cue_start is not None else -1) - 1
        if k < 0 or q.cue_start is None or q.cue_end is None:
            out.append(q)
            continue
        span = paras[k].tokens(q.cue_start, q.cue_end)
        subjects = [s for s in (_saying_subject(t) for t in span or ()) if s is not None]
        if not any(
            s.lower_ != "they" or group_for_they(paras, k, s, (mentions, people)) is None
            for s in subjects
        ):
            out.append(q)
    return out


def _saying_subject(verb: Any) -> Any:
    """The subject of ``verb`` when it heads an "as" clause of a saying: "say" with a
    subject that is anyone, or "go" with "saying" for subject, and no content of its own;
    else None."""
    children = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return None
    if any(c.dep_ in _CONTENT for c in children):
        return None
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    word = verb.lower_
    if (word in _SAY and subj.lower_ in _ANYONE) or (word in _GO and subj.lower_ in _SAYINGS):
        return subj
    return None
