"""The verb a time expression's clause takes its tense from: the verb a word hangs off, and
the verb a to-infinitive complements or serves ("enabled the board to cut it on Friday")."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.lexicon import is_reporting


def clause_verb(token: Any) -> Any:
    """The verb a token hangs off (the root when there is none)."""
    while token.dep_ != "ROOT" and not tells_tense(token):
        token = token.head
    return token


def tells_tense(token: Any) -> bool:
    """Whether a token is a verb of the clause: not a participle the parser takes for a
    preposition ("following Friday's flood", "including", "according to"), which tells
    no tense of its own."""
    return bool(token.pos_ in {"VERB", "AUX"} and token.dep_ != "prep")


# Verbs whose to-infinitive is ahead of them ("agreed to meet", "urged them to leave"), past
# forms only (the present ones are handled as intent, or tell no tense): the pipeline has
# no lemmatizer.
LOOKS_AHEAD_TO = {
    "planned", "intended", "hoped", "aimed", "vowed", "promised", "pledged", "agreed",
    "decided", "voted", "asked", "urged", "ordered", "called", "told", "threatened", "wanted",
    "sought", "offered", "refused", "declined", "expected", "chose", "resolved", "warned",
    "invited", "requested", "demanded", "proposed", "prepared", "arranged", "scheduled", "chosen",
    "set", "due", "likely", "going", "slated", "poised", "planning", "wished", "meant",
}  # fmt: skip


# Verbs whose object does what their to-infinitive says, and did it ("enabled the board to
# cut", "forced them to close"): the parser may label that infinitive advcl, as it does one
# of purpose, but it is a complement and has the tense of the verb. Past forms only.
MAKES_DO = {
    "enabled", "allowed", "forced", "caused", "helped", "led", "prompted", "permitted",
    "compelled", "drove", "spurred", "pushed", "pressured", "got", "obliged",
}  # fmt: skip

# Verbs whose to-infinitive happens with them, a present perfect of which tells that it
# happened ("has forced them to close", "has tried to reach her"): the causatives, and verbs
# of trying, managing and starting. Past participles only.
DONE_WITH = MAKES_DO | {
    "tried", "attempted", "managed", "failed", "begun", "started", "continued",
}  # fmt: skip


def infinitive_governor(verb: Any) -> Any | None:
    """The verb a to-infinitive with no subject of its own complements or serves ("enabled
    them to cut", "was held to discuss"), or the causative whose object does it ("caused
    the board to close"), or None for any other verb."""
    if verb.tag_ != "VB" or verb.dep_ not in {"xcomp", "advcl", "ccomp"}:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    governor = clause_verb(verb.head)
    if governor.i == verb.i or governor.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ == "ccomp":
        # The parser makes a causative's object the subject of its infinitive ("caused the
        # board to close": "board" nsubj of "close", a ccomp); under another verb such a
        # clause may be wanted or asked for, still to come ("wanted the town to open").
        return governor if governor.lower_ in MAKES_DO else None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return governor


# Prepositions of a deadline or an aim ("had left by Tuesday", "had set it for Tuesday"):
# the day bounds the event or is ahead of it, not when it happened.
_BOUNDS = {"by", "until", "till", "for", "to", "before", "after", "since"}


def past_perfect(span: Any) -> bool:
    """Whether a time expression tells when its own verb happened in the past perfect: the
    verb it hangs off is a past participle with "had" ("had met on Tuesday", "had been
    seized on Tuesday"). Not when it hangs off another verb ("had hoped to see them on
    Tuesday": "see"; "the clerk who had quit met her on Tuesday": "met"), is a deadline
    ("had left by Tuesday"), the participle looks ahead ("had scheduled it Tuesday") or
    it is reported after a past reporting verb ("said the board had met on Tuesday")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _BOUNDS:
        return False
    verb = clause_verb(root)
    if verb.tag_ != "VBN" or verb.lower_ in LOOKS_AHEAD_TO:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    return not _reported_in_the_past(verb)


def _reported_in_the_past(verb: Any) -> bool:
    """Whether a verb's clause (or the clause it is joined to by "and") is what a past
    reporting verb reports: reported speech shifts a simple past back to the past perfect
    ("the board met" becomes "Lee said the board had met"), which then tells no earlier
    day. A present reporting verb ("Lee says") shifts nothing."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return bool(verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and is_reporting(verb.head))
