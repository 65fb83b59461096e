"""Where reported content starts: at the clause its cue governs, past the clause's "that",
a comma left before it, and a bare day the parser put into the clause though it dates the
saying ('she said in an interview Friday, the leaders need ...')."""

from __future__ import annotations

from typing import Any

# Entity types of a word that says when something was said.
_WHEN = frozenset({"DATE", "TIME"})
# Two words that open a clause of time or reason ("Now that the crews say ..., they hope to
# sail"), which the parser may read as a clause the verb after it reports.
_ADVERBIAL_PAIRS = frozenset(
    {("now", "that"), ("given", "that"), ("provided", "that"), ("providing", "that")}
)
# At most this many words make a day that dates the saying ("Friday", "late Friday night").
_DAY_WORDS = 3


def clause_start(cue: Any, left: Any, right: Any) -> Any:
    """The first token of the content [left, right] a reporting verb ``cue`` governs: past
    a comma and the clause's "that" (the parser may call it an object: "told his cabinet
    that ..."; not a determiner: "rejected that idea"), and past a bare day right after the
    cue and set off by a comma ("said Friday, the pier will shut"): the day dates the
    saying. A day after "that" ("said that on Friday, ...") is the content's own."""
    doc = cue.doc
    that = False
    while left.i < right.i and (left.text == "," or _clause_that(left)):
        that = that or left.text != ","
        left = doc[left.i + 1]
    if that or cue.i > left.i:
        return left
    day = _dating_day(left, right)
    return doc[day.i + 1] if day is not None else left


def _clause_that(tok: Any) -> bool:
    return bool(tok.lower_ == "that" and (tok.dep_ == "mark" or tok.pos_ == "SCONJ"))


def _dating_day(left: Any, right: Any) -> Any:
    """The comma closing a bare day that opens the content ('Friday, the leaders ...'), or
    None: the day's words are a date or time, none the clause's subject, and a clause
    follows the comma."""
    doc = left.doc
    end = min(left.i + _DAY_WORDS + 1, right.i - 2)
    comma = next((t for t in doc[left.i : end + 1] if t.text == ","), None)
    if comma is None or comma.i == left.i:
        return None
    day = doc[left.i : comma.i]
    if any(t.ent_type_ not in _WHEN or t.dep_ in {"nsubj", "nsubjpass"} for t in day):
        return None
    if any(t.pos_ == "ADP" for t in day):
        return None  # "on Friday, ..." is a phrase of the clause's own
    return comma


def fronted_adverbial(clause: Any, verb: Any) -> bool:
    """A clause before the verb opened by "now that", "given that" or "provided that": it
    says when or on what terms, not what the verb reports."""
    first = clause.left_edge
    if clause.i > verb.i or first.i + 1 >= len(clause.doc):
        return False
    return (first.lower_, clause.doc[first.i + 1].lower_) in _ADVERBIAL_PAIRS


_RELATIVES = frozenset({"which", "who", "whom", "that"})


def relative_start(cue: Any, left: Any) -> Any:
    """Where content that opens with a relative pronoun starts ('charges, which he says were
    invented'): at the noun phrase the pronoun stands for, climbing past a preposition ('a
    bruise on his arm, which he claims ...'; not for 'who'), since 'which' alone tells a
    reader nothing; ``left`` otherwise. The cue's own clause must be the relative clause on that noun."""
    doc = cue.doc
    if left.lower_ not in _RELATIVES or left.tag_ not in {"WDT", "WP"} or cue.dep_ != "relcl":
        return left
    if left.i == 0 or doc[left.i - 1].text != "," or not left.i < cue.i:
        return left
    noun = cue.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= left.i:
        return left
    while (
        left.lower_ in {"which", "that"}
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "NOUN"
    ):
        # 'a bruise on his arm, which': the bruise, not the arm; 'who' stands for a person,
        # the noun it follows ('an indictment of Lee, who ...').
        noun = noun.head.head
    return noun.left_edge if noun.left_edge.i >= cue.sent.start else left


def closes_bracket(doc: Any, left: Any, right: Any) -> bool:
    """A closing bracket that ends a bracket the content opens ('Sen. Kim (R-Maine)')."""
    if right.text != ")":
        return False
    inner = doc[left.i : right.i]
    return bool(sum(t.text == "(" for t in inner) > sum(t.text == ")" for t in inner))
