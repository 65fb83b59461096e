"""Reported content carried by an attribution noun: 'his claim that ...', 'her criticism of
the plan', 'Lee's view is that ...'."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Para, covered, loose_punct, token_span
from crossbrief.analyze.quotes.cues import subject
from crossbrief.analyze.quotes.lexicon import (
    ASKING,
    BE,
    BY,
    IN_SIDES,
    NOUN_CUES,
    NOUN_PREPS,
    NOUN_TARGETS,
    PERSONAL_NOUNS,
    PRONOUNS,
    QUESTIONS,
    STANCE_NOUNS,
    STANCE_TARGETS,
    TO_NOUNS,
    is_reporting,
)
from crossbrief.analyze.quotes.phrases import own_subject
from crossbrief.analyze.quotes.speakers import Found, held_by
from crossbrief.analyze.quotes.stance_words import GIVEN, HAVING, RECEIVING
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
    target = None
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
            if obj is not None and comp is None and not _medium(c, obj):
                comp, clausal, via = (obj.left_edge, obj.right_edge), False, c.lower_
                target = obj
    head = noun.head
    if comp is None and noun.dep_ == "nsubj" and head.lower_ in BE:
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
        if clause is not None:  # "Her view is that ..."
            comp = (clause.left_edge, clause.right_edge)
    if comp is None:
        return None
    # A stance or statement with its topic after "on", "of" or "toward" is a topic named,
    # not a stance told, after a possessor ("Lee's position on tolls"); it is held where someone
    # voices or has it ("Lee had a dim opinion of tolls", "made no comment on the fares").
    # "came out in support of Lee": a side the subject of the verb takes, whatever the verb.
    side = (
        noun.lower_ in IN_SIDES
        and noun.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.pos_ in {"VERB", "AUX"}
        and not _gives_way(head.head)
    )
    if noun.lower_ in IN_SIDES - NOUN_CUES and not side:
        return None  # "a favor for a friend", "did him a favor"
    only_topic = STANCE_TARGETS.get(noun.lower_, frozenset()) - NOUN_TARGETS.get(
        noun.lower_, frozenset()
    )
    topical = not side and (noun.lower_ in STANCE_NOUNS - NOUN_CUES or via in only_topic)
    if topical and not (noun.dep_ == "dobj" and _voiced(noun, head)):
        return None
    if via == "on" and noun.lower_ in _POSTS and not _held_post(noun, target):
        return None  # "holds a position on the board": a job, not a stance
    if via == "of" and noun.lower_ in _HELD_OF and _holder_of(noun, target):
        return None  # "sought the opinion of a lawyer": whose opinion, not what about
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if via:  # a stance on a target ("his attacks on X"), not a claim ("his claim that")
        speaker = own_subject(speaker, noun) or speaker
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
    while right.i > left.i and (loose_punct(right) or (para.quoted[right.i] and right.is_quote)):
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
    """An attack in words: a person makes it by a verb of words ("Lee unleashed attacks on
    Kim") or calls it one ("a scathing attack"), at a person, not at a place or a building
    ("launched an attack on the embassy"), and with no weapon ("with a knife")."""
    if not _voiced(noun, verb) or not _person(
        next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *verb.children)):
        return False
    worded = any(c.dep_ == "amod" and c.lower_ in _WORDED for c in noun.children)
    if not worded and verb.lower_ not in _ATTACKING:
        return False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}:
            return any(g.dep_ == "pobj" and _person(g) for g in prep.children)
    return False


# Verbs by which one attacks in words ("unleashed", "levelled", "stepped up"), and the
# adjectives that call an attack one of words ("a scathing attack"): anything else may be
# an assault ("carried out an attack on Lee", "survived an attack").
_ATTACKING_WORDS = """unleash unleashes unleashed unleashing renew renews renewed renewing step
    steps stepped stepping level levels leveled levelled leveling levelling"""
_ATTACKING = frozenset(_ATTACKING_WORDS.split())
_WORDED_WORDS = """scathing personal verbal sharp blistering stinging withering veiled
    rhetorical public"""
_WORDED = frozenset(_WORDED_WORDS.split())
# Verbs of losing or giving way: what they go "in favor of" is someone else's gain, no
# side their subject takes ("was passed over in favour of Kim", "lost her seat in favour
# of Kim").
_GIVING_WAY_WORDS = """lose loses lost losing pass passes passed passing drop drops dropped
    dropping reject rejects rejected rejecting overlook overlooks overlooked overlooking"""
_GIVING_WAY = frozenset(_GIVING_WAY_WORDS.split())
# What a statement is "on" when it is a place or a medium, not a topic ("a statement on its
# website", "a comment on Facebook").
_MEDIA_WORDS = """website websites site facebook twitter x instagram air television tv radio
    page pages"""
_MEDIA = frozenset(_MEDIA_WORDS.split())
_PLACES = frozenset({"GPE", "FAC", "LOC"})
# "position" is a job as often as a stance: a stance when someone's ("her position on")
# or called one ("a firm position on"), never "on" a body ("a position on the board").
_POSTS = frozenset({"position", "positions"})
_STANCE_ADJECTIVES_WORDS = """firm clear tough strong hard hardline hard-line public official
    stated formal consistent principled neutral opposing"""
_STANCE_ADJECTIVES = frozenset(_STANCE_ADJECTIVES_WORDS.split())
_BODIES_WORDS = """board boards committee committees council councils panel panels bench
    commission commissions"""
_BODIES = frozenset(_BODIES_WORDS.split())
# Stances whose "of" names the holder when it is someone ("the opinion of a lawyer"),
# the topic when it is not ("a low opinion of the plan").
_HELD_OF = frozenset({"opinion", "opinions", "view", "views"})


def _gives_way(verb: Any) -> bool:
    """A passive verb or one of losing or giving way: its subject takes no side."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return passive or verb.lower_ in _GIVING_WAY


def _medium(prep: Any, obj: Any) -> bool:
    """'on' a place or a medium ('on its website', 'on Facebook'): where, not what about."""
    return prep.lower_ == "on" and (obj.ent_type_ in _PLACES or obj.lower_ in _MEDIA)


def _held_post(noun: Any, obj: Any) -> bool:
    """'position on X' is a stance: someone's or called one, and X no body one sits on."""
    if obj is None or obj.lower_ in _BODIES:
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in _STANCE_ADJECTIVES)
        for c in noun.children
    )


def _holder_of(noun: Any, obj: Any) -> bool:
    """'the opinion of a lawyer': after 'the', someone after 'of' holds the opinion."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return the and obj is not None and animate(obj)
