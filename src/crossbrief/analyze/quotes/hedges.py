"""Claims the writer hedges without naming anyone: 'The mayor reportedly left', 'The bill is
expected to pass', 'it is believed that ...', 'Lee seemed to waver', 'it appears that ...'.

A reader must not take such a sentence for a fact, and there is no one to hang it on: each
becomes reported speech with no speaker, its cue the hedge word, its content the clause the
hedge is about (its subject and its complement; an expletive 'it' is no part of it). A hedge
never claims words another attribution already holds ('Lee reportedly said that ...' stays
Lee's), and one inside reported speech is left to the outer speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Any

from crossbrief.analyze.doc_cache import tokens_with_lower
from crossbrief.analyze.quotes.context import Attr, Para, make_quote, token_span, trim_end
from crossbrief.analyze.quotes.lexicon import is_reporting
from crossbrief.model import Quote

# Adverbs by which the writer passes a claim on without vouching for it.
_HEDGE_WORDS = "reportedly allegedly purportedly supposedly seemingly"
HEDGE_ADVERBS = frozenset(_HEDGE_WORDS.split())
# Verbs of seeming: the claim is the subject with the complement ('Lee seemed tired').
_SEEM_WORDS = "seem seems seemed seeming appear appears appeared appearing"
SEEM_VERBS = frozenset(_SEEM_WORDS.split())
# Verbs whose agentless passive passes on what unnamed people say, think or expect.
_PASSIVE_WORDS = """expected said believed thought reported alleged rumored rumoured
    predicted projected presumed understood considered seen regarded viewed deemed"""
PASSIVE_HEDGES = frozenset(_PASSIVE_WORDS.split())
# Every cue word a speakerless hedge can carry (synthesis lists those lines apart).
HEDGE_CUES = HEDGE_ADVERBS | SEEM_VERBS | PASSIVE_HEDGES
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acomp", "attr", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def hedged_quotes(
    text: str, para: Para, found: Sequence[Quote], direct: Sequence[int]
) -> Iterator[Quote]:
    """The paragraph's hedged claims, each an indirect quote with no speaker. ``found`` are
    the article's other quotes, sorted by start: a hedge is left out where it overlaps
    reported speech or would take in another quote's cue."""
    off = para.offset
    starts = [q.start for q in found]
    for tok in tokens_with_lower(para.doc, HEDGE_CUES):  # _claim wants a hedge word
        if para.quoted[tok.i]:
            continue
        span = _claim(tok)
        if span is None:
            continue
        left, right = span
        sent = para.sent_of(tok.i)
        left = para.doc[max(left.i, sent.start)]
        right = para.doc[min(right.i, sent.end - 1)]
        right = trim_end(para, left, right)
        if right.i - left.i < 2:
            continue
        start, end = token_span(text, para, left, right, direct)
        cue = off + tok.idx
        # 'Lee voiced doubts and reportedly ...': a verb joined to reported speech that
        # shares its subject may go on with the report, so the report holds it as well
        shared = _shared_subject(tok.head if tok.dep_ == "advmod" else tok)
        held_from = start
        if shared is not None and shared.i >= sent.start:
            held_from = min(start, off + shared.left_edge.idx)
        if not _held(held_from, end, cue, found[: bisect.bisect_left(starts, end)]):
            yield make_quote(text, start, end, "indirect", Attr(para, tok, None, None))


def _held(start: int, end: int, cue: int, before: Sequence[Quote]) -> bool:
    """Another attribution holds these words: reported speech overlaps them, or a quote
    whose cue lies among them ('"We won," Lee reportedly said' is Lee's). A quoted title
    under the hedge word itself is part of the claim."""
    for q in before:
        if q.end <= start or (q.cue_start == cue and q.kind != "indirect"):
            continue
        if q.kind == "indirect" or (q.cue_start is not None and start <= q.cue_start < end):
            return True
    return False


def _claim(tok: Any) -> tuple[Any, Any] | None:
    """The first and last token of the claim a hedge word is about, or None when the token
    hedges nothing here."""
    low = tok.lower_
    if low in HEDGE_ADVERBS and tok.dep_ == "advmod":
        head = tok.head
        if head.pos_ not in {"VERB", "AUX"} or head.i == tok.i:
            return None
        return _clause(head, head)
    if low in SEEM_VERBS and tok.pos_ in {"VERB", "AUX"}:
        if _sets_the_time(tok):
            return None  # 'When the street seemed quiet, they left': the story's scene
        comp = _seem_complement(tok)
        if comp is None or is_reporting(comp) or _role_played(tok, comp):
            return None  # 'Lee seemed to urge a delay' is Lee's, not the writer's hedge
        return _clause(tok, comp)
    if hedging_passive(tok):
        comp = _seem_complement(tok)  # 'is expected to', 'is seen as', 'is deemed unfit'
        if comp is None or (low == "seen" and comp.lower_ != "as") or _role_played(tok, comp):
            return None  # 'was seen leaving' is a sighting, not a view
        return _clause(tok, comp)
    return None


# Words that open a clause of time ("when", "once", "until"): such a clause sets the scene
# of what the sentence tells, as the people in it saw it; it puts forward no claim.
_WHEN = frozenset({"when", "whenever", "once", "until", "till", "after", "before"})


def _sets_the_time(verb: Any) -> bool:
    """The verb heads a clause of time on another verb ("When the coast seemed clear, ...",
    "stayed until the rain seemed to ease")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in _WHEN and c.i < verb.i for c in verb.children
    )


def _seem_complement(verb: Any) -> Any:
    """What the subject seems or is held to be: a to-clause, an adjective or noun, a
    that-clause, or a 'like' or 'as' phrase ('seemed like a long shot', 'is seen as a
    gamble'); 'appeared on television' has none."""
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in _COMPLEMENTS:
            return c
        if c.dep_ == "prep" and c.lower_ in {"like", "as"}:
            return c
    return None


# Where a performer appears: opposite or alongside another; in or on a work.
_CO_STAR = frozenset({"opposite", "alongside"})
_STAGE = frozenset({"in", "on"})
_WORK_WORDS = """film films movie movies play plays series show shows episode episodes drama
    production productions musical sitcom opera season role roles"""
_WORKS = frozenset(_WORK_WORDS.split())
# Names that are places or bodies, not works ("seen in Washington as a moderate").
_NOT_WORKS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "DATE"})


def _role_played(verb: Any, comp: Any) -> bool:
    """'appeared opposite Lee in a play as the king', 'was seen in a film as a doctor': the
    co-star a performer appeared opposite, or an "as" phrase after the work or the co-star
    ("appeared in" anything; "seen in" a work: a name that is no place or body, or a word
    for a show), names a part played, not what the subject seems to be."""
    if comp.lower_ in _CO_STAR:
        return True  # "appeared opposite Lee", which the parser may take for a complement
    if comp.lower_ != "as":
        return False
    for c in verb.children:
        if c.i > comp.i:
            continue
        if c.lower_ in _CO_STAR or (c.lower_ in _STAGE and verb.lower_ in SEEM_VERBS):
            return True
        if c.lower_ in _STAGE and any(_a_work(o) for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _a_work(tok: Any) -> bool:
    """A noun naming a show or a film, or a name that is no place, body or date."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in _NOT_WORKS
    return tok.pos_ == "NOUN" and tok.lower_ in _WORKS


def hedging_passive(verb: Any) -> bool:
    """'is expected', 'was said', 'are believed' with no 'by' agent: unnamed people expect
    or say it, and the verb's subject is what they say it of, not who says it."""
    if verb.lower_ not in PASSIVE_HEDGES or verb.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps and not _has_said(verb)


_S = frozenset({"'s", "\u2019s"})


def _has_said(verb: Any) -> bool:
    """'He's said he will run': "'s" is "has" here, not "is", for a passive "is said"
    takes a to-clause ('He's said to be ill'), never a clause with its own subject; the
    one before it said it (an expletive 'it' names no one: 'It's said that ...')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        subj is not None
        and subj.lower_ not in {"it", "there"}
        and any(c.dep_ == "auxpass" and c.lower_ in _S for c in verb.children)
        and any(
            c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            for c in verb.children
        )
    )


def _clause(verb: Any, comp: Any) -> tuple[Any, Any]:
    """From the verb's own subject (unless an expletive 'it' or 'there') to the
    complement's end; with no subject of its own, from the complement or the verb on. A
    verb joined to one before it that shares that verb's subject ('A man robbed a shop and
    reportedly beat its owner') starts at itself: the subject lies before the first verb's
    clause, which the writer states, not the hedge, and a quote is one stretch of text."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subj is not None and subj.lower_ not in {"it", "there"}:
        left = subj.left_edge
    else:
        left = comp.left_edge if comp.i != verb.i else verb
    right = comp.right_edge if comp.i != verb.i else verb.right_edge
    return left, right


def _shared_subject(verb: Any) -> Any:
    """For a verb with no subject of its own joined to one before it ('he robbed and
    reportedly beat ...'), the subject the two share; else None."""
    while not any(c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children):
        if verb.dep_ != "conj" or verb.head.i >= verb.i:
            return None
        verb = verb.head
    return next(c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i)
