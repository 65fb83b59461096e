"""The extent of a speaker's noun phrase in the parse: the name with its titles, initials
and apposition, without the clauses on it (split from cues.py, which finds the head)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.lexicon import NOT_SPEAKERS
from crossbrief.analyze.quotes.phrases import phrase_start


def phrase(tok: Any) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``tok``, without clauses."""
    left, right = tok.i, tok.i
    for child in tok.lefts:
        if child.ent_type_ in NOT_SPEAKERS or child.pos_ == "VERB":
            continue  # "Dec. 2, Col. Ann Lee", "Added Lee": no part of the name
        if child.dep_ in {"compound", "amod", "det", "poss", "nmod", "nummod", "case"}:
            left = min(left, child.left_edge.i)
    left = max(left, _agreeing_start(tok))
    for child in tok.rights:
        if child.dep_ == "appos" and not _own_apposition(child):
            continue
        if child.dep_ in {"compound", "flat", "appos", "case"} or (
            child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}
        ):
            right = max(right, child.right_edge.i)
    doc = tok.doc
    left = phrase_start(doc, left, tok)
    while right > left and doc[right].is_punct and not _closes(doc, left, right):
        right -= 1
    if right + 1 < len(doc) and _closes(doc, left, right + 1):
        right += 1  # the parser may hang the ")" on the name, past the initials
    return left, right + 1


def _own_apposition(child: Any) -> bool:
    """Whether an apposition the parser hung on a speaker describes them: one for someone
    ("Ann Lee, the harbour chief"), opening no quote marks it does not close; not a place a "where"
    clause is on ("Ann Lee, the offices where ...": the parser's
    misreading of a cleft) nor a phrase that opens the quoted words ("..., the board's ``
    last word''")."""
    words = [t.text for t in child.subtree]
    opened = sum(w in _OPENING for w in words) - sum(w in _CLOSING for w in words)
    if opened > 0 or words.count('"') % 2:
        return False  # a title in marks closed within it ("author of "Tides"") stays
    # "where" opens a clause on a place, never on a person ("which" may be on a body a
    # description names: "a director of Acme, which ...")
    return not any(
        c.dep_ == "relcl" and any(w.lower_ in _THING_RELATIVES for w in c.children)
        for c in child.children
    )


_THING_RELATIVES = frozenset({"where"})
# Opening and closing quote marks; not an apostrophe, which may end a possessive ("the
# Lees' lawyer").
_OPENING = frozenset({"`", "``", "\u201c", "\u2018"})
_CLOSING = frozenset({"''", "\u201d"})


def _closes(doc: Any, left: int, right: int) -> bool:
    """Whether ``doc[right]`` is a ")" closing a "(" opened in the phrase: 'the Velmora
    Harbour Authority (VHA)' keeps it, since a name cut after its initials reads as a typo."""
    words = [t.text for t in doc[left:right]]
    return doc[right].text == ")" and words.count("(") > words.count(")")


# Determiners only a singular noun takes ("a step", "each member"; not "the", "some").
_SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "each", "every"})
# How the parser hangs that singular noun on the plural one ("a move critics": "nmod" too).
_NOUN_MODS = frozenset({"compound", "nmod"})


def _agreeing_start(tok: Any) -> int:
    """Where a plural noun's phrase opens when the parser gave it a singular determiner
    with a singular noun after it ("in a step councillors say ...": "a step" is the phrase
    the clause on it modifies, and "councillors" the speaker): after that noun. English puts
    no "a" before a plural noun, so the words up to the singular noun are another phrase.
    0, no bound, otherwise."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return 0
    det = next(
        (c for c in tok.lefts if c.dep_ == "det" and c.lower_ in _SINGULAR_DETERMINERS), None
    )
    if det is None:
        return 0
    nouns = [c.i for c in tok.lefts if c.dep_ in _NOUN_MODS and c.tag_ == "NN" and c.i > det.i]
    return max(nouns) + 1 if nouns else 0
