"""What happened to the things a count counts: the predicate it is the subject or object of.

"Five people were killed" and "300 people were evacuated" count the same plural noun but two
quantities: the dead and the evacuated. A count's predicate is the casualty verb or
adjective of its own clause, looked for first after it ("40 people were injured", "24
dead", "Five people had so far been confirmed dead"), then before it ("killed 150 people", "injuring at least five"), never past a clause
bound or another number (in "killed 5 and injured 40" the 40 is the injured). Predicates
that mean one thing ("killed", "dead", "died", "death toll") share a class; two counts whose
classes differ are never one quantity, and a count with no such word meets any.
"""

from __future__ import annotations

import re

# classes of what happened to the counted, by the words that say it
_CLASSES = {
    "dead": r"kill\w*|dead|died|dies|die|deaths?|fatalit\w+|perish\w*|drown\w*|bodies|lives",
    "injured": r"injur\w*|wound\w*|hurt|hospitali[sz]\w*",
    "missing": r"missing|unaccounted",
    "evacuated": r"evacuat\w*|displac\w*|homeless|fled|flee\w*",
    "arrested": r"arrest\w*|detain\w*|jailed",
    "rescued": r"rescu\w*|survivors?|survived",
}
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d[\d,.]*|[^\sA-Za-z\d]")
_KINDS = [(kind, re.compile(rf"(?:{words})$", re.I)) for kind, words in _CLASSES.items()]
# where a count's clause ends: punctuation, a conjunction, a clause opener
_BOUND = re.compile(r"[^\w\s-]|and|or|but|while|when|after|because|\d[\d,.]*$", re.I)
# words after and before a count in which its predicate is looked for: a passive may be
# long ("Five people had so far been confirmed dead"), an active verb comes right before
AFTER, BEFORE = 8, 5


def _kind(word: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.match(word)), "")


def predicate(text: str, start: int, end: int) -> str:
    """The class ("dead", "injured", "evacuated", ...) of the predicate of the count at
    ``start``-``end`` of ``text`` (one sentence), or "" when its clause names none."""
    after = _WORD.findall(text[end:])[:AFTER]
    for word in after:
        if _BOUND.fullmatch(word):
            break
        if kind := _kind(word):
            return kind
    before = _WORD.findall(text[:start])[-BEFORE:]
    for word in reversed(before):
        if _BOUND.fullmatch(word):
            break
        if kind := _kind(word):
            return kind
    return ""
