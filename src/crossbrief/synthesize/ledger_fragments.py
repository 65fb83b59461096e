"""Reported content that cannot stand alone as someone's words, for the ledger
(``ledger_filter``): a relative clause whose speaker is outside it, a phrase of two words,
content cut before its complement or at the verb that introduces a quote, and content whose
speaker follows a wh-word ("what the pilots said was the oldest"), which lacks what it is
about."""

from __future__ import annotations

import re

from crossbrief.analyze.quotes import cue_base
from crossbrief.analyze.quotes.speakable import SPEAKING
from crossbrief.model import Quote

_MARKS = "\"'\u201c\u201d\u2018\u2019`"
# Verbs under which "who" opens a question ("asked who paid"), not a relative clause.
_ASKING = SPEAKING | frozenset({"wonder", "inquire", "know", "question", "reveal", "disclose"})


def _verb(q: Quote) -> str:
    """The cue's own word (its last)."""
    parts = (q.cue or "").split()
    return parts[-1] if parts else ""


def _opens_with_cue(q: Quote) -> bool:
    """The content opens with the cue's own word (an act given as its own content)."""
    words = q.text.split(maxsplit=1)
    return bool(words) and words[0].lower() == _verb(q).lower() != ""


# Relative pronouns, and a part of what they stand for ("some of which").
_RELATIVE_OPENING = re.compile(
    r"(?:which|whom|whose|(?:\w+\s+)?of\s+(?:which|whom))\b", re.IGNORECASE
)
_WHO = re.compile(r"who\b", re.IGNORECASE)
# A word no clause ends on ("finds himself to be"); content cut after a complete clause
# ("..., but", "because the") still holds that clause's claim and keeps its line.
_OPEN_ENDINGS = frozenset({"be"})
_MIN_CONTENT_WORDS = 3


def _speaker_inside(q: Quote) -> bool:
    """The speaker phrase lies inside the content ("which Lee argued would fail")."""
    return q.speaker_start is not None and q.start <= q.speaker_start < q.end


def fragment(q: Quote, elliptical: bool) -> bool:
    """Reported content that cannot stand alone as what someone said: a relative clause
    whose speaker is outside it ("several of which are in fact old"; "which Lee argued would
    fail" holds Lee's claim; a "who" under a verb of asking or speech opens a question:
    "asked who paid"), fewer than three words neither opening with
    the cue nor in quote marks ("her dead", "supporters saying"), unless ``elliptical`` (an
    answer cut to its verb, judged with its question), content cut before its complement
    ("himself to be") or ending on the verb that introduces the words after it ("she heard
    someone say": the quote that follows has its own line; "had their say" ends on a noun)."""
    if q.kind != "indirect":
        return False
    text = q.text.strip().strip(_MARKS + ",;:- ")
    words = text.split()
    if not words:
        return True
    relative = _RELATIVE_OPENING.match(text) or (
        _WHO.match(text) and cue_base(_verb(q)) not in _ASKING
    )
    if relative and not _speaker_inside(q):
        return True  # "which Lee argued would fail" names its speaker and holds a claim
    short = len(words) < _MIN_CONTENT_WORDS and not elliptical
    if short and not _opens_with_cue(q) and q.text.lstrip()[:1] not in _MARKS:
        return True  # an act's object ("endorsed Lee") is judged by the ledger's act rules
    last = words[-1].lower().strip(".,;:!?")
    noun = len(words) > 1 and words[-2].lower() in _NOUN_BEFORE  # "had their say"
    return last in _OPEN_ENDINGS or (
        last != words[0].lower() and cue_base(last) == "say" and not noun
    )


# Words after which "say" is the noun ("had their say", "a final say", "no say in it").
_NOUN_BEFORE_WORDS = "their his her its our my your a the no final any some equal more"
_NOUN_BEFORE = frozenset(_NOUN_BEFORE_WORDS.split())


# A wh-word right before the speaker: the clause's own object is the gap it fills ("what
# the pilots said was the oldest pier", "who he finds himself to be").
_GAP_BEFORE = re.compile(r"\b(?:what|who|whom)\s+$")  # lower case: not a title's "Who"


def gapped(q: Quote, article_text: str) -> bool:
    """The speaker follows a wh-word whose clause the content is ("what officials said was
    X"): the content lacks the thing it is about."""
    if q.kind != "indirect" or q.speaker_start is None:
        return False
    start = q.speaker_start
    return _GAP_BEFORE.search(article_text, max(0, start - 8), start) is not None


def across_semicolon(q: Quote, article_text: str) -> bool:
    """Reported content that ends before its cue with a semicolon between them ("X came
    days before the summit; Lee is also planning to ..."): a semicolon closes a clause, so
    the words before it are no content of a cue after it."""
    if q.kind != "indirect" or q.cue_start is None or q.end > q.cue_start:
        return False
    return ";" in article_text[q.end : q.cue_start]
