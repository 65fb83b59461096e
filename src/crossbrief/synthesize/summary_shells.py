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
"""

from __future__ import annotations

import re

from crossbrief.synthesize.summary_people import SPEECH
from crossbrief.synthesize.summary_quotes import QUOTED

# The shell nouns a news report uses for what someone said, found, counted, asked or
# decided (Schmid's classes of factual, linguistic, mental and modal shells); "move" and
# "decision" are ``summary_rules``'s, which ask for the sentence before in any case.
_NOUNS = """fact facts plea pleas remark remarks comment comments statement statements claim
    claims allegation allegations finding findings result results figures data numbers
    announcement verdict proposal plan request offer demand demands warning threat
    promise pledge admission confession denial accusation accusations criticism reaction
    response outcome idea problem step measure measures"""
_NOUN = "|".join(sorted(_NOUNS.split(), key=len, reverse=True))
# What says which one is meant, right after the noun: an "of", "that", "to", "for" ... phrase,
# a relative clause, a participle ("the problem facing the board"), an apposition or a
# bracket, a coordinated noun phrase, or a name.
_IDENTIFIED = (
    r"\s*(?:[,:;(\u2013\u2014-]|(?:of|that|to|who|which|whose|for|on|in|against|by|from|"
    r"about|over|at|with|and|or)\b|[A-Z0-9]|[a-z]+ing\b"
    # the end of the clause: the noun is an object or a speaker ("denied the request.",
    # "..., said the statement."), no subject
    r"|[.!?\"'\u201d\u2019])"
)
# A superlative, an ordinal or "only" makes the noun unique without anything told before:
# "The latest figures show ...", "The only other problem was ...".
_UNIQUE = re.compile(r"\b(?:most|least|only|first|second|third|last|next|final|[a-z]+est)\b")
# The content in the predicate: "The problem is that ...", "The plan was to ...".
_FORWARD = r"\s+(?:is|was|are|were|remains|remained)\s+(?:that|to|whether|simple|clear)\b"
_SHELL = (
    r"(?i:the)\s+(?P<mods>(?:[a-z][a-z'-]*\s+){0,2}?)(?P<noun>(?i:" + _NOUN + r"))\b"
    r"(?!" + _IDENTIFIED + r")(?!" + _FORWARD + r")"
)
_OPENING = re.compile(r"^[\"'\u201c\u2018`( ]*" + _SHELL)
# case-sensitive but for the verb and "the": a capital among the noun's modifiers is a name
# ("said the Velmora findings"), and one right after the noun too
_REPORTED = re.compile(r"\b(?i:" + SPEECH + r")\s+(?i:that\s+)?" + _SHELL)


def shell_subject(text: str) -> str | None:
    """The shell noun ("findings", "plea"), lower case, that ``text`` has as the subject of
    its main clause ("The findings surprised ...") or of the clause a verb of saying reports
    ("Lee said the plea was forced"), with "the" and nothing saying which one is meant; None
    when there is none, or when the noun is identified ("The plea of the two deckhands ...",
    "The findings, published on Monday, ...") or made unique ("The latest figures ...") or
    told in the predicate ("The problem is that ...")."""
    told = QUOTED.sub(" ", text)  # the writer's words: a speaker's "the plan" is the ledger's
    m = _OPENING.match(told) or _REPORTED.search(told)
    if m is None or _UNIQUE.search(m.group("mods")):
        return None
    return m.group("noun").lower()
