"""Reporting verbs in a frame where they name an act, not words: a passive of finding or
seeing with only its agent ("the boat was found by divers", "was seen by a neighbour"), a
finding of someone in a state ("found the guard tied up"), a court's ruling ("the suit was
dismissed by the court"), a name given ("a ferry called Marla"), and what a plan or a law requires ("the plan called for
two crews"). Their reporting senses keep their rows: "was seen by many as a warning", "was
found by the inquiry to be unsafe", "found that ...", "dismissed by the mayor as nonsense",
"Lee called the plan a disgrace", "the union called for a strike"."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE

# Verbs of finding and seeing: a report only with what was found or seen of something (an
# "as" phrase, a to-clause, a that-clause); otherwise a discovery or a sight.
_PERCEIVING = frozenset({"find", "see"})
# Verbs of a court's ruling, which a court makes on a charge, a case or an appeal by its
# judgment ("the charge was dismissed by the court", "upheld by the panel"), not by taking a
# side in words. A vote of a council or a parliament ("rejected by the council") is a side
# taken and keeps its row.
_RULING = frozenset({"dismiss", "uphold", "overturn", "reject"})
_COURT_WORDS = "court courts panel tribunal jury judge judges magistrate magistrates"
_COURTS = frozenset(_COURT_WORDS.split())
# Things that lay down what must happen ("the plan calls for two crews", "the law calls for a
# vote"): their "call for" is a requirement, no one's demand.
_RULE_WORDS = """plan plans schedule timetable agreement deal accord treaty pact contract law
    laws bill rule rules regulation regulations budget design program programme mission
    blueprint scheme formula recipe guideline guidelines constitution legislation measure
    settlement arrangement compromise package proposal"""
_RULES = frozenset(_RULE_WORDS.split())


def plain_act(verb: Any) -> bool:
    """Whether a reporting verb names an act here (a discovery, a sight, a court's ruling,
    a name given, a requirement) rather than reporting anyone's words or views."""
    base = FORM_TO_BASE.get(verb.lower_)
    if base in _PERCEIVING:
        return _perceived(verb)
    if base in _RULING:
        return _ruled(verb)
    if base == "call":
        return _named(verb) or _required(verb)
    return False


def _passive(verb: Any) -> bool:
    return verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    )


def _agent(verb: Any) -> Any:
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if by is None else next((g for g in by.children if g.dep_ == "pobj"), None)


def _has_view(verb: Any) -> bool:
    """An "as" phrase (which the parser may hang inside the agent's phrase: "seen by aides
    as a warning"), a to-clause or a that-clause: what is held of the thing."""
    agent = _agent(verb)
    if agent is not None and any(t.lower_ == "as" for t in agent.subtree):
        return True  # ("seen by many as unfair": "as" inside the phrase the parser made)
    return any(
        (c.dep_ == "prep" and c.lower_ == "as")
        or c.dep_ == "ccomp"
        or (c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children))
        for c in verb.children
    )


def _perceived(verb: Any) -> bool:
    """'was found by her uncle', 'were seen by observers' (a passive with an agent and no
    view), or 'found the guard tied up' (an object and its state, no clause of its own)."""
    if _passive(verb) and _agent(verb) is not None:
        return not _has_view(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return any(
        c.i > obj.i
        and c.dep_ in {"ccomp", "xcomp", "oprd"}
        and c.pos_ in {"VERB", "ADJ"}
        and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
        for c in verb.children
    )


def _ruled(verb: Any) -> bool:
    """'was dismissed by the appeal panel': a ruling; with an "as" phrase ("dismissed
    by the court as baseless") the court gives its view in words."""
    agent = _agent(verb) if _passive(verb) else None
    return agent is not None and agent.lower_ in _COURTS and not _has_view(verb)


def _named(verb: Any) -> bool:
    """'a hub called Arvela' parsed as a clause: a participle with no auxiliary and only a
    name after it; "called the plan a disgrace" names two things and judges one."""
    kids = [c.dep_ for c in verb.children]
    return (
        verb.tag_ == "VBN"
        and "oprd" in kids
        and not any(d in {"dobj", "aux", "auxpass", "ccomp", "xcomp"} for d in kids)
    )


def _required(verb: Any) -> bool:
    """'The plan called for two crews': a "call for" whose subject is a plan or a rule."""
    # The parser hangs "for" on the verb, or makes it the mark of the clause it opens
    # ("called for the divers to stay").
    fors = [c for c in verb.children if c.lower_ == "for" and c.i > verb.i]
    fors += [g for c in verb.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"]
    if not any(f.lower_ == "for" and f.i == verb.i + 1 for f in fors):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _RULES
