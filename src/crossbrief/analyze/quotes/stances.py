"""Stances told with an adjective or a noun for whoever holds them: 'Lee is critical of the
plan', 'Varga was confident that the ferry would run', 'Lee is a critic of the toll'."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from crossbrief.analyze.doc_cache import tokens_with_lower, tokens_with_pos
from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Para, covered, token_span, trim_end
from crossbrief.analyze.quotes.cues import subject
from crossbrief.analyze.quotes.speakers import Found, held_by
from crossbrief.analyze.quotes.stance_words import (
    FEELINGS,
    HOLDERS,
    STANCE_ADJECTIVES,
    WILLS,
)
from crossbrief.model import Quote


def stance_quotes(found: Found, para: Para) -> Iterator[Quote]:
    """A stance adjective said of a subject, with what the stance is about: its 'of',
    'about' or 'toward' phrase ('critical of the plan', content from the adjective on), or
    its that-clause ('confident that ...', the clause alone), or the to-clause of a will
    ('willing to compromise', held by someone). The subject holds it."""
    text, taken, direct = found.text, found.taken, found.direct
    off = para.offset
    for adj in tokens_with_lower(para.doc, STANCE_ADJECTIVES):
        preps = STANCE_ADJECTIVES.get(adj.lower_)
        if preps is None or para.quoted[adj.i]:
            continue
        participle = _participle(adj)
        # a copula's complement, an adjective or a participle tagged as one ("are opposed")
        acomp = adj.dep_ == "acomp" and (adj.pos_ == "ADJ" or adj.tag_ == "VBN")
        if not (participle or acomp):
            continue
        span = _about(adj, preps)
        if span is None:
            continue
        left, right, clausal = span
        speaker = subject(adj if participle else adj.head, para.quoted)
        if speaker is None or speaker.lower_ == "it" or _body_who(speaker):
            continue  # "it is clear that": no one holds it
        if ("to" in preps or adj.lower_ in FEELINGS) and not animate(speaker):
            # "the ferry was reluctant to sail", "the cabin is comfortable with six aboard":
            # a will or a feeling needs someone to hold it
            continue
        right = trim_end(para, left, right)
        start, end = token_span(text, para, left, right, direct)
        if right.i - adj.i < 2 or covered(start, end, taken):
            continue
        if not clausal:
            start = off + adj.idx
        yield held_by(found, para, (start, end), adj, speaker)


def holder_quotes(found: Found, para: Para) -> Iterator[Quote]:
    """A noun for one who holds a stance, said of someone: 'Lee is a fierce supporter of the
    toll', 'Varga has been a critic of the plan'. The content runs from the noun to the end
    of its 'of' phrase; the holder is the subject of the copula."""
    text, taken, direct = found.text, found.taken, found.direct
    for noun in tokens_with_pos(para.doc, "NOUN"):
        if noun.lower_ not in HOLDERS or para.quoted[noun.i]:
            continue
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        if noun.dep_ != "attr" or noun.head.pos_ not in {"AUX", "VERB"}:
            continue  # "Lee, a supporter of Hale, said": a description, not a stance told
        holder = subject(noun.head, para.quoted)
        if holder is None or holder.lower_ == "it" or para.quoted[holder.i]:
            continue
        span = token_span(text, para, noun, trim_end(para, obj, obj.right_edge), direct)
        if not covered(*span, taken):
            yield held_by(found, para, span, noun, holder)


def _about(adj: Any, preps: frozenset[str]) -> tuple[Any, Any, bool] | None:
    """First and last token of what the stance is about, and whether it is a clause. A will's
    "to" opens a clause ("keen to go"), never a phrase ("keen to the end")."""
    will = adj.lower_ in WILLS
    for c in adj.rights:
        if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            first = c.left_edge
            if first.lower_ == "that":
                first = first.doc[first.i + 1]
            return first, c.right_edge, True
        if (
            "to" in preps
            and c.dep_ == "xcomp"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ):
            return c.left_edge, c.right_edge, False  # 'willing to compromise'
        if c.dep_ == "prep" and c.lower_ in preps and not (c.lower_ == "to" and will):
            obj = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and not _when(c, obj):
                return obj.left_edge, obj.right_edge, False
    return None


def _participle(word: Any) -> bool:
    """Whether a stance word the parser read as a passive participle is the adjective: a
    copula's participle with no agent ("are opposed to the toll", not "was opposed by the
    unions", which is the agent's side)."""
    if word.tag_ != "VBN":
        return False
    children = list(word.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


_TIMES = frozenset({"DATE", "TIME"})
# Prepositions that set a time as well as a topic ("on Thursday", "in May", "at noon"):
# with a time for object they tell when, not what the stance is about; "about the first
# quarter" is still its topic.
_WHEN = frozenset({"on", "in", "at", "over"})


def _when(prep: Any, obj: Any) -> bool:
    """Whether ``prep`` and its object ``obj`` tell when ("divided on Thursday")."""
    return prep.lower_ in _WHEN and obj.ent_type_ in _TIMES


_BODIES = frozenset({"ORG", "GPE", "FAC", "LOC"})


def _body_who(speaker: Any) -> bool:
    """ "who" on a named body that is a preposition's object ("a teacher at the Velmora
    Academy who is ..."): "who" is said of a person, so the parser hung the clause on the
    wrong noun, and the body holds no stance."""
    if speaker.lower_ != "who" or speaker.head.dep_ != "relcl":
        return False
    noun = speaker.head.head
    return noun.ent_type_ in _BODIES and noun.dep_ == "pobj"
