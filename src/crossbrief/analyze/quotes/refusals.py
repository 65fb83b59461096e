"""Refusals to speak: 'Tom Varga declined to comment', 'the ministry would not elaborate'.

A refusal is an attribution without a statement. PolNeAR annotates it as one ("declined" as
cue, "to comment" as content), so analysis keeps it and the attribution scorer sees it; the
quote ledger leaves it out, since it has no words of anyone's to show.
"""

from __future__ import annotations

import re

from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE, with_plurals
from crossbrief.model import Quote

# Verbs that refuse whatever they take ('declined to ...', 'refused to ...').
_REFUSING = frozenset({"decline", "refuse"})
# Speech whose refusal says nothing: to comment, to say whether, to discuss the matter.
_SPEECH = (
    r"comment|say|tell|discuss|elaborate|answer|respond|reply|speak|talk|specify|confirm|"
    r"disclose|detail|reveal|address|speculate|be interviewed|give details|provide details"
)
# The refusing verb's infinitive may stand a few words off ('refused on Monday to say',
# 'declined repeatedly to say') and be split by an adverb ('to publicly say'); not after a
# determiner or possessive opening the verb's object, whose infinitive it is ('declined an
# invitation to speak', 'refused their request to discuss'), unless a time noun follows the
# determiner ('declined this week to say', 'refused that day to comment').
_OBJECT_OPENERS = r"(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|every|any)"
_TIMES = r"(?:day|week|month|year|morning|afternoon|evening|night|time|weekend)s?"
_REFUSED_SPEECH = re.compile(
    rf"(?!{_OBJECT_OPENERS}\s+(?!{_TIMES}\b))(?:[\w'\u2019-]+\s+){{0,3}}?to\s+(?:\w+ly\s+)?({_SPEECH})\b",
    re.IGNORECASE,
)
# 'would not comment', "didn't elaborate", "didn’t say", 'never responded': a verb of speech
# negated. A contraction has no word boundary before its "n't"; "not only ... but" and its
# kin add a second statement rather than deny the first.
_NEGATED = re.compile(
    r"(?:\bnot|n['\u2019]t|\bnever)(?!\s+(?:only|just|merely|simply)\b)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NEGATED_SPEECH = re.compile(
    r"(?:comment|respond|repl(?:y|ie)|answer|elaborate|speculate|discuss|say|said|talk|confirm)"
    r"(?:s|d|ed|ing)?",
    re.IGNORECASE,
)
# Verbs of speech that also name acts ('respond to the attacks', 'address the budget gap'):
# refusing them is refusing to speak only when their object is something said or asked, or
# those who ask ('respond to a request for comment', 'address the report', 'reply to
# reporters').
_ANSWERING = frozenset({"respond", "reply", "address"})
_ASKED = with_plurals(
    """request question query inquiry enquiry message email call letter comment remark
    statement claim allegation accusation charge criticism report story article account
    rumor rumour speculation matter topic subject detail"""
) | frozenset({"queries", "inquiries", "enquiries", "reporters", "journalists", "press", "media"})
_ASKERS = frozenset({"him", "her", "them", "it", "this", "that", "these", "those", "us", "me"})
# "address"'s forms, also in the lexicon since session 10 (``FORM_TO_BASE`` finds them
# first): kept so the answering sense does not hang on the lexicon listing the verb.
_ADDRESS = {"address": "address", "addresses": "address", "addressed": "address"}
_OBJECT_WORDS = 6  # words of an object phrase looked at for its head noun
_AFTER_CUE = 60  # characters after a cue that follows its content, read for its infinitive
_WORDS = re.compile(r"[\w'\u2019-]+")
# "confirm Tom Varga as harbour judge": an appointment, not an answer ("as soon as" aside).
_APPOINTED = re.compile(r"\s*(?:[\w.'\u2019-]+\s+){1,5}?as\s+(?!soon\b|well\b|long\b|much\b)", re.I)
# "talk to management until wages rose": talks held back for a price are a bargaining act.
_BARGAINING = re.compile(r"\s*(?:to|with)\b[^,.;:]*?\b(?:until|unless|before)\b", re.IGNORECASE)


def _an_act(verb: str, after: str) -> bool:
    """Whether a verb of speech with what follows it ('to the rocket attacks' after
    'respond') names an act rather than speech: answering or addressing something neither
    said nor asked, confirming someone as an office holder, or talks refused until a
    condition is met."""
    base = FORM_TO_BASE.get(verb.lower(), _ADDRESS.get(verb.lower()))
    if base in {"talk", "speak"}:
        return _BARGAINING.match(after) is not None
    if base == "confirm":
        return _APPOINTED.match(after) is not None
    if base not in _ANSWERING:
        return False
    words = [w.lower() for w in _WORDS.findall(after)]
    if words[:1] == ["to"]:
        words = words[1:]
    if not words or words[0] in _ASKERS:
        return False  # 'declined to respond', 'would not respond to it'
    return not any(w in _ASKED for w in words[:_OBJECT_WORDS])


# A claim after a negated verb of speech: 'that ...', or a subject of up to four words and
# its verb; a question ('whether', 'if'), also after a preposition ('comment on whether
# ...'), is no claim.
_QUESTION = r"(?!(?:whether|if|how|what|who|whom|which|when|where|why)\b)"
_CLAIM = re.compile(
    rf"\s*{_QUESTION}(?:that\b|"
    rf"(?:{_QUESTION}[\w'\u2019]+\s+){{1,4}}"
    r"(?:is|was|are|were|had|has|have|will|would|can|could|did)\b)",
    re.I,
)


def is_refusal(article_text: str, q: Quote) -> bool:
    """True for reported speech that only tells that someone would not speak: a cue of
    refusing with a verb of speech ('declined to comment on the case', 'refused to say
    whether', 'refused on Monday to publicly say'), also after the content it did not say
    ('The plant would close, Reed refused to say.'), or a negated verb of speech as cue
    ('would not comment', 'did not confirm the report'). 'Declined to endorse the plan' is
    a side taken, 'did not say the toll would rise' a claim denied, and refusing to
    'respond to the attacks', to 'confirm Lee as judge' or to 'talk to management until'
    an act: none is a refusal to speak."""
    if q.kind != "indirect" or q.cue is None or q.cue_start is None:
        return False
    cue = q.cue.split()[-1].lower() if q.cue.split() else ""
    words = article_text[q.start : q.end]
    if FORM_TO_BASE.get(cue) in _REFUSING:
        # The content keeps its verb ('declined to comment') or starts after it; content
        # before its cue ('The plant would close, Reed refused to say.') is what was not said.
        if words.lower().startswith(q.cue.lower()):
            rest = words[len(q.cue) :]
        elif q.cue_end is not None and q.cue_end <= q.start:
            rest = words
        else:
            rest = article_text[q.cue_end : q.cue_end + _AFTER_CUE] if q.cue_end else words
        m = _REFUSED_SPEECH.match(rest.strip())
        return m is not None and not _an_act(m.group(1), rest.strip()[m.end() :])
    before = article_text[max(0, q.cue_start - 24) : q.cue_start]
    if _NEGATED_SPEECH.fullmatch(cue) is None or _NEGATED.search(before) is None:
        return False
    after = words[len(q.cue) :] if words.lower().startswith(q.cue.lower()) else words
    if _CLAIM.match(after) is not None:
        return False  # 'did not say the toll would rise': a claim denied, shown as such
    return not _an_act(cue, after)
