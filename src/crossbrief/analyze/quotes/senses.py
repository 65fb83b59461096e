"""Everyday senses of verbs that report in one frame only, read off the parse: "laid out"
a thing ("the bodies", not "a plan"), "painted" something "as a favour" (a purpose, not a
description), "Speaking of the harbour, ..." (a topic the writer turns to), "addressed" a
gathering (a speech given, not an issue taken up), "read" only words in marks (a sign that
"read" them, or someone who "read" a text out before a colon), "issued" a document of value
(bonds, not a statement) or one whose own participle reports ("a statement saying ..."),
"answered" the phone, a call or a door (a deed, no words given; "answered questions" is an
attribution in PolNeAR, and stays), "claimed" a prize, a title or a player (taken, not asserted), "assured"
an outcome "by" doing something (made sure of it, told no one), "will remember" a thing (a
memory foretold); the sports senses of "promising" and "attacked" are in sport_senses.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.deeds import (
    cited_no_claim,
    for_questioning,
    physical_attack,
    saying_carries,
)
from crossbrief.analyze.quotes.purposes_and_formulas import says_nothing
from crossbrief.analyze.quotes.sport_senses import promising_player, race_move


def everyday_sense(tok: Any, base: str) -> bool:
    """Whether the verb ``tok`` of base form ``base`` is used in an everyday sense that
    reports nothing: "lay" out a thing, "paint" as a purpose, "speak"/"talk" of a topic
    opening a sentence, the senses of ``_SENSE_TESTS`` below, and any verb that reports no
    saying (a purpose on a passive, a formula said: ``purposes_and_formulas``)."""
    test = _SENSE_TESTS.get(base)
    return (test is not None and test(tok)) or says_nothing(tok, base)


# What makes "called" X a saying: what X was called ("called the plan a failure", "called
# it unfair") or a clause ("called him to say ...").
_NAMED_AS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "attr"})
# Those one calls to come and help, by phone or in person: a summons, no words given. Only
# these: "called the hearing" or "called the leaders to the stage" may be reported acts,
# and a long object the parse cut from what it was called ("called the charges false and
# cruel") keeps the cue.
_HELP_WORDS = """police cop ambulance doctor paramedic medic firefighter lawyer attorney
    plumber taxi cab 911 999"""
_HELP = frozenset(w + e for w in _HELP_WORDS.split() for e in ("", "s"))
# Services named by what they rescue from ("the fire department", "emergency services").
_SERVICES = frozenset({"department", "brigade", "service", "services", "crew"})
_RESCUES = frozenset({"fire", "emergency", "rescue", "ambulance", "coastguard"})


def _called_up(tok: Any) -> bool:
    """'called the police', 'called an ambulance', 'called his lawyer': a phone call or a
    summons for help, no words given; 'called the plan a failure' and 'called for calm'
    stay."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and any(c.dep_ in _NAMED_AS for c in tok.children):
        return False
    if not objs:  # "called his lawyer" parsed as a complement with no object to name
        objs = [c for c in tok.children if c.dep_ == "oprd"]
    return any(
        o.lower_ in _HELP or (o.lower_ in _SERVICES and any(g.lower_ in _RESCUES for g in o.lefts))
        for o in objs
    )


# What makes the object of "answered" the content after all: a clause of what the answer
# was ("answered that ...").
_CLAUSES = frozenset({"ccomp", "xcomp"})


# Things one answers by picking up or opening, not by saying anything.
_RUNG = frozenset({"phone", "phones", "telephone", "door", "doors", "call", "calls", "bell"})


def _thing_answered(tok: Any) -> bool:
    """'answered the phone', 'answered the door': a deed; 'answered questions', 'answered
    the criticism' and 'answered that ...' stay."""
    if any(c.dep_ in _CLAUSES for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _RUNG for c in tok.children)


# What may come between "read" and the words it reads ('read: "..."', 'read, "..."').
_BEFORE_WORDS = frozenset({":", ",", '"', "\u201c", "\u201e", "\u00ab", "``"})
_OPENING = frozenset({'"', "\u201c", "\u201e", "\u00ab", "``"})


def _bears_words(tok: Any) -> bool:
    """'One message read "..."', 'a sign that read: "..."', 'a hat reading "..."': a thing
    (no one who can speak) reads the words in marks right after the verb; 'Lee read "..."'
    is someone reading, 'The message read like a threat' reads nothing out."""
    after = [t for t in tok.doc[tok.i + 1 : tok.i + 3] if not t.is_space]
    marks = [t.text for t in after]
    if not marks or marks[0] not in _BEFORE_WORDS or not any(m in _OPENING for m in marks):
        return False
    bearer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if bearer is None and tok.dep_ == "acl":
        bearer = tok.head  # 'a hat reading "..."'
    if bearer is not None and bearer.lower_ in {"that", "which"} and bearer.head.dep_ == "relcl":
        bearer = bearer.head.head  # 'a sign that read "..."'
    return bearer is not None and bearer.pos_ in {"NOUN", "PRON"} and not animate(bearer)


def _reads_out(tok: Any) -> bool:
    """'Reed read his verdict upon the board: "..."': what was read, and the phrases of the
    verb after it, end at a colon before words in marks, which are what was read out; 'read
    the report and left' and 'read the report: it was long' read nothing out."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    subtree = {t.i for t in tok.subtree}
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.text == ":":
            after = [a for a in tok.doc[t.i + 1 : t.i + 3] if not a.is_space]
            # the tokenizer splits a typewriter opening mark "``" in two
            return bool(after) and (after[0].text in _OPENING or after[0].text == "`")
        if t.i not in subtree or t.pos_ in {"VERB", "AUX"}:
            return False  # a clause of its own before the colon
    return False


# What "laid out" reports: an idea, a plan, an argument or an account ("laid out a plan",
# "laid out his concerns", "laid out how ..."), not things set down ("laid out the bodies");
# abstract nouns by their suffix, the rest listed.
_LAID_WORDS = """plan case vision agenda idea view problem role record stake difference
    concern guideline term step detail reason goal rule path argument policy strategy
    priority principle option choice framework blueprint roadmap timeline scenario platform
    proposal demand approach program programme position stance thinking philosophy belief
    fact evidence charge allegation objection action measure criterion criteria code"""
_LAID = frozenset(w + e for w in _LAID_WORDS.split() for e in ("", "s")) | {
    "policies",
    "priorities",
    "philosophies",
}
_ABSTRACT = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ness", "ship", "ogy", "ics")
_ABSTRACT_PLURALS = tuple(e + "s" for e in _ABSTRACT)


def _laid_idea(tok: Any) -> bool:
    """A "laid out" whose object is an idea, a plan or an account, or of a clause; for a
    count of them ("a host of actions") the "of" phrase decides."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return True  # "laid out how the toll would work", or an object the parse lost
    heads = [*objs, *(g for o in objs for c in o.children if c.lower_ == "of" for g in c.children)]
    return any(h.lower_ in _LAID or h.lower_.endswith(_ABSTRACT + _ABSTRACT_PLURALS) for h in heads)


# An "as" phrase of purpose after "painted": a kindness or an occasion, not a description
# ("painted the fence as a favour", but "painted him as a liar").
_PURPOSE_WORDS = """favour favor gift present tribute gesture surprise treat courtesy kindness
    memorial protest service"""
_PURPOSES = frozenset(_PURPOSE_WORDS.split())


def _as_purpose(tok: Any) -> bool:
    as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    return any(g.dep_ == "pobj" and g.lower_ in _PURPOSES for a in as_ for g in a.children)


def _topic_marker(tok: Any) -> bool:
    """A participle with "of" opening its sentence ('Speaking of the harbour, ...') names
    the topic the writer turns to, not someone's speech."""
    return (
        tok.tag_ == "VBG"
        and tok.i == tok.sent.start
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    )


# Gatherings one addresses by speaking to them ("addressed a rally"), where what was said
# is not named; "addressed the concerns" takes up an issue.
_GATHERING_WORDS = """rally convention conference gala meeting crowd audience session summit
    assembly event dinner luncheon lunch breakfast ceremony graduation gathering forum
    attendee delegate"""
_GATHERINGS = frozenset(w + e for w in _GATHERING_WORDS.split() for e in ("", "s"))


def _to_a_gathering(tok: Any) -> bool:
    """'addressed a rally', 'addressing attendees of the gala': a speech to a gathering."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    heads = [*objs, *(g for o in objs for c in o.children if c.lower_ == "of" for g in c.children)]
    return any(h.lower_ in _GATHERINGS for h in heads)


# Papers of value or of leave that an issuer hands out ("issued bonds", "issued a permit"),
# not words it puts out ("issued a statement", "issued a warning").
_VALUABLE_WORDS = """bond share stock permit license licence passport visa ticket stamp coin
    banknote card debt currency loan grant check cheque voucher certificate invoice"""
_VALUABLES = frozenset(w + e for w in _VALUABLE_WORDS.split() for e in ("", "s"))


def _issued_paper(tok: Any) -> bool:
    """'issued bonds': a paper of value; 'issued a statement saying ...': the statement's
    participle reports what it says, under its own cue; 'issued the following statement:'
    names no content (the words come after, as a quote)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return any(
        o.lower_ in _VALUABLES
        or any(c.dep_ == "acl" and c.tag_ == "VBG" for c in o.children)
        or (o.lower_ in _BARE and all(c.dep_ in _MODIFIERS for c in o.children))
        for o in objs
    )


_BARE = frozenset({"statement", "statements"})
_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "advmod"})


# What one "claims" by taking it, not by saying so: a prize, a title, a place, a player.
# "claimed the lives of" is a death, kept for PolNeAR and shown as no claim (unsaid.py);
# "claimed victory", "claimed responsibility" and "claimed credit" are said, and stay.
_TAKEN_WORDS = """prize title crown trophy medal cup championship pennant seat spot place
    berth jackpot pole player signature"""
_TAKEN = frozenset(w + e for w in _TAKEN_WORDS.split() for e in ("", "s")) | {"trophies"}


def _claimed_thing(tok: Any) -> bool:
    """'claimed the top prize', 'claimed Ann Lee off waivers': a thing or a person taken,
    with no clause of what was claimed; 'claimed that ...' and 'claimed responsibility for
    the blast' stay."""
    if any(c.dep_ in _CLAUSES for c in tok.children):
        return False
    return any(
        c.dep_ == "dobj" and (c.lower_ in _TAKEN or c.ent_type_ == "PERSON") for c in tok.children
    )


# Whom one assures is told something ("assured voters that ..."): with no one told, an
# outcome made sure of "by" some act ("assured that the deal would hold by paying more").
_TOLD = frozenset({"dobj", "dative", "iobj"})


def _made_sure(tok: Any) -> bool:
    """'assured that the crew would stay by re-signing Lee': ensured, by an act (a "by"
    and a verb in -ing on the verb or on its clause); 'assured voters that ...' and 'assured
    that the toll would go' stay."""
    if any(c.dep_ in _TOLD for c in tok.children):
        return False
    holders = [tok, *(c for c in tok.children if c.dep_ == "ccomp")]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and c.i + 1 < len(c.doc)
        and c.doc[c.i + 1].tag_ == "VBG"
        for h in holders
        for c in h.children
    )


def _memory_foretold(tok: Any) -> bool:
    """'Fans will remember the actors who ...': a memory the writer foretells (a modal, a
    plain object), no one's words; 'remembered that ...' and 'will remember the pier as a
    place of trade' (a view of it) stay."""
    kids = list(tok.children)
    return (
        any(c.tag_ == "MD" for c in kids)
        and any(c.dep_ == "dobj" for c in kids)
        and not any(c.dep_ in _CLAUSES or (c.dep_ == "prep" and c.lower_ == "as") for c in kids)
    )


# One test per verb with an everyday sense; each takes the verb's token.
_SENSE_TESTS: dict[str, Callable[[Any], bool]] = {
    "lay": lambda tok: not _laid_idea(tok),
    "paint": _as_purpose,
    "speak": _topic_marker,
    "talk": _topic_marker,
    "read": lambda tok: not (_bears_words(tok) or _reads_out(tok)),
    "address": _to_a_gathering,
    "issue": _issued_paper,
    "answer": _thing_answered,
    "call": _called_up,
    "attack": lambda tok: physical_attack(tok) or race_move(tok),
    "cite": cited_no_claim,
    "question": for_questioning,
    "quote": saying_carries,  # "saying" is the cue: deeds.py
    "claim": _claimed_thing,
    "assure": _made_sure,
    "promise": promising_player,
    "remember": _memory_foretold,
}
