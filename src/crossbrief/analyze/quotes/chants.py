"""Words a crowd chants or shouts, quoted after a noun for them ("chants of "..."")."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.cues import subject
from crossbrief.analyze.quotes.lexicon import with_plurals
from crossbrief.analyze.quotes.speaker_spans import phrase

# Nouns for words voiced by a crowd; their "of" phrase holds the words.
_CHANT_WORDS = "chant cry shout call chorus cheer scream yell refrain roar"
CHANT_NOUNS = with_plurals(_CHANT_WORDS) | {"cries", "choruses"}
# "broke into chants of", "erupted in cries of", "responded with chants of": the subject
# makes the noise; "was greeted with", "took the stage to": someone else does.
_MAKING = frozenset({"into", "in", "with"})
# Possessives that stand for people: only people chant ("its refrain of" is a song's).
_PERSONAL_POSS = frozenset({"my", "our", "your", "his", "her", "their"})


def chanted(para: Para, span: Any) -> Attr | None:
    """'The crowd broke into chants of "..."': a quote right after the "of" of a noun for
    chanting or shouting is the words of those chanting, cued by the noun: the noun's
    possessor, its "from" phrase, the one breaking into it or stirred to it. An Attr with no
    speaker when the sentence names none ("was welcomed with chants of"): the caller drops
    such a quote rather than give it to a speaker nearby whose speech the chants
    interrupt."""
    doc = para.doc
    j = span.start - 1
    while j >= 0 and (doc[j].is_space or doc[j].is_quote):
        j -= 1
    if j < 1 or doc[j].lower_ != "of" or para.quoted[j]:
        return None
    noun = doc[j].head
    if noun.i >= j or noun.pos_ != "NOUN" or noun.lower_ not in CHANT_NOUNS:
        return None
    who = _chanters(para, noun)
    return Attr(para, noun, phrase(who) if who is not None else None, who)


def _chanters(para: Para, noun: Any) -> Any:
    for c in noun.children:
        if c.dep_ == "poss" and (c.lower_ in _PERSONAL_POSS or animate(c)):
            return c  # "their chants of", "the crowd's cries of"
        if c.dep_ == "prep" and c.lower_ == "from":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and animate(obj):
                return obj  # "shouts from the crowd of"
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "a chorus of boos and chants of"
    if noun.dep_ != "pobj" or noun.head.head.pos_ not in {"VERB", "AUX"}:
        return None  # "chants of ... rang out", "heard calls of"
    prep, verb = noun.head, noun.head.head
    if prep.lower_ == "to":
        # "stirred a crowd to chants of"; "took the stage to chants of" names no one
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj if obj is not None and animate(obj) else None
    if prep.lower_ not in _MAKING:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "and was welcomed with chants of": others chant, whoever the subject
    subj = subject(verb, para.quoted)
    if subj is None or subj.dep_ != "nsubj" or not animate(subj):
        return None  # "was welcomed with chants of": the chanters are others
    return subj
