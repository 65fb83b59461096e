"""Whether two sentences can report one event: they must share what happened.

Two outlets reporting one event agree on who and on what happened: the predicate. Sentences
of one story share its names and topic words ("Lee", "party", "letter", "trial") while
telling different things of them ("Lee and Reed are the movement's best-known figures" /
"a third member, Reed, was also arrested"; "the dissidents wrote an open letter demanding
Lee's release" / "the dissidents began a fast for Lee"). Two sentences tell different events
when each tells an event (``predicates``: its verbs, read without a parser) and no predicate
of either is a word of the other, as a verb ("arrested" / "arrested"), another form of it
("arrests") or its event noun ("elected" / "election", "refused" / "refusal", "tried" /
"trial"), and all they share besides is the story's topic: at most one word the story uses
rarely (``RARE_SHARED``). A sentence's predicates are those analysis read from its parse
(``AnalyzedArticle.acts``: its main verbs, a copula's or a light verb's complement, "Lee is
the party's founder" -> "founder", "made a visit" -> "visit", and the act of a clause a verb
of saying reports), or, for an analysis saved before acts were read, its verbs read from the
text (``predicates``), which sees no copula, present tense or light verb's event. What
cannot be read is not judged: a sentence with no predicate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from crossbrief.synthesize.act_days import WEEKDAY_TERMS, calendar_time, days_apart
from crossbrief.synthesize.claims import ACTS_TOO
from crossbrief.synthesize.predicates import PREFIX, predicates, uses_light_verb
from crossbrief.synthesize.saying import PLANNING, SAYING, forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import content_term, content_terms

# A sentence's act words read from its parse (``story_acts``); None where its analysis has
# none (saved before acts were read)
Acts = frozenset[str] | None
# Verbs that tell who gave the news or what is expected, not what happened (as
# ``predicates`` leaves them out): their reported clause carries the act. Not "call": the
# parse keeps it as an act only where it demands, names or summons ("called for an inquiry",
# "called the plan a mistake"), and drops it where it says words (``analyze.acts``)
TELLING = forms((SAYING - ACTS_TOO) | PLANNING | {"repeat"})

# Words (names included) two sentences with no predicate in common share, of those the story
# uses in no more sentences than it has articles, from which they may still tell one thing
# in two verbs ("the cause of the blaze is not known" / "... has not been determined"):
# bench/facts.py fact pairs R 0.692 / P 0.970 unchanged at 2; 3: 0.634 / 0.961; any number:
# 0.578 / 0.938 (gold groups join synonyms, "carried" / "lifted", "won" / "awarded")
RARE_SHARED = 2
# Endings that make an event noun of a verb, after the inflections are off, longest first,
# with what the verb keeps: "refus-al", "tri-al", "seiz-ure", "elect-ion", "mediat-ion"
# ("mediat-ed"), "settle-ment", "declar-ation" ("declar-ed")
_NOMINAL = (
    ("ation", "at"), ("ment", ""), ("ness", ""), ("ure", ""), ("ion", ""), ("al", ""),
)  # fmt: skip


def story_acts(story: Story) -> list[Acts]:
    """Per story sentence, the words of its acts as analysis read them from the parse
    (``AnalyzedArticle.acts``), less verbs of saying and planning; None for the sentences
    of an article analysed before acts were read."""
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    words: list[set[str] | None] = [None] * len(story.sentences)
    for a in story.articles:
        if a.acts is None:
            continue
        for i in range(len(a.sentences)):
            if (k := where.get((a.article.id, i))) is not None:
                words[k] = set()
        for act in a.acts:
            k = where.get((a.article.id, act.sentence))
            held = words[k] if k is not None else None
            if held is not None and act.word not in TELLING:
                held.add(act.word)
    return [None if w is None else frozenset(w) for w in words]


def without_other_events(
    sim: np.ndarray,
    texts: Sequence[str],
    articles: Sequence[str],
    lead: Sequence[bool],
    acts: Sequence[Acts] | None = None,
    days: Sequence[frozenset[str]] | None = None,
) -> np.ndarray:
    """``sim`` (a fact similarity of the story's sentences ``texts``) with 0 for the pairs
    of two articles' sentences that tell two events (``other_events``) and share fewer than
    ``RARE_SHARED`` words the story uses rarely (in at most as many sentences as it has
    articles: a word in more is its topic, told of different things), unless both open
    their articles (``lead``): headline and lead tell the story's main event, each outlet
    in its own verb ("was fired" / "has lost his post"), where they do not
    date their acts on different days (``act_days.days_apart``: each outlet leads with
    its newest development). ``acts``: each sentence's acts from its parse
    (``story_acts``), where read. ``days``: the dates of each sentence's acts
    (``shared_core.named_days``, which leaves out the day of a statement). A weekday's name
    is no rare word, a date of an act is (``act_days.calendar_time``, counted as the words
    are): "Monday" shared by a promise made on Monday and a plan announced on Monday dates
    no one act, "1949" in two sentences may."""
    bags = [frozenset(content_terms(t)) - WEEKDAY_TERMS for t in texts]
    if days is not None:
        bags = [
            bag | {f"#{d}" for d in dated if calendar_time(d)}
            for bag, dated in zip(bags, days, strict=True)
        ]
    used = Counter(w for bag in bags for w in bag)
    few = len(set(articles))
    rare_bags = [frozenset(w for w in bag if used[w] <= few) for bag in bags]
    out = sim.copy()
    rows, cols = np.nonzero(np.triu(sim > 0, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if articles[i] == articles[j]:
            continue  # grouping never joins one article's sentences
        # two leads tell the main event, unless each dates its act on its own day
        if lead[i] and lead[j] and not (days is not None and days_apart(days[i], days[j])):
            continue
        if len(rare_bags[i] & rare_bags[j]) >= RARE_SHARED:
            continue
        if other_events(texts[i], texts[j], *((acts[i], acts[j]) if acts else (None, None))):
            out[i, j] = out[j, i] = 0.0
    return out


def other_events(a: str, b: str, acts_a: Acts = None, acts_b: Acts = None) -> bool:
    """Whether sentences ``a`` and ``b`` tell two different events: each has a predicate
    (its ``acts`` from the parse where given, else ``predicates``) and neither's is a word of
    the other (a verb form or its event noun). False where either has none, or, read from
    the text, uses a light verb: what cannot be read is not judged."""
    pa = _events(a) if acts_a is None else _act_roots(acts_a)
    pb = _events(b) if acts_b is None else _act_roots(acts_b)
    if not pa or not pb:
        return False
    return not (_carries(pa, b) or _carries(pb, a))


def tells_act(word: str, text: str) -> bool:
    """Whether ``text`` has the act word ``word`` (as analysis read it) as any word: a form
    of the verb or its event noun ("elected" / "election"). False for a stop word."""
    return _carries(_act_roots(frozenset({word})), text)


def same_act(a: str, b: str) -> bool:
    """Whether the act words ``a`` and ``b`` are one word (a verb form or its event noun)."""
    ra, rb = _act_roots(frozenset({a})), _act_roots(frozenset({b}))
    return any(_meet(x, y) for x in ra for y in rb)


def act_root(word: str) -> str:
    """The root of the act word ``word`` that its other forms and its event noun share
    ("won" / "wins"; "elected" / "election"), "" for a stop word."""
    term = content_term(word)
    return _base(term) if term else ""


@lru_cache(maxsize=1 << 13)
def _events(text: str) -> frozenset[str]:
    """The predicate roots of ``text``, none where a light verb hides its event (cached: a
    story's sentences are compared with many others)."""
    if uses_light_verb(text):
        return frozenset()
    return frozenset(_base(p) for p in predicates(text))


@lru_cache(maxsize=1 << 13)
def _act_roots(acts: frozenset[str]) -> frozenset[str]:
    """The roots (``_base``) of the act words ``acts``, stop words apart."""
    return frozenset(_base(t) for w in acts if (t := content_term(w)))


@lru_cache(maxsize=1 << 13)
def _words(text: str) -> frozenset[str]:
    """The roots of every content word of ``text``, names included."""
    return frozenset(_base(t) for t in content_terms(text))


def _carries(events: frozenset[str], text: str) -> bool:
    """Whether ``text`` has one of ``events`` as any word (a verb or its event noun)."""
    words = _words(text)
    if events & words:
        return True
    # an event noun longer than its verb's root ("elect" / "electoral"): prefixes of PREFIX
    return any(_meet(p, w) for p in events if len(p) >= PREFIX for w in words)


@lru_cache(maxsize=1 << 16)
def _base(word: str) -> str:
    """A stemmed word (``content_term``) with a past ending, an event noun's ending and a
    final "e" off, a final "y" as "i" ("tried", "try", "trial" -> "tri"; "refus",
    "refusal" -> "refus"; "seiz", "seizure" -> "seiz"), at least three letters kept."""
    if word.endswith("ied"):
        word = word[:-3] + "i"
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if word.endswith("y"):
        word = word[:-1] + "i"
    for ending, keep in _NOMINAL:
        if len(word) >= len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)] + keep
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # "voice" / "voic" (from "voices"), "declare" / "declar"
    return word


def _meet(a: str, b: str) -> bool:
    """Whether roots ``a`` and ``b`` are one word: equal, or the shorter, of at least
    ``PREFIX`` letters, beginning the longer ("elect" / "electoral")."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= PREFIX and long.startswith(short))
