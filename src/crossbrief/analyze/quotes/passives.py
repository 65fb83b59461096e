"""Reporting verbs in the passive with their agent: 'The plan was criticized by residents',
'The pier sale was first reported by the Orsk Gazette', 'the bill, opposed by the unions,': the agent
is the source, the clause (or the noun with its participle) what it said or did."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from crossbrief.analyze.doc_cache import tokens_with_lower
from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Para, covered, token_span, trim_end
from crossbrief.analyze.quotes.frames import reports_here
from crossbrief.analyze.quotes.lexicon import ACTS, FORM_TO_BASE, NOT_SPEAKERS, is_reporting
from crossbrief.analyze.quotes.speakers import Found, held_by
from crossbrief.analyze.quotes.stance_words import JUDGED
from crossbrief.model import Quote


def passive_quotes(found: Found, para: Para) -> Iterator[Quote]:
    """A passive reporting verb with a 'by' agent: the agent is the speaker and the content
    is the clause, from its subject to the verb's last word ("The plan was criticized by
    residents for its cost"). With no agent there is no one to name ("it was reported")."""
    text, taken, direct = found.text, found.taken, found.direct
    for verb in tokens_with_lower(para.doc, _CUE_WORDS):
        if para.quoted[verb.i] or not (is_reporting(verb) or _judged(verb)):
            continue
        if not reports_here(verb):
            continue  # "were identified by their families": an everyday act
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        participle = subj is None and _participle(verb)
        if participle:
            subj = verb.head  # "the bill, opposed by the unions,": what the side is on
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        if subj is None or by is None or subj.lower_ == "it" or subj.i > verb.i:
            continue
        if verb.lower_ in _POSTS and subj.tag_ in _RELATIVE_TAGS:
            continue  # "a lawyer who was appointed by the court": who he is, no verdict
        agent = _agent_word(next((g for g in by.children if g.dep_ == "pobj"), None))
        if agent is None or para.quoted[agent.i] or para.quoted[subj.i]:
            continue
        if agent.ent_type_ in NOT_SPEAKERS:
            continue  # "reported by late Tuesday": a deadline, no agent
        if _quoted_as(verb):
            continue  # "Lee was quoted by the Herald as saying": Lee's words, the paper's none
        side = participle or FORM_TO_BASE.get(verb.lower_) in ACTS or _judged(verb)
        if side and not animate(agent):
            continue  # "was pushed by the shifts", "a plan backed by research": no one's side
        sent = para.sent_of(verb.i)
        left = para.doc[max(subj.left_edge.i, sent.start)]
        right = trim_end(para, left, para.doc[min(verb.right_edge.i, sent.end - 1)])
        # "which was welcomed by the board": a relative pronoun says nothing alone, and
        # the line would be the agent's and nothing more
        if not participle and subj.tag_ not in _RELATIVE_TAGS and _ends_clause(by, right):
            right = trim_end(para, left, para.doc[by.i - 1])  # "The plan was rejected"
        span = token_span(text, para, left, right, direct)
        if not covered(*span, taken):
            yield held_by(found, para, span, verb, agent)


# Verbs of taking a side whose participle after a noun tells the agent's side on it ("a bill
# opposed by the unions"); others name a maker or a source of the noun ("a letter written by",
# "a poll reported by"), no stance on it.
_SIDE_WORDS = """oppose support back endorse favor favour praise criticize criticise condemn
    denounce reject welcome embrace applaud hail champion decry deride mock slam blast"""
_SIDES = frozenset(_SIDE_WORDS.split())


def _participle(verb: Any) -> bool:
    """A past participle of taking a side after the noun it says something of ('a bill
    opposed by the unions', 'a plan praised by residents')."""
    return (
        FORM_TO_BASE.get(verb.lower_) in _SIDES
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.head.i < verb.i
    )


# Verdicts that give someone a post: in a relative clause on that person ("Lee, who was
# elected by the council,") they tell who the person is, not the news the line reports.
_POSTS = frozenset({"appointed", "elected", "nominated"})
_TIMES = frozenset({"DATE", "TIME"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _ends_clause(by: Any, right: Any) -> bool:
    """Whether the 'by' phrase, with its own clauses ("by Ann Lee, who called it unfair")
    and maybe a time after it ("on Monday"), runs to the content's last word ``right``: the
    agent then adds nothing to what the line says but its speaker. A reason or a manner
    after it ("for its cost") is said of the subject and keeps the agent inside, as does a
    view the parser hung on the agent ("criticized by some as a giveaway")."""
    if any(t.lower_ == "as" for t in by.subtree):
        return False
    after = by.doc[by.right_edge.i + 1 : right.i + 1]
    return all(t.is_punct or t.ent_type_ in _TIMES or _time_preposition(t) for t in after)


def _time_preposition(tok: Any) -> bool:
    """A preposition whose object is a time ("on" of "on Monday")."""
    return tok.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in _TIMES for c in tok.children
    )


def _agent_word(agent: Any) -> Any:
    """'viewed by some as little more than a giveaway', 'seen by many as unfair': the parser
    may hang the view's adjective on "by", with the agent ("some", "many") a word on its left
    before "as"; the agent is that word, not the view. A noun keeps its phrase ("by some
    angry residents")."""
    if agent is None or agent.pos_ not in {"ADJ", "ADV"}:
        return agent
    as_ = next((t for t in agent.doc[agent.left_edge.i : agent.i] if t.lower_ == "as"), None)
    if as_ is None:
        return agent
    return next((c for c in agent.lefts if c.i < as_.i and c.dep_ in {"det", "amod"}), agent)


# The words is_reporting or _judged may take: the rest of a paragraph need not be read.
_CUE_WORDS = frozenset(FORM_TO_BASE) | JUDGED


def _judged(verb: Any) -> bool:
    return verb.lower_ in JUDGED and verb.tag_ == "VBN"


def _quoted_as(verb: Any) -> bool:
    """'Lee was quoted by the Herald as saying ...': the agent carried the subject's words
    (given by "as saying" or by the quote before); it says nothing of its own."""
    return FORM_TO_BASE.get(verb.lower_) == "quote" and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    )
