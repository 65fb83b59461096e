"""Subjects of a sentence's side clauses: a relative clause ("the ruling, which Ann Lee
welcomed, ...") or an aside set off by dashes ("Tom Hale warned of delays - which Ann Lee
denied - at the port"). The one a later "he" or "she" goes on about is the subject of the
main clause, Tom Hale, not the person the aside brings in, so a side subject ranks below
a main-clause subject of the same sentence when a pronoun's antecedent is sought."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from crossbrief.analyze.quotes.lexicon import is_reporting
from crossbrief.analyze.quotes.referents import surname

if TYPE_CHECKING:
    from crossbrief.analyze.quotes.people import People

__all__ = ["main_subject_before", "side_subject"]

# The tags of a relative pronoun ("which", "who", "whose"; not "why", "where").
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# The marks that open and close an aside; a hyphen only as a word of its own (" - ").
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def side_subject(role: Any) -> bool:
    """The subject token ``role`` (the head whose role a name takes) is the subject of a
    relative clause (one with a relative pronoun when its verb reports words), or lies
    between two dashes of its sentence."""
    verb = role.head
    if verb.dep_ == "relcl" and (not is_reporting(verb) or _relative_word(verb, role)):
        return True
    # "..., the board could explain its reasons why, Lee said": a cue after its content
    # the parser hung on a noun, with no relative pronoun, is no relative clause
    return _in_dashes(role)


def _relative_word(verb: Any, subj: Any) -> bool:
    """The clause of ``verb`` opens with a relative pronoun before its subject ("which",
    "for which", "whom"), as a real relative clause does."""
    return any(t.tag_ in _RELATIVE_TAGS for t in verb.subtree if t.i < subj.i)


def _in_dashes(tok: Any) -> bool:
    """``tok`` lies between a dash before it and one after it in its sentence, the two
    setting off an aside (a sentence with a single dash goes on after it: no aside)."""
    sent = tok.sent
    before = any(_dash(t) for t in sent if t.i < tok.i)
    after = any(_dash(t) for t in sent if t.i > tok.i)
    return before and after


def _dash(tok: Any) -> bool:
    """``tok`` is a dash standing as a word of its own, not a hyphen inside one."""
    spaced = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
    return tok.text in _DASHES and spaced


def main_subject_before(people: People, j: int, female: bool, ruled_out: frozenset[str]) -> int:
    """Mention ``j``, a subject found for a pronoun, or, when ``j`` is a side subject, the
    main-clause subject named before it in its sentence, not talked about in someone's
    words and of a gender the pronoun allows; names in ``ruled_out`` (full names or
    surnames) are never it."""
    k = bisect.bisect_right(people.sentences, people.starts[j]) - 1
    if people.starts[j] not in people.side or k < 0:
        return j
    first = people.sentences[k]
    for i in range(j - 1, -1, -1):
        if people.starts[i] < first:
            break
        name = people.names[i]
        gender = people.gender(i)
        if (
            name is None
            or not people.subject[i]
            or people.starts[i] in people.side
            or people.quoted[i]
            or people.reported[i]
            or (gender is not None and gender != female)
            or name in ruled_out
            or surname(name) in ruled_out
        ):
            continue
        return i
    return j
