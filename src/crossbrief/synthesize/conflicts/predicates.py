"""What happened to the things a count counts: the predicate it is the subject or object of.

"Five people were killed" and "300 people were evacuated" count the same plural noun but two
quantities: the dead and the evacuated. A count's predicate is the casualty verb or
adjective of its own clause, looked for first after it ("40 people were injured", "24
dead", "Nine sailors have now been confirmed dead"), then before it ("killed 150 people", "injuring at least five"), never past a clause
bound or another number (in "killed 5 and injured 40" the 40 is the injured). Predicates
that mean one thing ("killed", "dead", "died", "death toll") share a class; two counts whose
classes differ are never one quantity, and a count with no such word meets any.

Any figure's clause may also name which measure of trade or money it is, and two measures
are two quantities whatever the unit: what is produced or consumed, imported or exported, a
cost, a takings, a profit, a debt ("Velmora produces 610,000 barrels a day" / "consumption has
climbed to 1.8 million barrels a day"; "imports rose 3.4%" / "exports fell 2.3%").

A count right after a parent noun and "of" ("a mother of six", "the father of three") counts
that parent's children, whatever the clause says happened to the parent ("a mother of six
was killed" counts no dead): its class is "children", labelled by the parent noun.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

# classes of what happened to the counted, by the words that say it
_CLASSES = {
    "dead": r"kill\w*|dead|died|dies|die|deaths?|fatalit\w+|perish\w*|drown\w*|bodies|lives",
    "injured": r"injur\w*|wound\w*|hurt|hospitali[sz]\w*",
    "missing": r"missing|unaccounted",
    "evacuated": r"evacuat\w*|displac\w*|homeless|fled|flee\w*",
    "arrested": r"arrest\w*|detain\w*|jailed",
    "rescued": r"rescu\w*|survivors?|survived",
}
# what happened to people counted in a toll: one class in two related sentences is one toll
CASUALTIES = frozenset(_CLASSES)
# how each class reads in a conflict's label ("people killed: 1 vs 4")
CLASS_WORDS = {
    "dead": "killed",
    "injured": "injured",
    "missing": "missing",
    "evacuated": "displaced",
    "arrested": "arrested",
    "rescued": "rescued",
}
# a parent noun and "of" right before a count: the count is the parent's children
PARENT = re.compile(
    r"\b(mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent)s?\s+of\s+$", re.I
)
CHILDREN = "children"
# measures of trade or money that one unit may count: for figures of every dimension
_MEASURES = {
    "produced": r"produc\w*|output",
    "consumed": r"consum\w*",
    "imported": r"imports?|imported|importing",
    "exported": r"exports?|exported|exporting",
    "cost": r"costs?|costing|spen[dt]\w*",
    "takings": r"revenues?|turnover|takings|grossed|sales",
    "profit": r"profits?",
    "debt": r"debts?|deficits?",
}
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d[\d,.]*|[^\sA-Za-z\d]")
_KINDS = [
    (kind, re.compile(rf"(?:{words})$", re.I)) for kind, words in {**_CLASSES, **_MEASURES}.items()
]
_MEASURE_KINDS = [kind for kind in _KINDS if kind[0] in _MEASURES]
# where a count's clause ends: punctuation, a conjunction, a clause opener
_BOUND = re.compile(r"[^\w\s-]|and|or|but|while|when|after|because|\d[\d,.]*$", re.I)
# words after and before a count in which its predicate is looked for: a passive may be
# long ("Nine sailors have now been confirmed dead"), an active verb comes right before
AFTER, BEFORE = 8, 5


@lru_cache(maxsize=1 << 14)
def _kind(word: str, count: bool) -> str:
    """The class a word names ("" for none), of every class or, not ``count``, of the
    measures only (cached: a story repeats its words around its figures)."""
    kinds = _KINDS if count else _MEASURE_KINDS
    return next((kind for kind, pattern in kinds if pattern.match(word)), "")


def predicate(text: str, start: int, end: int, count: bool = True) -> str:
    """The class ("dead", "injured", "evacuated", ..., "imported", "cost", ..., "children") of the
    predicate of the figure at ``start``-``end`` of ``text`` (one sentence), or "" when its
    clause names none; a figure that is no ``count`` has only the measures of trade or money."""
    if count and PARENT.search(text, max(0, start - 24), start):
        return CHILDREN
    # the first words after it only, not every word to the sentence's end
    after = [m.group() for m in islice(_WORD.finditer(text, end), AFTER)]
    for word in after:
        if _BOUND.fullmatch(word):
            break
        if kind := _kind(word, count):
            return kind
    before = _WORD.findall(text[:start])[-BEFORE:]
    for word in reversed(before):
        if _BOUND.fullmatch(word):
            break
        if kind := _kind(word, count):
            return kind
    return ""
