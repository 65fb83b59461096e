"""Cues in a sense that is no speech (``ledger_filter``), and cues of a will or a belief the
ledger labels a position, not words reported (``synthesize.quotes``). One rule per kind:

- a verb of seeing ("saw its majority cut to 14", "saw five crews win") over content that
  is no that-clause and no "as" view ("sees the toll as a tax") tells what happened to or
  before its subject: no line;
- "emerged", "transpired" ("after it emerged that the fund did not exist") have no
  speaker, whatever the parser gave their expletive "it": no line; nor does a verb of
  beginning ("the hunts have begun"), which says nothing;
- a cue in the passive inside its own content ("the kick was charged down by Lee", "the
  clubs have been charged by the league", "his claims were denied by Lee") tells what was
  done to the content's subject: no line (the passive that opens the content is
  ``ledger_filter``'s; a hedge with no one named, "is expected to", is listed apart);
- a speech act whose content is the verb and a bare noun phrase, with no clause, no "as",
  "for" or "of" saying what was said ("defended the plans", "revealing debts of 4bn",
  "attacked a camp"): that it happened, not what was said: no line; a judging verb
  ("criticised the plan", "praised the crews") with a bare object is a position;
- a promise with its complement left out ("pledged to follow", "vowed to do so"): no
  content to show;
- "support" over a count of people ("supporting 1.7 million people") provides for them,
  and "supporting roles" is an adjective: no line.

A will ("wants the board to resign", "wanted a clause inserted") or a belief ("believes the
toll will fall", "thought the vote was lost") is held, not said: a position.
"""

from __future__ import annotations

import re

from crossbrief.analyze.quotes import cue_base
from crossbrief.analyze.quotes.hedges import HEDGE_CUES
from crossbrief.model import Quote
from crossbrief.synthesize.ledger_words import PASSIVE_BEFORE, cue_verb

_SEEING = frozenset({"see", "watch", "witness"})
# The content of a verb of seeing that is a view held, not a sight: a that-clause, or "as"
# after a short object ("sees the toll as a tax"; not "saw its majority cut to 14 as ...").
_VIEW = re.compile(r"\s*(?:\S+\s+)?that\s|\s*(?:\S+\s+){1,4}?as\s", re.IGNORECASE)
_NO_SPEAKER = frozenset({"emerged", "emerges", "emerging", "emerge", "transpired", "transpires"})
_NO_SPEAKER |= frozenset({"transpire", "transpiring"})
_BEGINNING_WORDS = "begin begins began begun beginning start starts started starting"
_BEGINNING = frozenset(_BEGINNING_WORDS.split())
# Speech acts whose bare object tells what they were about, not what was said.
_ABOUT_WORDS = "defend attack reveal disclose"
_ABOUT = frozenset(_ABOUT_WORDS.split())
# A plan or an intention revealed holds what is planned ("revealed plans to cut 300 jobs").
_PLANS = re.compile(r"\b(?:plans?|intentions?|proposals?)\s+(?:not\s+)?to\b", re.IGNORECASE)
# Judging verbs: with a bare object, a side taken on it (as "critical of the plan").
_JUDGING_WORDS = """criticise criticize condemn denounce praise hail applaud slam blast
    lambaste welcome"""
_JUDGING = frozenset(_JUDGING_WORDS.split())
# What opens a claim after the object: a clause, a reason, a description, a quote said.
_CLAIM_AFTER = re.compile(
    r"\bfor\s+(?:\S+\s+){0,2}?\w+ing\b"
    r"|\b(?:as|that|saying|said|because|over|against|how|what|why|which|who|whose|when"
    r"|where|while|amid|after|since|calling|describing|arguing|claiming|insisting)\b"
    r"|[\"\u201c\u201d:;]|``|''",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)")
_PROMISING = frozenset({"pledge", "promise", "vow", "undertake", "threaten"})
# A complement left out: "to follow", "to do so", "to do the same", "to join them".
_LEFT_OUT = re.compile(
    r"\S+\s+to\s+(?:follow(?:\s+suit)?|join(?:\s+(?:in|them|it))?|do\s+(?:so|likewise|the\s+same)"
    r"|match\s+(?:it|them)|act|comply|oblige|reciprocate)\W*$",
    re.IGNORECASE,
)
# "supporting 1.7 million people", "supports 300 families"; "supporting roles", "cast".
_PROVIDES = re.compile(
    r"\S+\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?\d"
    r"|\S+\s+(?:roles?|actors?|actress(?:es)?|cast|acts?|parts?|players?)\b",
    re.IGNORECASE,
)
_WILL_WORDS = "want wish believe think feel reckon"
_HELD = frozenset(_WILL_WORDS.split())
_MIN_JUDGED_WORDS = 2  # "praised Lee": one word of object is still a side taken


def _opens_with_cue(q: Quote) -> bool:
    words = q.text.split(maxsplit=1)
    return bool(words) and words[0].lower() == cue_verb(q).lower() != ""


def _bare_object(q: Quote) -> bool:
    """The content is the cue's verb and a noun phrase: no clause, no "as" or "for", no
    quote marks (``_CLAIM_AFTER``) after it."""
    rest = q.text.split(maxsplit=1)[1:]
    # a bracket holds a gloss ("debts of 14bn euros ($18bn; £9bn)"), not a clause
    return bool(rest) and _CLAIM_AFTER.search(_BRACKETED.sub("", rest[0])) is None


def no_speech(q: Quote, article_text: str) -> bool:
    """Whether reported content ``q`` has a cue in a sense that is no speech, or a speech act
    with nothing said: see the module's rules."""
    if q.kind == "direct":
        return False
    verb = cue_verb(q).lower()
    base = cue_base(verb)
    if verb in _NO_SPEAKER or verb in _BEGINNING:
        return True
    if base in _SEEING and not _VIEW.match(_after_cue(q, article_text)):
        return True
    if _passive_inside(q, article_text):
        return True
    if not _opens_with_cue(q):
        return False
    if base in _ABOUT and _bare_object(q):
        return base in ("defend", "attack") or _PLANS.search(q.text) is None
    if base in _PROMISING and _LEFT_OUT.match(q.text):
        return True
    return base == "support" and _PROVIDES.match(q.text) is not None


def _after_cue(q: Quote, article_text: str) -> str:
    """The words from the cue's end to the content's end ("that the fares rose")."""
    if _opens_with_cue(q):
        return q.text[len(cue_verb(q)) :]
    if q.cue_end is not None and q.cue_end <= q.start:
        return article_text[q.cue_end : q.end]
    return q.text


def _passive_inside(q: Quote, article_text: str) -> bool:
    """The cue lies inside its own content, in the passive ("the kick was charged down"), with
    someone found for it ("by Lee"): a hedge the writer passes on with no one named ("the
    toll is expected to rise") is listed apart, as such."""
    if q.cue_start is None or q.cue_end is None or not q.start < q.cue_start < q.end:
        return False
    if not q.speaker_text or (q.cue or "").lower() in HEDGE_CUES:
        return False
    return (
        PASSIVE_BEFORE.search(article_text, max(q.start, q.cue_start - 30), q.cue_start) is not None
    )


def held_not_said(q: Quote) -> bool:
    """Whether reported content ``q`` is a will or a belief held ("wants the board to
    resign", "believes the toll will fall") or a judging verb over a bare object
    ("criticised the plan"): a position, not words reported."""
    if q.kind != "indirect":
        return False
    base = cue_base(cue_verb(q))
    if base in _HELD:
        return True
    return (
        base in _JUDGING
        and _opens_with_cue(q)
        and _bare_object(q)
        and len(q.text.split()) >= _MIN_JUDGED_WORDS
    )
