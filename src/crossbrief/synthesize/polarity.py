"""Whether two sentences tell one predicate with opposite polarity or another modality.

Two outlets can share every name and most words of a fact and still say opposite things of
it: "The harbour board ruled out a second pier" / "The harbour board refused to rule out a
second pier"; or tell a plan and its outcome, two moments of the story: "The board will
vote on Friday on whether to close the ferry" / "The board closed the ferry". Neither pair
is one fact, nor may one cite the other.

Synthesis has no parse (analysis keeps no tokens), so each verb is read from the words
right before it, as a parse's ``neg`` and ``aux`` children and ``xcomp`` head would give
them: its auxiliary chain ("has not", "will", "would never", "is to") and the word that
chain hangs from ("refused to", "whether to", "considering"). Each occurrence of a verb
gets a polarity (negated or not) and a mode: a plan (a modal, a future, a deliberation or
an intention over it), done (a past form), or neither (a present, a noun, a bare
infinitive under another verb: nothing to compare).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from crossbrief.synthesize.saying import SAYING, forms
from crossbrief.synthesize.text import content_term

# Words of a verb's auxiliary chain, read back from the verb: auxiliaries, modals, "to",
# negations and the adverbs that sit among them ("has also already", "will not now").
_MODALS = frozenset({"will", "shall", "would", "could", "may", "might", "should", "must", "'ll"})
_HAVE = frozenset({"has", "have", "had", "having", "'ve", "'d"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"})
_DO = frozenset({"do", "does", "did"})
_NEGATIONS = frozenset({"not", "never"})
_ADVERBS = frozenset({"also", "still", "already", "just", "yet", "ever", "now", "even", "only"})
_CHAIN = _MODALS | _HAVE | _BE | _DO | _NEGATIONS | _ADVERBS | {"to"}
# Verbs whose "to" denies the act they govern: "refused to rule out" is no ruling out.
_REFUSING_WORDS = ("refuse", "decline", "fail")
# Words whose "to" or "-ing" makes the act a plan, a deliberation or an intention: "whether
# to close", "plans to close", "is considering closing", "is expected to close"; a decision
# tells its act still to come ("before deciding to close", "decided to close").
_PLANNING_WORDS = (
    "whether", "plan", "intend", "expect", "consider", "threaten", "hope", "decide",
)  # fmt: skip
# Past forms not ending in -ed: the common irregular verbs of news, to their bases.
_IRREGULAR = {
    "won": "win", "lost": "lose", "shot": "shoot", "struck": "strike", "met": "meet",
    "left": "leave", "fled": "flee", "took": "take", "taken": "take", "caught": "catch",
    "sent": "send", "sold": "sell", "bought": "buy", "built": "build", "chose": "choose",
    "chosen": "choose", "gave": "give", "given": "give", "stole": "steal", "stolen": "steal",
    "fell": "fall", "fallen": "fall", "held": "hold", "found": "find", "began": "begin",
    "begun": "begin", "broke": "break", "broken": "break", "drove": "drive", "driven": "drive",
    "quit": "quit", "shut": "shut", "hit": "hit", "cut": "cut", "made": "make", "went": "go",
    "gone": "go", "came": "come", "became": "become", "ran": "run", "led": "lead",
    "paid": "pay", "kept": "keep", "brought": "bring", "fought": "fight", "sought": "seek",
    "thought": "think", "spent": "spend", "stood": "stand", "wrote": "write",
    "written": "write", "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow",
    "threw": "throw", "thrown": "throw", "flew": "fly", "flown": "fly", "drew": "draw",
    "drawn": "draw", "sank": "sink", "sunk": "sink", "froze": "freeze", "frozen": "freeze",
    "hid": "hide", "hidden": "hide", "withdrew": "withdraw", "withdrawn": "withdraw",
    "upheld": "uphold", "swore": "swear", "sworn": "swear", "tore": "tear", "torn": "tear",
    "shook": "shake", "shaken": "shake", "forgot": "forget", "forgotten": "forget",
    "got": "get", "gotten": "get", "felt": "feel", "meant": "mean", "dealt": "deal",
    "fed": "feed", "saw": "see", "seen": "see", "knew": "know", "known": "know",
}  # fmt: skip
# Modals that over "have" and a participle tell a hedged past, an act done as far as anyone
# knows ("may have fallen asleep"); "would/could/should have" tell one not done.
_HEDGES = frozenset({"may", "might", "must"})
# Relative words that, right after a comma, open a side clause about a name: what it tells
# is that clause's, not the sentence's ("Lee, who never lost a vote, resigned").
_RELATIVES = frozenset({"who", "which", "whose", "whom"})
# Verbs of saying tell who said it, not what happened ("said no decision was made").
_SAYING = forms(SAYING)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"})
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?|[^\sA-Za-z]")

PLAN, DONE, OTHER = "plan", "done", "other"


# Cached (pure on a word): a story's sentences repeat their words, each read many times.
@lru_cache(maxsize=1 << 16)
def _base(word: str) -> str:
    """A verb's base, loosely: inflection off, a doubled last letter and a final "e" dropped,
    so "ruled", "rule" and "ruling" are one, as are "cancelled" and "canceling"."""
    word = _IRREGULAR.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


_REFUSING = frozenset(map(_base, _REFUSING_WORDS))
_PLANNING = frozenset(map(_base, _PLANNING_WORDS))


@lru_cache(maxsize=1 << 16)
def _split(token: str) -> tuple[str, ...]:
    """A token in lower case, a contracted negation split off ("didn't" -> "did", "not";
    "won't" -> "will", "not"; "can't" -> "can", "not"); cached, as ``_base``."""
    low = token.lower().replace("\u2019", "'")
    if low.endswith("n't"):
        stem = {"won": "will", "can": "can", "shan": "shall"}.get(low[:-3], low[:-3])
        return (stem, "not")
    if "'" in low and low.split("'", 1)[1] in {"ll", "ve", "re", "d"}:
        return (low.split("'", 1)[0], "'" + low.split("'", 1)[1])
    return (low,)


@lru_cache(maxsize=1 << 14)
def readings(text: str) -> dict[str, frozenset[tuple[bool, str]]]:
    """Each content word of ``text`` (its ``_base``) with the (negated, mode) of each of its
    occurrences; verbs of saying and stop words are left out."""
    # its own loop, not one over ``occurrences``: it is read for every sentence a fact group
    # or a citation compares, and needs neither the names' own words nor the positions
    words = _words(text)
    aside = _side_clauses(words)
    out: dict[str, set[tuple[bool, str]]] = {}
    for k, w in enumerate(words):
        base = _content_base(w)
        if base and k not in aside:
            out.setdefault(base, set()).add(_reading(words, k))
    return {b: frozenset(r) for b, r in out.items()}


_NAME = ("#",)


def _words(text: str) -> list[str]:
    """``text``'s words as ``readings`` reads them: lower case, a contraction split, and a
    capitalised word inside the sentence a name's "#" (no verb or modal: "United", "May")."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return []
    return [*_split(tokens[0]), *itertools.chain.from_iterable(map(_word, tokens[1:]))]


@lru_cache(maxsize=1 << 16)
def _word(token: str) -> tuple[str, ...]:
    """A token after a sentence's first as ``readings`` reads it: a capitalised one is a
    name's "#", any other ``_split``; cached, as ``_base``."""
    return _NAME if token[0].isupper() else _split(token)


# Cached (pure on a word), as ``_base``: each word of a sentence is tested.
@lru_cache(maxsize=1 << 16)
def _content_base(word: str) -> str:
    """The ``_base`` of a word ``readings`` reads (a content word, no verb of saying), ""
    for any other (a stop word, a mark, a name's "#", "said")."""
    if word.isalpha() and word not in _SAYING and content_term(word):
        return _base(word)
    return ""


Occurrence = tuple[int, str, bool, str]


class Occurrences(NamedTuple):
    """A text's words as ``readings`` reads them and each content word's reading."""

    # lower case, a name inside the sentence as "#", a contraction split ("did", "not")
    words: tuple[str, ...]
    # the same positions with each name's own word in lower case ("velmora"), for a caller
    # that compares what stands around an act (its object) and not only its verbs
    plain: tuple[str, ...]
    # (position, ``_base``, negated, mode) of each content word
    found: tuple[Occurrence, ...]


@lru_cache(maxsize=1 << 14)
def occurrences(text: str) -> Occurrences:
    """``text``'s words and each content word's occurrence among them, with its polarity and
    mode (``Occurrences``); verbs of saying, stop words and side clauses are left out, as
    in ``readings``."""
    words: list[str] = []
    plain: list[str] = []
    for n, t in enumerate(_TOKEN.findall(text)):
        # a capital inside a sentence opens a name ("United", "May"), no verb or modal
        if t[0].isupper() and n > 0:
            words.append("#")
            plain.append(t.lower())
        else:
            parts = _split(t)
            words.extend(parts)
            plain.extend(parts)
    aside = _side_clauses(words)
    found = tuple(
        (k, base, *_reading(words, k))
        for k, base in enumerate(map(_content_base, words))
        if base and k not in aside
    )
    return Occurrences(tuple(words), tuple(plain), found)


def _side_clauses(words: Sequence[str]) -> set[int]:
    """Positions inside a side clause that a comma and a relative word open and a later
    comma closes ("Lee, who never lost a vote, resigned"); one left open is not counted."""
    inside: set[int] = set()
    # most sentences hold no relative word, and need no scan
    if _RELATIVES.isdisjoint(words):
        return inside
    for k in range(len(words) - 1):
        if words[k] == "," and words[k + 1] in _RELATIVES and "," in words[k + 2 :]:
            inside.update(range(k + 1, words.index(",", k + 2)))
    return inside


def chain_start(words: Sequence[str], k: int) -> int:
    """Where the auxiliary chain of the verb at ``k`` starts ("the pier [will not be] closed"),
    ``k`` itself when nothing stands before the verb but its subject or its head word."""
    j = k - 1
    while j >= 0 and (
        words[j] in _CHAIN
        or (words[j].endswith("ly") and len(words[j]) > 4)
        # "whether or not to": the chain goes on (j < k, so a word follows)
        or (words[j] == "or" and words[j + 1] == "not")
    ):
        j -= 1
    return j + 1


def is_be(word: str) -> bool:
    """Whether ``word`` is a form of "be" (the auxiliary of a passive: "was closed")."""
    return word in _BE


def _reading(words: list[str], k: int) -> tuple[bool, str]:
    """The polarity and mode of the word at ``k``, read from its chain and the word that
    chain hangs from (see the module's docstring)."""
    j = chain_start(words, k) - 1
    chain = words[j + 1 : k]
    before = words[j] if j >= 0 else ""
    head = _base(before)
    governed = "to" in chain or words[k].endswith("ing")
    if "ever" in chain:
        # "the first time it had ever been tried" is "it had never been tried before": a word
        # that lives under a negation, a superlative or a question, with no polarity of its own
        return False, OTHER
    # "not only" limits, it does not deny; "lost no game" denies the act on its object
    # (the set test first: most chains hold no negation, and the scan is then skipped);
    # "whether or not to close" leaves it open: the "not" after "or" denies nothing
    negated = (
        not _NEGATIONS.isdisjoint(chain)
        and any(
            w in _NEGATIONS and chain[n + 1 : n + 2] != ["only"] and chain[n - 1 : n] != ["or"]
            for n, w in enumerate(chain)
        )
    ) or (k + 1 < len(words) and words[k + 1] == "no")
    # "was not arrested until Friday" tells when it was done, not that it was not
    negated = negated and "until" not in _clause_after(words, k)
    negated = negated or (governed and head in _REFUSING) or (head == "without" and not chain)
    to = chain.index("to") if "to" in chain else -1
    past = words[k].endswith("ed") or words[k] in _IRREGULAR
    if past and "have" in chain and any(w in _HEDGES for w in chain[: chain.index("have")]):
        return negated, DONE
    if (
        not _MODALS.isdisjoint(chain)
        or (governed and head in _PLANNING)
        or (to > 0 and chain[to - 1] in _BE)  # "is to close": a plan; "has to": a need
    ):
        return negated, PLAN
    # a past form after a determiner describes its noun ("the stalled talks"), no act
    act = past and "to" not in chain and (chain or before not in _DETERMINERS)
    return negated, DONE if act else OTHER


def _clause_after(words: Sequence[str], k: int) -> list[str]:
    """The words after ``k`` up to the next mark (a comma, a semicolon, a dash)."""
    out: list[str] = []
    for w in words[k + 1 :]:
        if not w.isalpha() and not w.startswith("'"):
            break
        out.append(w)
    return out


def opposed(a: str, b: str) -> bool:
    """Whether sentences ``a`` and ``b`` tell a shared verb with opposite polarity, or one as
    a plan and the other as done, and agree on no shared verb told the same way.

    A shared verb clashes when no occurrence in one reads as any occurrence in the other
    does: one negated and the other not (and that one a plan or done: "refused to rule out"
    / "ruled out", "has lost no game" / "having lost games"), or, neither negated, one a plan
    and the other done ("will vote on whether to close" / "closed"). Two sentences that tell
    another shared verb the same way, both done or both planned and of one polarity, agree
    on that act, and the clash is a side clause's ("Lee, who never lost a vote, resigned" /
    "Lee resigned after she lost the vote")."""
    if not (_may_turn(a) or _may_turn(b)):
        return False  # a clash needs a negated or planned act in one of the two
    ra, rb = _acts(a), _acts(b)
    clash = agree = False
    for verb in ra.keys() & rb.keys():
        pairs = [(x, y) for x in ra[verb] for y in rb[verb]]
        if any(_same(x, y) for x, y in pairs):
            agree = True
        clash = clash or any(_clash(x, y) for x, y in pairs)
    return clash and not agree


# A text with none of these can have no plan reading (``_reading``'s PLAN needs a modal in
# the chain, a planning word as its head, or "is to"): a cheap test a caller runs before
# reading every word.
_MAY_PLAN = re.compile(
    r"\b(?:will|shall|would|could|may|might|should|must)\b|\b(?:won|shan)['\u2019]t\b"
    r"|\b(?:would|could|should|must|might)n['\u2019]t\b"
    r"|['\u2019]ll\b|\b(?:whether|plan|intend|expect|consider|threaten|hop|decid)"
    r"|(?:\b(?:is|are|was|were|be|been|being|am)|['\u2019](?:s|re))\s+to\b",
    re.I,
)
_LETTERS = re.compile(r"[A-Za-z]+")


def may_plan(text: str) -> bool:
    """False when ``text`` has no word that ``readings`` reads a plan from (no modal, no
    planning word, no "is to"): it tells no plan, and its words need not be read."""
    return _MAY_PLAN.search(text) is not None


@lru_cache(maxsize=1 << 14)
def bases(text: str) -> frozenset[str]:
    """The ``_base`` of every word of ``text`` in lower case: a superset of the words
    ``readings`` reads, to tell cheaply whether a text can tell a given act at all."""
    # each word once, and no generator step per word
    return frozenset(map(_base, set(map(str.lower, _LETTERS.findall(text)))))


_INERT = (False, OTHER)
# Every word ``_reading`` reads a negation or a plan from, as its tokens hold them (runs of
# ASCII letters, in any case): a negation ("not", "never", "n't", "no" after the verb,
# "without" before it, "refused to"), a modal ("will", "'ll"), a planning head ("whether
# to", "plans to", "hoping") or "is to". A word may only begin where no letter stands
# before it, as a token does; the planning and refusing heads are prefixes of every form
# ``_base`` reads as them ("planned", "hopes").
_TURNS = re.compile(
    r"(?<![A-Za-z])(?i:will|shall|would|could|may|might|should|must|not|never|no|without"
    r"|whether|plan|intend|expect|consider|threaten|hop|decid|refus|declin|fail"
    r"|(?:is|are|was|were|be|been|being|am)\s+to(?![A-Za-z]))"
    r"|(?i:n['\u2019]t|['\u2019]ll|['\u2019](?:s|re)\s+to)(?![A-Za-z])"
)


@lru_cache(maxsize=1 << 14)
def _may_turn(text: str) -> bool:
    """Whether ``text`` may tell an act negated or as a plan (``_TURNS``): False means every
    occurrence ``readings`` gives it is plain, done (a past form) or neither."""
    return _TURNS.search(text) is not None


@lru_cache(maxsize=1 << 14)
def _acts(text: str) -> dict[str, frozenset[tuple[bool, str]]]:
    """``readings`` without the occurrences that neither clash nor agree with any other: a
    plain word that is no act (``_INERT``, most of a sentence's nouns) is never the plain side
    of a clash nor the same act as another occurrence, so a pair of sentences compares only
    the few words each tells as an act or negates."""
    if not _may_turn(text):
        return _done(text)
    out = {}
    for word, found in readings(text).items():
        if _INERT in found:
            found = found - {_INERT}
        if found:
            out[word] = found
    return out


def _done(text: str) -> dict[str, frozenset[tuple[bool, str]]]:
    """``_acts`` of a text that tells nothing negated or planned (``_may_turn``): only a past
    form can be read as an act there, so only the past forms are read."""
    words = _words(text)
    aside = _side_clauses(words)
    out: dict[str, set[tuple[bool, str]]] = {}
    for k, w in enumerate(words):
        if not (w.endswith("ed") or w in _IRREGULAR) or k in aside:
            continue
        base = _content_base(w)
        if base and (found := _reading(words, k)) != _INERT:
            out.setdefault(base, set()).add(found)
    return {b: frozenset(r) for b, r in out.items()}


def _same(x: tuple[bool, str], y: tuple[bool, str]) -> bool:
    """Two occurrences telling one act the same way: one polarity and one mode, a verb's."""
    return x == y and x[1] != OTHER


def _clash(x: tuple[bool, str], y: tuple[bool, str]) -> bool:
    """Two occurrences telling one act two ways (see ``opposed``)."""
    if x[0] != y[0]:
        plain = y if x[0] else x
        return plain[1] != OTHER
    return not x[0] and {x[1], y[1]} == {PLAN, DONE}
