"""Reported speech needs a speaker that can speak: someone, a body of people, or a record
that speaks for its makers ("the report said", "the poll found"). A thing or an event as
the subject of a cue ("Bent metal bars showed ...", "The collapse of the government
suggested ...", "59 bodies were found") is evidence or narrative, not an attribution.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.animate import NAMED, animate
from crossbrief.analyze.quotes.context import Para
from crossbrief.model import Quote

# Records, media and findings that speak for whoever made them ("the report said", "a
# survey found", "the ad claims", "court records show"), singular; plurals are read off.
_RECORD_WORDS = """report statement study poll survey letter memo memorandum document record
    filing complaint lawsuit suit indictment affidavit ruling opinion verdict order bill law
    resolution motion petition ad advertisement commercial video tape recording email e-mail
    message post tweet release website site page book article story editorial column paper
    data figure number result finding analysis research estimate forecast projection model
    audit review investigation inquiry probe transcript note notice announcement communique
    declaration platform proposal plan budget account version testimony interview speech
    remark comment cable dispatch broadcast show program programme documentary film headline
    questionnaire census tally count exit chart map graphic photo photograph image
    footage audio clip sign banner placard slogan card letterhead guidance guideline rule
    regulation policy agreement treaty deal accord contract charter constitution manifesto
    summary briefing assessment evaluation appraisal warning alert bulletin newsletter
    journal magazine newspaper wire agency slide brief submission average statistic database
    index posting publication spot literature return endorsement"""
RECORDS = frozenset(_RECORD_WORDS.split())


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ses") and word[:-2] in RECORDS:  # "analyses" is plural of "analysis"
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# People and bodies of people the animacy lexicon leaves to context ("sources said", "the
# fund warned", "authorities said").
_PEOPLE_WORDS = """source authority individual boss lady gentleman mate doctor nurse
    survivor relative neighbor child kid teenager teen youth adult guest visitor passenger
    driver rescuer firefighter one ex advocate surrogate associate fund institute foundation
    center centre association society commission office bureau service force lobby club
    church school university college hospital clinic league alliance federation ministry
    operative mogul"""
_PEOPLE = frozenset(_PEOPLE_WORDS.split())
# Heads that count or gather what their "of" names ("a chorus of Republicans", "none of his
# arguments"): judged by that.
_PARTITIVE_WORDS = """chorus array group number lot host none one some all each many most few
    handful couple pair dozen series variety range majority minority bunch band crowd portion
    part percent hundred thousand million billion"""
_PARTITIVES = frozenset(_PARTITIVE_WORDS.split())
# Suffixes of agent nouns ("regulators", "demonstrators", "electors"): as often people as
# things, so a speaker with one is given the benefit of the doubt.
_AGENT_SUFFIXES = ("er", "or", "ers", "ors")


def can_speak(head: Any) -> bool:
    """Whether the phrase headed by ``head`` can be the source of reported speech. Only a
    common noun in lower case is judged, and it can when it names someone (``animate``, a
    people word or an agent noun in "-er"/"-or"), a record that speaks for its makers, or a
    part of a whole that can ("a chorus of Republicans"); a name, a pronoun ("it" may be the
    company just named) or a word the tagger did not call a noun is left to the rule that
    found the quote."""
    if head.pos_ != "NOUN" or head.ent_type_ in NAMED or not head.text[:1].islower():
        return True  # a capital may be a name the tagger took for a noun ("Trump")
    low = head.lower_
    word = _singular(low)
    if word in _PARTITIVES or low in _PARTITIVES:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
        if whole is not None:
            return can_speak(whole)
    return (
        animate(head)
        or low in RECORDS
        or word in RECORDS
        or word in _PEOPLE
        or low.endswith(_AGENT_SUFFIXES)
    )


def spoken(quotes: Sequence[Quote], paras: Sequence[Para]) -> list[Quote]:
    """The quotes less reported speech whose speaker phrase names a thing that cannot speak.
    Direct quotes keep their words whatever their speaker (the marks say someone spoke)."""
    starts = [p.offset for p in paras]
    out = []
    for q in quotes:
        if q.kind == "indirect" and q.speaker_start is not None and q.speaker_end is not None:
            para = paras[max(bisect.bisect_right(starts, q.speaker_start) - 1, 0)]
            span = para.tokens(q.speaker_start, q.speaker_end)
            if span is not None and len(span) and not can_speak(span.root):
                continue
        out.append(q)
    return out
