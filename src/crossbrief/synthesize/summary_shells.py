"""A definite shell noun as a clause's subject: "The findings ...", "... said the plea was ...".

Shell nouns (Schmid, 2000: "English Abstract Nouns as Conceptual Shells") are abstract nouns
whose content is told elsewhere: a decision, a plea, the findings, the figures, a claim. With
"the" and nothing in the noun phrase that says which one (no name, no "of" phrase, no
relative or "that" clause, no apposition), the content is in an earlier sentence: "The
findings surprised the harbour board" reads only after the sentence telling the findings.
Where the content follows in the clause's predicate ("The problem is that ...", "The plan
was to ...") the noun points forward and reads alone. An article's first sentence has
nothing before it: there the writer opens that way on purpose, as with a fronted phrase
(``summary_rules.points_back``).

The same noun as the object of a verb taking a stance on it ("The board denied the claim.",
"Lee rejected the proposal as unworkable") points back as well: what was claimed or proposed
is told only before (``shell_object``). Only an object that closes its clause counts (an end
mark, a comma, "as", a day): anything else after it may say which one is meant ("denied the
claim that ..."); and one whose noun its own sentence names before it ("Lee made a claim
..., but the board denied the claim"), or joins a clause on before it, which may tell it
in words of its own ("The crew asked for a delay, but the board denied the request"), reads
alone.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.summary_people import SPEECH
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.summary_words import may_hold
from crossbrief.synthesize.text import stem, tokens

# The shell nouns a news report uses for what someone said, found, counted, asked or
# decided (Schmid's classes of factual, linguistic, mental and modal shells); "move" and
# "decision" are ``summary_rules``'s, which ask for the sentence before in any case.
_NOUNS = """fact facts plea pleas remark remarks comment comments statement statements claim
    claims allegation allegations finding findings result results figures data numbers
    announcement verdict proposal plan request offer demand demands warning threat
    promise pledge admission confession denial accusation accusations criticism reaction
    response outcome idea problem step measure measures"""
_NOUN = "|".join(sorted(_NOUNS.split(), key=len, reverse=True))
# (a cheap first test: a sentence with none of these words matches no pattern here)
_NOUN_WORDS = frozenset(_NOUNS.split())
# What says which one is meant, right after the noun: an "of", "that", "to", "for" ... phrase,
# a relative clause, a participle ("the problem facing the board"), an apposition or a
# bracket (a wire's "_" dash too), a coordinated noun phrase, or a name.
IDENTIFIED = (
    r"\s*(?:[,:;(\u2013\u2014_-]|(?:of|that|to|who|which|whose|for|on|in|against|by|from|"
    r"about|over|at|with|and|or)\b|[A-Z0-9]|[a-z]+ing\b"
    # the end of the clause: the noun is an object or a speaker ("denied the request.",
    # "..., said the statement."), no subject
    r"|[.!?\"'\u201d\u2019])"
)
# A superlative, an ordinal or "only" makes the noun unique without anything told before:
# "The latest figures show ...", "The only other problem was ...".
_UNIQUE = re.compile(r"\b(?:most|least|only|first|second|third|last|next|final|[a-z]+est)\b")
# Words ending in "-est" that are no superlatives ("the protest remarks", "the interest figures").
_NOT_SUPERLATIVE_WORDS = """
    protest interest request arrest contest harvest forest honest modest quest conquest guest
    chest west rest test nest pest vest digest invest manifest suggest behest unrest midwest
    inquest bequest
"""
_NOT_SUPERLATIVE = frozenset(_NOT_SUPERLATIVE_WORDS.split())
# What may follow a clause's subject: an auxiliary or modal, an adverb, or a verb in a past
# or third-person form; a singular noun followed by any other word is a compound's modifier
# ("the response team"), a plural one may be followed by a verb's plain form ("the findings
# show").
_AUX_WORDS = """
    is was are were be been has have had will would can could may might must shall should do
    does did also not never still only already now then again too all both alone
"""
_AUX = frozenset(_AUX_WORDS.split())
# The common irregular past forms, which end in neither "-ed" nor "-s".
_IRREGULAR_PAST_WORDS = """
    came went fell rose drew grew made took gave got left met sent spent kept held stood
    brought bought caught taught thought found told sold won lost led ran began broke spoke
    wrote became struck hit cut put set let shut saw knew threw flew hung fought meant
"""
_IRREGULAR_PAST = frozenset(_IRREGULAR_PAST_WORDS.split())
_NEXT = re.compile(r"\s+([a-z]+)")


def verb_follows(told: str, end: int, noun: str) -> bool:
    """Whether the word after a noun ending at ``end`` can be its clause's verb."""
    m = _NEXT.match(told, end)
    if m is None:
        return False
    word = m.group(1)
    if word in _AUX or word in _IRREGULAR_PAST or word.endswith(("ed", "ly")):
        return True
    if word.endswith("s") and not word.endswith("ss"):
        return True
    return noun.endswith("s") and not noun.endswith("ss")


# The content in the predicate: "The problem is that ...", "The plan was to ...".
_FORWARD = r"\s+(?:is|was|are|were|remains|remained)\s+(?:that|to|whether|simple|clear)\b"
_SHELL = (
    r"(?i:the)\s+(?P<mods>(?:[a-z][a-z'-]*\s+){0,2}?)(?P<noun>(?i:" + _NOUN + r"))\b"
    r"(?!" + IDENTIFIED + r")(?!" + _FORWARD + r")"
)
_OPENING = re.compile(r"^[\"'\u201c\u2018`( ]*" + _SHELL)
# case-sensitive but for the verb and "the": a capital among the noun's modifiers is a name
# ("said the Velmora findings"), and one right after the noun too
_REPORTED = re.compile(r"\b(?i:" + SPEECH + r")\s+(?i:that\s+)?" + _SHELL)


def shell_subject(text: str) -> str | None:
    """The shell noun ("findings", "plea"), lower case, that ``text`` has as the subject of
    its main clause ("The findings surprised ...") or of the clause a verb of saying reports
    ("Lee said the plea was forced", not an object: "Lee announced the plan today"), with
    "the" and nothing saying which one is meant; None
    when there is none, or when the noun is identified ("The plea of the two deckhands ...",
    "The findings, published on Monday, ...", "The deckhands' plea", "The response team
    ...": a possessive or a noun after it) or made unique ("The latest figures ...") or
    told in the predicate ("The problem is that ...")."""
    if not may_hold(text, _NOUN_WORDS):
        return None
    told = QUOTED.sub(" ", text)  # the writer's words: a speaker's "the plan" is the ledger's
    m = _OPENING.match(told)
    if m is not None and _NEXT.match(told, m.end()) and not verb_follows(told, m.end(), _noun(m)):
        m = None  # a compound's modifier: "The response team ..."
    if m is None:
        # after a verb of saying, a subject only: "said the plan would ...", not "announced
        # the plan yesterday"
        m = next(
            (r for r in _REPORTED.finditer(told) if verb_follows(told, r.end(), _noun(r))), None
        )
    if m is None or _unique(m.group("mods")):
        return None
    # a possessive says whose: "The deckhands' plea"
    if re.search(r"['\u2019]s?\s+$", m.group("mods")):
        return None
    return _noun(m)


def _noun(m: re.Match[str]) -> str:
    """The shell noun a match of ``_SHELL`` found, lower case."""
    return m.group("noun").lower()


def _unique(mods: str) -> bool:
    """Whether the modifiers make the noun unique: a superlative, an ordinal or "only"."""
    return any(w.group(0) not in _NOT_SUPERLATIVE for w in _UNIQUE.finditer(mods.lower()))


# Verbs taking a stance on something said, found or proposed, in their tensed forms: their
# object shell noun names what another sentence told ("denied the claim").
_STANCE_WORDS = """
    deny denies denied reject rejects rejected dismiss dismisses dismissed dispute disputes
    disputed refute refutes refuted contest contests contested confirm confirms confirmed
    welcome welcomes welcomed criticize criticizes criticized criticise criticises criticised
    condemn condemns condemned accept accepts accepted back backs backed support supports
    supported oppose opposes opposed endorse endorses endorsed approve approves approved
    question questions questioned challenge challenges challenged defend defends defended
    echo echoes echoed repeat repeats repeated reiterate reiterates reiterated retract
    retracts retracted ignore ignores ignored withdraw withdraws withdrew
"""
_STANCE = "|".join(sorted(_STANCE_WORDS.split(), key=len, reverse=True))
# the object closing its clause: an end mark, a comma or a closing quote mark (not a
# possessive's: "denied the claim's basis" denies the basis), "as" ("dismissed
# the claim as false"), or a time adverb or a day ("denied the claim on Monday")
_CLOSES = (
    r"(?=\s*(?:[.!?;,\"\u201d]|['\u2019](?!s\b))|\s+(?:as|outright|yesterday|today|again)\b"
    r"|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# a clause joined on before the stance: ", and", ", but", a semicolon
_JOINED = re.compile(r",\s+(?:and|but)\b|;")
_OBJECT = re.compile(
    r"\b(?i:" + _STANCE + r")\s+(?i:the)\s+(?P<mods>(?:[a-z][a-z'-]*\s+){0,2}?)"
    r"(?P<noun>(?i:" + _NOUN + r"))\b" + _CLOSES
)


def shell_object(text: str) -> str | None:
    """The shell noun ("claim", "proposal"), lower case, that ``text`` has, outside its
    quotations, as the object of a verb taking a stance on it, with "the" and nothing
    saying which one is meant, closing its clause ("The board denied the claim.", "Lee
    rejected the proposal as unworkable"); None when there is none, when it is made unique
    ("the latest figures") or owned ("the deckhands' claim"), or when its sentence names
    the noun before it ("Lee made a claim ..., and the board denied the claim") or joins a
    clause on before it, which may tell it ("The crew asked for a delay, but the board
    denied the request")."""
    if not may_hold(text, _NOUN_WORDS):
        return None
    told = QUOTED.sub(" ", text)
    for m in _OBJECT.finditer(told):
        mods = m.group("mods")
        if _unique(mods) or re.search(r"['\u2019]s?\s+$", mods):
            continue
        noun = _noun(m)
        if stem(noun) in {stem(w) for w in tokens(told[: m.start()])}:
            continue
        if _JOINED.search(told, 0, m.start()):
            # a clause joined on before it may tell what it stands for in words of its own:
            # "The crew asked for a delay, but the board denied the request."
            continue
        return noun
    return None
