"""Verbs that report only in one frame and name an everyday act in the others: "released a
report" but "released the suspect", "ordered an inquiry" but "ordered 200 new buses", "identified
him as the driver" but "identified the victims", "understood that ..." but "tried to
understand what caused it", "introduced a bill" but "introduced her husband"."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE, with_plurals
from crossbrief.analyze.quotes.plain_acts import plain_act
from crossbrief.analyze.quotes.questions import asks
from crossbrief.analyze.quotes.speakable import names_someone

# What is made public when a release or a disclosure is news of someone's words or plans.
_MESSAGE_WORDS = """report statement figure data plan detail result finding video letter memo
    list budget proposal name document record transcript return information account version
    poll survey tape recording email ad agenda platform strategy policy study analysis
    estimate forecast guidance details evidence position response summary audio footage"""
MESSAGE_OBJECTS = with_plurals(_MESSAGE_WORDS) | {
    "analyses",
    "policies",
    "studies",
}
_PUBLISHING = frozenset({"release", "unveil"})
_PRESENTING = frozenset({"introduce", "promote"})


def _counted(obj: Any) -> bool:
    return any(c.dep_ == "nummod" for c in obj.children)


def _objects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]


_WH = frozenset({"what", "why", "how", "who", "where", "when", "whether", "if", "which"})


def _clause(verb: Any) -> bool:
    """A clause that says what someone holds ("remembered that ..."), not a question they
    work on ("trying to understand what caused it")."""
    return any(
        c.dep_ == "ccomp" and not any(t.lower_ in _WH for t in c.subtree if t.i < c.i)
        for c in verb.children
    )


def _to_clause(verb: Any) -> bool:
    return any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def reports_here(verb: Any) -> bool:
    """Whether a reporting verb with an everyday sense is used in its reporting frame:
    release and unveil a message (or a clause); order anything but a counted thing with no
    clause (a purchase); identify someone "as" something; understand a clause that is no
    question; introduce, promote and welcome no one (a bill, an idea, a decision). Every other
    verb is used as it reports, unless it asks a question in the writer's voice ("Do you think
    ...?"), which reports no one's claim."""
    if asks(verb) or plain_act(verb):
        return False  # (or names an act: "was found by divers", "a hub called Arvela")
    if connective(verb):
        return False
    base = FORM_TO_BASE.get(verb.lower_)
    if base in _PUBLISHING:
        return _clause(verb) or any(o.lower_ in MESSAGE_OBJECTS for o in _objects(verb))
    if base == "order":
        return _to_clause(verb) or _clause(verb) or not any(_counted(o) for o in _objects(verb))
    if base == "identify":
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if base == "understand":
        return _clause(verb)
    if base in _PRESENTING:
        return not any(animate(o) for o in _objects(verb))
    if base == "welcome":
        # Guests welcomed are received, not a side taken; a participle's noun is its object
        # ("guests, welcomed by the mayor,").
        objs = [
            *_objects(verb),
            *([verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []),
        ]
        return not any(names_someone(o) for o in objs)
    return True


# Words that may come before the connective at the start of its sentence ("But that said,").
_LEADING = frozenset({"and", "but", "yet", "still"})


def connective(verb: Any) -> bool:
    """'That said, the team won the second half': "that said" (or "this said") opening its
    sentence and set off by a comma is a connective, "even so", which reports no words; the
    clause after it is the writer's. 'That, said Lee, was ...' (a tag between commas) and
    'That said more about ...' (no comma) stay reports."""
    doc, i = verb.doc, verb.i
    if verb.lower_ != "said" or i < 1 or i + 1 >= len(doc) or doc[i + 1].text != ",":
        return False
    first = doc[i - 1]
    if first.lower_ not in {"that", "this"}:
        return False
    start = first.i - 1 if first.i >= 1 and doc[first.i - 1].lower_ in _LEADING else first.i
    return bool(start == verb.sent.start)


def aims(verb: Any) -> bool:
    """A to-clause of an aim ("looking to win"), not of seeming ("looks to be in trouble")."""
    return any(
        c.dep_ == "xcomp"
        and c.lower_ != "be"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.rights
    )


# Offices run for ("campaigned for president"): a race entered, not a side taken. A title
# is a person's with a determiner ("the senator"); a race or a body never takes a side.
_TITLES = frozenset({"president", "mayor", "governor", "senator", "leader", "chair"})
_RACE_WORDS = """presidency senate congress office seat reelection re-election nomination
    leadership parliament"""
_RACES = frozenset(_RACE_WORDS.split())
_SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
# Someone's welfare feared or hoped for ("feared for their lives"): a feeling, no side.
_WELFARE = frozenset({"life", "lives", "safety", "health", "wellbeing", "well-being"})


def for_no_side(prep: Any) -> bool:
    """A "for" whose object is a time ("campaigned for three weeks"), an office ("campaigned
    for president") or someone's welfare ("feared for their lives"): no side is taken."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return False
    low = obj.lower_
    word = low[:-1] if low.endswith("s") else low
    if obj.ent_type_ in {"DATE", "TIME"} or word in _SPANS:
        return True
    # A title has no determiner or possessive ("for president"); "the senator" is a person.
    title = low in _TITLES and not any(c.dep_ in {"det", "poss"} for c in obj.children)
    return title or low in _RACES or low in _WELFARE
