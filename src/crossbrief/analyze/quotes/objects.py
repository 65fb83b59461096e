"""Objects that make a verb a stance: what someone made clear ('made it clear that'), the
side a verb takes ('argued in favor of'), and what is cast as, for or on someone ('cast the
rival as', 'cast a vote for', 'cast doubt on')."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.lexicon import MAKE, PLAIN, SIDES


def held_as(verb: Any, parts: list[Any]) -> bool:
    """'cast the rival as a spendthrift', 'cast a vote for Lee', 'cast doubt on the count':
    an object held to be something, or a vote or a doubt on someone, is a stance even after
    a verb whose bare object is a thing ('cast a ballot', 'found a way')."""
    after = max(c.right_edge.i for c in parts)
    preps = [c for c in verb.rights if c.dep_ in {"prep", "dative"} and c.i > after]
    if any(p.lower_ == "as" for p in preps):
        return True
    for c in parts:
        for p in preps:
            if p.lower_ in _CAST_ON.get(c.lower_, ()):
                return True
    return False


# What is cast for, against or on someone ("cast a vote for Lee", "cast doubt on the count";
# not "cast a ballot on Tuesday").
_VOTES = frozenset({"for", "against"})
_CAST_ON = {
    **{w: _VOTES for w in ("vote", "votes", "ballot", "ballots")},
    **{w: frozenset({"on"}) for w in ("doubt", "doubts")},
}


def made_clear(verb: Any) -> tuple[Any, Any, bool] | None:
    """'made (it) clear that ...', 'made plain his aim': what its subject made clear, a
    clause (hung on the adjective or the verb) or the verb's object, with a condition
    after it ('made clear the risks ahead if she wins'), which alone says nothing."""
    if verb.lower_ not in MAKE or verb.pos_ != "VERB":
        return None
    adj = next((c for c in verb.children if c.lower_ in PLAIN and c.i > verb.i), None)
    if adj is None:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ != "it"), None)
    # 'makes clear the risks': the parser may make the object the adjective's subject
    obj = obj or next((c for c in adj.rights if c.dep_ == "nsubj"), None)
    for c in (*adj.rights, *verb.rights):
        if c.dep_ in {"ccomp", "advcl"} and c.i > adj.i:
            first = c.left_edge
            if first.lower_ == "that" and first.dep_ == "mark":
                first = first.doc[first.i + 1]
            elif obj is not None and first.dep_ == "mark" and c.i > obj.i:
                # 'made clear the risks ahead if she wins': a condition on the object
                return obj.left_edge, c.right_edge, False
            return first, c.right_edge, True
    return None if obj is None else (obj.left_edge, obj.right_edge, False)


def side_taken(verb: Any) -> tuple[Any, Any] | None:
    """'argued in favor of the bridge', 'spoke in defence of the mayor', 'voted in
    opposition to the toll': the side a reporting verb takes, and what it is on."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if noun is None or noun.lower_ not in SIDES:
            continue
        target = next(
            (g for g in noun.children if g.dep_ == "prep" and g.lower_ in {"of", "to"}), None
        )
        if target is not None and any(g.dep_ in {"pobj", "pcomp"} for g in target.children):
            return prep, noun.right_edge
    return None
