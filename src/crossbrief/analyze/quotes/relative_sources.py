"""A relative clause at the end of reported content that names a source of its own ("it
would buy the site, a move critics say weakens the rules"; "issued two rules that
environmentalists say weaken ..."; "In a move critics say strikes at ..., the board
announced"): what it says is those critics' words, or the writer's comment beside the
speaker's, never the words of the speaker the content belongs to. The parser often reads
such a clause as a complement or a conjunct, so it is known by its form: a reporting verb
whose subject comes right after a noun or a relative "that"/"which", and whose own clause
lacks a subject (the noun before is it: "a move [critics say _ weakens ...]"). Reported
words that report someone else ("Lee said critics say the plan is bad") have a subject in
that clause, and stay whole. The content ends before the clause (and before the noun in
apposition or after a preposition it hangs on), so the clause's own cue may report it."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.lexicon import SUBJECTS, is_reporting

__all__ = ["before_own_source"]

# Words that open a relative clause before its subject ("a rule that critics say ...").
_RELATIVES = frozenset({"which", "that"})
# What the parser may make the subject of a relative's clause: the gap's own word.
_GAPS = frozenset({"which", "that", "who", "whom"})
# Verbs that say or hold a finite clause, in any form ("critics say", "which Lee argues"):
# a verb with an object or an infinitive ("the people Lee questioned", "wanted to lead")
# has a gap of another kind.
_SAYING_WORDS = """say says said claim claims claimed believe believes believed think
    thinks thought argue argues argued insist insists insisted allege alleges alleged
    suggest suggests suggested contend contends contended fear fears feared maintain
    maintains maintained assert asserts asserted reckon reckons reckoned"""
_SAYING = frozenset(_SAYING_WORDS.split())
# Dependents that give a clause its subject (a gap has none).
_CLAUSE_SUBJECTS = frozenset(SUBJECTS) | {"expl", "csubj"}
# Modifiers of a subject that are another noun phrase ("a move" read into "a move critics").
_OUTER = frozenset({"nmod", "appos", "npadvmod"})
# Words of a noun phrase before its head noun ("a new move").
_NP_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def before_own_source(cue: Any, left: Any, right: Any) -> Any:
    """The last token of the content [left, right] of ``cue`` before a relative clause that
    ends it and has a source of its own (see the module); ``right`` when there is none; a
    token before ``left`` when nothing of the content is left."""
    doc = cue.doc
    for verb in doc[left.i : right.i + 1]:
        if verb.i == cue.i or not is_reporting(verb):
            continue
        start = _relative_start(verb)
        if start is None or not _ends(verb, right):
            continue
        if start.i < left.i:
            return doc[left.i - 1]  # the content is the relative clause: none of its own
        cut = start.i
        if doc[start.i].lower_ not in _RELATIVES:
            cut = _phrase_start(doc[start.i - 1])  # "a move [critics say]": the noun's phrase
        before = doc[cut - 1] if cut > 0 else None
        if before is not None and before.pos_ == "ADP" and before.i >= left.i:
            cut = before.i  # "In a move critics say ...": the whole phrase
        return doc[cut - 1] if cut > 0 else doc[0]
    return right


def _relative_start(verb: Any) -> Any:
    """Where the relative clause of reporting verb ``verb`` starts (its "that"/"which", else
    its subject), when the verb's subject can speak and comes right after such a word or a
    noun, and the clause it reports has no subject; else None."""
    doc = verb.doc
    if verb.lower_ not in _SAYING:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None or subject.lower_ in _GAPS or not animate(subject):
        return None  # "women who want ...": the relative itself is the subject
    # "a move critics say": the parser may take the noun before for a modifier of the subject
    outer = [c.right_edge.i for c in subject.lefts if c.dep_ in _OUTER]
    first = doc[max(outer) + 1] if outer else subject.left_edge
    if first.i == 0:
        return None
    prev = doc[first.i - 1]
    if prev.lower_ not in _RELATIVES and prev.pos_ not in {"NOUN", "PROPN"}:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(
        any(g.dep_ in _CLAUSE_SUBJECTS and g.lower_ not in _GAPS for g in c.children)
        for c in clauses
    ):
        # "Lee said critics say the plan is bad": their clause has its subject; "testify
        # that he saw the crash": no clause, a "that" of the verb's own clause
        return None
    return prev if prev.lower_ in _RELATIVES else first


def _ends(verb: Any, right: Any) -> bool:
    """The verb's clause runs to the content's end (only marks after it)."""
    last = verb.right_edge.i
    return last >= right.i or all(t.is_punct for t in verb.doc[last + 1 : right.i + 1])


def _phrase_start(noun: Any) -> int:
    """Where the noun phrase ending at ``noun`` starts ("a new move"), and its comma before
    it when it stands in apposition ("the site, a move")."""
    doc = noun.doc
    i = int(noun.i)
    while i > 0 and doc[i - 1].pos_ in _NP_WORDS:
        i -= 1
    return i - 1 if i > 0 and doc[i - 1].text == "," else i
