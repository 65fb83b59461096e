"""An ordinal on an event noun: the nth event of a series ("a fifth round of negotiations").

News counts the repeated undertakings of a story (rounds of talks, attempts at a deal,
votes, hearings, visits) by ordinal, and one story's series has one nth event: "the third
attempt to end the strike" and "a third round of negotiations" tell one event in two
words, while "a fourth round" tells another. The fact similarity (``paraphrase``) reads
these keys to join two such sentences that share a participant, however few other words
they share. The first of a series is no key ("the first time", "its first meeting" start
nothing that another event is counted against), nor is an ordinal on a span of time ("the
second day"), on "time", which counts any repeated act, or on a rank ("second place").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crossbrief.synthesize.fact_terms import word_term

# Nouns of one kind of event each: a second summit and a second wave (of strikes) are two
# series, and "talks" and "negotiations" are one kind.
_KINDS = {
    "meeting": ("meeting", "session", "summit", "talks", "negotiations"),
    "vote": ("vote", "voting", "ballot", "election"),
    "debate": ("debate",),
    "hearing": ("hearing",),
    "visit": ("visit", "trip"),
    "wave": ("wave",),
}
KIND = {word_term(w): kind for kind, words in _KINDS.items() for w in words}
# Nouns that count tries at anything: they take the kind of the event noun right after them
# ("a fifth round of negotiations" is a meeting) and, with none, may stand for a kind the
# other sentence names ("the third attempt to end the strike"). Two such bare counts name
# no series: a story runs several of them (one per tournament, one per dispute), and "the
# second round" in each is another event.
TRIES = frozenset(word_term(w) for w in ("attempt", "bid", "try", "effort", "round"))


def series_keys(terms: Sequence[str]) -> set[tuple[str, str]]:
    """(ordinal, kind) for each ordinal (``#n``, n >= 2) that ``terms`` (``fact_terms``) put
    right before an event noun: the nth event of one of the story's series; the kind is ""
    for a try at no named kind of event."""
    keys = set()
    for n, t in enumerate(terms[:-1]):
        if not t.startswith("#") or t == "#1":
            continue
        noun = terms[n + 1]
        if noun in KIND:
            keys.add((t, KIND[noun]))
        elif noun in TRIES:
            after = terms[n + 2] if n + 2 < len(terms) else ""
            keys.add((t, KIND.get(after, "")))
    return keys


def one_event(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> bool:
    """Whether two sentences' ``series_keys`` name one event: one ordinal, and one kind, or
    a kind one side names and a try of no named kind on the other."""
    b = list(b)
    return any(o == p and (k or q) and (k == q or not k or not q) for o, k in a for p, q in b)
