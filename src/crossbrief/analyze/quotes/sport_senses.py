"""Senses of reporting verbs in sports copy that report nothing: "promising" before a player
("ahead of promising newcomer Ann Lee", an adjective of talent the parser may tag as a verb
with the player as its object) and "attacked" a part of the course ("attacked the final
climb", a move in a race, not words)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate

# Parts of a race course one attacks by going faster: a move, no words.
_COURSE_WORDS = """lap climb hill descent corner bend straight stretch finish stage kilometre
    kilometer mile metre meter slope ascent cobble"""
_COURSE = frozenset(w + s for w in _COURSE_WORDS.split() for s in ("", "s"))
# Units of a distance run, ridden or swum, as written after a number ("the last 300m").
_UNITS = frozenset({"m", "km", "k", "metres", "meters", "kilometres", "kilometers", "miles"})
# What a promise needs besides whom it is made to: the thing promised, as a second object,
# a clause or a to-infinitive ("promising voters a ferry", "promising that ...").
_PROMISED = frozenset({"ccomp", "xcomp", "dative", "iobj", "advcl", "prep"})


def promising_player(tok: Any) -> bool:
    """'ahead of promising Welshman Dan Holt': a "promising" whose only object is a person,
    with nothing promised, is the adjective of talent; 'promising voters a ferry' and
    'promising that ...' stay."""
    if tok.lower_ != "promising" or not _before_noun(tok):
        return False
    kids = list(tok.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    if len(objs) != 1 or any(c.dep_ in _PROMISED for c in kids) or _quote_after(objs[0]):
        return False
    return objs[0].ent_type_ == "PERSON" or animate(objs[0])


def _before_noun(tok: Any) -> bool:
    """Whether "promising" stands where an adjective does, after a determiner or a
    preposition ("the promising", "ahead of promising", "went to promising"); "by promising"
    is the verb's gerund (how it was won)."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return bool(before.pos_ == "DET" or (before.pos_ == "ADP" and before.lower_ != "by"))


def _quote_after(obj: Any) -> bool:
    """Whether a quotation follows the object: the words promised ('promising residents
    "a ferry every hour"')."""
    end = obj.right_edge.i + 1
    return end < len(obj.doc) and bool(obj.doc[end].is_quote)


def race_move(tok: Any) -> bool:
    """'attacked the final lap', 'attacked the climb', 'attacked the last 300m': an attack
    on a part of the course or a distance is a move in a race; 'attacked the toll plan' and
    'attacked 300 workers' stay."""
    return any(c.dep_ == "dobj" and (_course(c) or _distance(c)) for c in tok.children)


def _course(noun: Any) -> bool:
    """'the final climb', 'the last lap': a part of the course, in lower case, with a
    determiner or an adjective; 'attacked Hill as ...' is a person named so."""
    return (
        noun.lower_ in _COURSE
        and noun.text.islower()
        and noun.pos_ != "PROPN"
        and noun.ent_type_ != "PERSON"
        and any(c.dep_ in {"det", "amod"} for c in noun.children)
    )


def _distance(noun: Any) -> bool:
    """'300m', 'the last 10 km': a unit of distance after a number."""
    return noun.lower_ in _UNITS and any(c.dep_ == "nummod" for c in noun.children)
