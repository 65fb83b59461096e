"""Reported content carried by a light verb and its noun: 'made the case that ...', 'made
no mention of the toll', 'took issue with the plan', 'took aim at the board'."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Para, covered, loose_punct, token_span
from crossbrief.analyze.quotes.cues import subject
from crossbrief.analyze.quotes.lexicon import with_plurals
from crossbrief.analyze.quotes.speakers import Found, held_by
from crossbrief.analyze.quotes.stance_words import RECEIVING
from crossbrief.model import Quote

# For each light verb (every inflection), the nouns that make it a saying or a stance, with
# the prepositions that introduce what it is about; "that" marks a that-clause on the noun.
_MAKE = frozenset({"make", "makes", "made", "making"})
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
_MAKE_NOUNS = {
    "case": frozenset({"that", "for", "against"}),
    "point": frozenset({"that"}),
    "mention": frozenset({"of"}),
    "secret": frozenset({"of"}),
    "reference": frozenset({"to"}),
    "references": frozenset({"to"}),
}
_TAKE_NOUNS = {
    "issue": frozenset({"with"}),
    "aim": frozenset({"at"}),
    "shot": frozenset({"at"}),
    "shots": frozenset({"at"}),
    "swipe": frozenset({"at"}),
    "swipes": frozenset({"at"}),
    "credit": frozenset({"for"}),
}


def light_quote(found: Found, para: Para, verb: Any) -> Quote | None:
    """The content of a light verb whose object is a noun of saying or of taking a stance:
    the noun's that-clause ("made the point that the pier was unsafe"), else the verb with
    the noun and its phrase ("took issue with the council's plan"). The source is the verb's
    subject, someone who can speak for "take" (a storm takes no aim)."""
    if verb.pos_ != "VERB" or para.quoted[verb.i]:
        return None
    table = _MAKE_NOUNS if verb.lower_ in _MAKE else _TAKE_NOUNS if verb.lower_ in _TAKE else None
    if table is None:
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ in table), None)
    if noun is None:
        return None
    preps = table[noun.lower_]
    left: Any = None
    right: Any = None
    clausal = False
    if "that" in preps:
        clause = next(
            (
                c
                for c in noun.rights
                if c.dep_ in {"acl", "ccomp"}
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        if clause is not None:
            left, right, clausal = clause.left_edge, clause.right_edge, True
            if left.lower_ == "that":
                left = para.doc[left.i + 1]
    if left is None:
        prep = next(
            (
                c
                for c in (*noun.rights, *verb.rights)
                if c.dep_ == "prep"
                and c.lower_ in preps
                and c.i > noun.i
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            ),
            None,
        )
        if prep is None or (prep.lower_ == "at" and not _fair_target(prep)):
            return None
        left, right = verb, prep.right_edge
    speaker = subject(verb, para.quoted)
    if speaker is None or (verb.lower_ in _TAKE and not animate(speaker)):
        return None
    while right.i > left.i and loose_punct(right):
        right = para.doc[right.i - 1]
    if right.i - left.i < 2 or (clausal and speaker.i > left.i):
        return None
    start, end = token_span(found.text, para, left, right, found.direct)
    if covered(start, end, found.taken):
        return None
    return held_by(found, para, (start, end), verb, speaker)


# What "took aim at" or "shots at" may hit in words: a plan or a message ("took aim at the
# budget"); anything else that is no one is a literal target ("shots at the drone").
_AIM_WORDS = """plan proposal policy budget bill law rule idea claim statement remark comment
    decision deal tax toll record speech report"""
_AIMS = with_plurals(_AIM_WORDS) | {"policies"}


def _fair_target(prep: Any) -> bool:
    """The object of "at" is someone (a person or an organisation) or what they said or
    planned."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.lower_ in _AIMS:
        return True
    # A place is a literal target ("shots at the border post"), whatever animate says.
    return obj.ent_type_ not in {"GPE", "LOC", "FAC", "PRODUCT"} and animate(obj)


# The stances a receiving verb (stance_words.RECEIVING) carries.
_STANCE_WORDS = """endorsement endorsements support backing praise criticism criticisms
    condemnation backlash rebuke"""
_STANCES = frozenset(_STANCE_WORDS.split())
_FROM = frozenset({"from", "of", "among"})
# Support that is received or got is as often aid ("the town received support from the Red
# Cross"): a stance only from someone who holds views, a person or a group of people.
_AIDED = frozenset({"receive", "receives", "received", "receiving", "get", "gets", "got"})
_AIDED |= {"gotten", "getting"}
_AID = frozenset({"support", "backing"})


def received_quote(found: Found, para: Para, verb: Any) -> Quote | None:
    """'Lee won the endorsement of the union', 'the plan drew criticism from residents': a
    stance reaching the verb's subject from someone named in a 'from', 'of' or 'among'
    phrase. The source is that someone; the content is the clause (a bare "She" says
    nothing), and the cue is the receiving verb, which ``is_position`` knows."""
    if verb.lower_ not in RECEIVING or verb.pos_ != "VERB" or para.quoted[verb.i]:
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ in _STANCES), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if noun is None or subj is None:
        return None
    prep = next(
        (c for c in (*noun.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ in _FROM),
        None,
    )
    source = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
    if source is None or not animate(source) or para.quoted[subj.i]:
        return None
    if verb.lower_ in _AIDED and noun.lower_ in _AID and not _holds_views(source):
        return None
    sent = para.sent_of(verb.i)
    left = para.doc[max(subj.left_edge.i, sent.start)]
    right = para.doc[min(verb.right_edge.i, sent.end - 1)]
    while right.i > left.i and loose_punct(right):
        right = para.doc[right.i - 1]
    start, end = token_span(found.text, para, left, right, found.direct)
    if covered(start, end, found.taken):
        return None
    return held_by(found, para, (start, end), verb, source)


def _holds_views(tok: Any) -> bool:
    """A person named, a pronoun, or a noun for people ("residents", "the union"); not a
    body named by its name, which gives aid as often as backing ("the Red Cross")."""
    if tok.ent_type_ in {"ORG", "GPE", "FAC", "LOC"}:
        return False
    return tok.ent_type_ in {"PERSON", "NORP"} or (tok.pos_ != "PROPN" and animate(tok))
