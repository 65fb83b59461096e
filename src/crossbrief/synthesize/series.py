"""An ordinal on an event noun: the nth event of a series ("a fifth round of negotiations").

News counts the repeated undertakings of a story (rounds of talks, attempts at a deal,
votes, hearings, visits) by ordinal, and one story's series has one nth event: "the third
attempt to end the strike" and "a third round of negotiations" tell one event in two
words, while "a fourth round" tells another. The fact similarity (``paraphrase``) reads
these keys to join two such sentences that share a participant, however few other words
they share. The first of a series is no key ("the first time", "its first meeting" start
nothing that another event is counted against), nor is an ordinal on a span of time ("the
second day"), on "time", which counts any repeated act, or on a rank ("finished second in
the vote": the ordinal must stand right before the noun it counts), nor a day of a month
("its December 2nd meeting").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crossbrief.analyze.timex.words import MONTHS
from crossbrief.synthesize.fact_terms import word_term
from crossbrief.synthesize.text import fold

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
# The prepositions that name what a try is at ("a round of strikes", "a bid for the ferry
# line"): a try at something that is no event of a kind counts nothing the other sentence
# can name, so it takes no key (a try followed by what it does, "to end the strike", keeps
# its wildcard key).
_OBJECT = frozenset(("of", "for", "at"))
_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "his", "her", "new", "more"))
_OBJECT_WORDS = 4  # the words after the preposition read for the tried event's noun
# Words, stop words included, and the punctuation between them: an ordinal is right before
# its noun only when no word or comma parts them ("came second, meeting the mayor",
# "finished third in the vote"); a hyphen joins ("a second-round vote").
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?|[^\w\s-]")
# What every ordinal from the second on holds, as a word ("second") or in digits ("2nd"): a
# text holding none has no key, and most sentences hold none (the word-by-word reading is
# the costly part of the fact grouping's series test).
_ORDINAL_LIKE = re.compile(
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d(?:st|nd|rd|th)"
)


def series_keys(text: str) -> set[tuple[str, str]]:
    """(ordinal, kind) for each ordinal (``#n``, n >= 2) of a sentence's ``text`` that
    stands right before an event noun: the nth event of one of the story's series. A noun of
    trying ("round", "bid") takes the kind of the event noun it is "of" ("a third round of
    talks"); a bare one, or one followed by what it does ("a second bid to end the strike"),
    gets the kind "" (a try at no named kind of event); one of anything else ("a second round
    of strikes") gets none."""
    folded = fold(text)
    if not _ORDINAL_LIKE.search(folded):
        return set()
    words = _TOKEN.findall(folded)
    keys = set()
    for n, w in enumerate(words[:-1]):
        ordinal = word_term(w)
        if not ordinal.startswith("#") or ordinal == "#1":
            continue
        if w[0].isdigit() and _after_month(words[:n]):
            continue  # "December 2nd", "Dec. 2nd": a date
        noun = word_term(words[n + 1])
        if noun in KIND:
            keys.add((ordinal, KIND[noun]))
        elif noun in TRIES:
            kind = _tried_kind(words[n + 2 :])
            if kind is not None:
                keys.add((ordinal, kind))
    return keys


def _after_month(before: list[str]) -> bool:
    """Whether the words ``before`` a digit ordinal end in a month name (a date)."""
    if before and before[-1] == ".":
        before = before[:-1]  # an abbreviated month: "Dec. 2nd"
    return bool(before) and before[-1] in MONTHS


def _tried_kind(after: list[str]) -> str | None:
    """The kind of event a noun of trying is at, from the words ``after`` it: the kind of an
    event noun right after it ("a second round vote") or after "of", "for" or "at"; "" when
    neither follows; None when "of", "for" or "at" names something else."""
    if after and word_term(after[0]) in KIND:
        return KIND[word_term(after[0])]
    if not after or after[0] not in _OBJECT:
        return ""
    for w in after[1 : 1 + _OBJECT_WORDS]:
        if w in _DETERMINERS:
            continue
        term = word_term(w)
        if term in KIND:
            return KIND[term]
        if not term:  # a stop word or punctuation ends the noun phrase
            break
    return None


def one_event(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> bool:
    """Whether two sentences' ``series_keys`` name one event: one ordinal, and one kind, or
    a kind one side names and a try of no named kind on the other."""
    b = list(b)
    return any(o == p and (k or q) and (k == q or not k or not q) for o, k in a for p, q in b)
