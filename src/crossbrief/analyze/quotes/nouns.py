"""Reported content carried by an attribution noun: 'his claim that ...', 'her criticism of
the plan', 'Lee's view is that ...'."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Para, covered, token_span
from crossbrief.analyze.quotes.cues import subject
from crossbrief.analyze.quotes.lexicon import (
    ASKING,
    BE,
    BY,
    GIVEN,
    HAVING,
    IN_SIDES,
    NOUN_CUES,
    NOUN_PREPS,
    NOUN_TARGETS,
    PERSONAL_NOUNS,
    PRONOUNS,
    QUESTIONS,
    RECEIVING,
    STANCE_NOUNS,
    STANCE_TARGETS,
    TO_NOUNS,
    is_reporting,
)
from crossbrief.analyze.quotes.speakers import Found, held_by
from crossbrief.model import Quote


def noun_quote(found: Found, para: Para, noun: Any) -> Quote | None:
    """Reported content carried by an attribution noun: 'his claim that ...', 'Lee's view is
    that ...', 'her decision to run', 'X voiced concern about ...', 'a statement from the
    ministry saying ...' (the last through its verb). The source is the noun's possessor, its
    'by'/'from' phrase, or the subject of the verb the noun is the object of."""
    text, taken, direct = found.text, found.taken, found.direct
    comp = None
    clausal = True
    via = ""
    targets = NOUN_TARGETS.get(noun.lower_, frozenset()) | STANCE_TARGETS.get(
        noun.lower_, frozenset()
    )
    for c in noun.children:
        if c.dep_ in {"acl", "ccomp"} and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children
        ):
            comp, clausal = (c.left_edge, c.right_edge), True
        elif (
            noun.lower_ in TO_NOUNS
            and c.dep_ == "acl"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ):
            comp, clausal = (c.left_edge, c.right_edge), False  # "his decision to run"
        elif c.dep_ == "prep" and (c.lower_ in NOUN_PREPS or c.lower_ in targets):
            obj = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and comp is None:
                comp, clausal, via = (obj.left_edge, obj.right_edge), False, c.lower_
    head = noun.head
    if comp is None and noun.dep_ == "nsubj" and head.lower_ in BE:
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
        if clause is not None:  # "Her view is that ..."
            comp = (clause.left_edge, clause.right_edge)
    if comp is None:
        return None
    # A stance or statement with its topic after "on", "of" or "toward" is a topic named,
    # not a stance told, after a possessor ("Lee's position on tolls"); it is held where someone
    # voices or has it ("Lee had a dim opinion of tolls", "made no comment on the ruling").
    # "came out in support of Lee": a side the subject of the verb takes, whatever the verb.
    side = (
        noun.lower_ in IN_SIDES
        and noun.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.pos_ in {"VERB", "AUX"}
    )
    if noun.lower_ in IN_SIDES - NOUN_CUES and not side:
        return None  # "a favor for a friend", "did him a favor"
    only_topic = STANCE_TARGETS.get(noun.lower_, frozenset()) - NOUN_TARGETS.get(
        noun.lower_, frozenset()
    )
    topical = not side and (noun.lower_ in STANCE_NOUNS - NOUN_CUES or via in only_topic)
    if topical and not (noun.dep_ == "dobj" and _voiced(noun, head)):
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    # "won the support of the unions", "secured the endorsement of Lee": after "of", a stance
    # one is given names its giver, whatever the verb, unless it has a possessor.
    given_by = via == "of" and noun.lower_ in GIVEN
    if noun.lower_ in PERSONAL_NOUNS and not (
        _person(speaker) or (speaker is None and noun.dep_ == "dobj" and _aimed(noun, head))
    ):
        return None  # "his attacks on Lee", not "the attack on the embassy"
    if speaker is None and via != "of":
        # Not after "of": "the support of the unions by ..." names whose support, not what for.
        agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in BY), None)
        if agent is not None:
            speaker = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if speaker is None and noun.dep_ == "dobj" and _voiced(noun, head) and not given_by:
        # "Lee expressed concern that ...", "Lee avoided direct criticism of Kim": the one
        # who voices or withholds a stance holds it (a report too: "it raised questions").
        speaker = subject(head, para.quoted)
    elif speaker is None and side:
        speaker = subject(head.head, para.quoted)
        if speaker is not None and not animate(speaker):
            return None  # "the vote went in favor of the bill"
    elif speaker is None and via == "of":
        return None  # "the support of the unions": whose support, not what for
    if speaker is None and noun.dep_ == "pobj" and is_reporting(head.head):
        speaker = subject(head.head, para.quoted)  # "Lee said in a statement that ..."
    if speaker is None or para.quoted[speaker.i] or speaker.i in range(comp[0].i, comp[1].i + 1):
        return None
    left, right = comp
    if left.lower_ in {"that", ","}:
        left = para.doc[left.i + 1] if left.i + 1 <= right.i else left
    while right.i > left.i and (right.is_punct or (para.quoted[right.i] and right.is_quote)):
        right = para.doc[right.i - 1]
    start, end = token_span(text, para, left, right, direct)
    # Three words at least, the noun counted where it opens the content ("support for Lee").
    if right.i - (left.i if clausal else noun.i) < 2 or covered(start, end, taken):
        return None
    if not clausal:
        start = para.offset + noun.idx  # "concern about the deal", as with a verb's object
    return held_by(found, para, (start, end), noun, speaker)


def _voiced(noun: Any, verb: Any) -> bool:
    """The verb's subject holds the stance its object noun names: not a verb by which a
    stance reaches someone ("faced criticism over", "drew questions about"), nor one of
    having a stance given ("has the backing of the unions"), nor questions not asked."""
    if verb.pos_ != "VERB" or verb.lower_ in RECEIVING:
        return False
    if verb.lower_ in HAVING and noun.lower_ in GIVEN:
        return False
    return noun.lower_ not in QUESTIONS or verb.lower_ in ASKING


def _person(tok: Any) -> bool:
    """A person named, or he or she."""
    return tok is not None and (tok.lower_ in PRONOUNS or tok.ent_type_ == "PERSON")


def _aimed(noun: Any, verb: Any) -> bool:
    """An attack in words: a person launches it ("Lee unleashed attacks on Kim") at a
    person, not at a place or a building ("launched an attack on the embassy")."""
    if not _voiced(noun, verb) or not _person(
        next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ):
        return False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}:
            return any(g.dep_ == "pobj" and _person(g) for g in prep.children)
    return False
