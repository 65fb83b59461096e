"""A tag set inside the words it reports: 'The tolls, Ms. Lee says, will hurt trade', 'X
might be bent, she says, but Y'. Analysis keeps reported content a stretch of the article,
so the tag ('Ms. Lee says') sits inside it; the ledger already shows who said it and how,
so the line reads without the tag and the commas that set it off ('fraud charges, which he
says were invented' reads 'fraud charges, which were invented')."""

from __future__ import annotations

import re

from crossbrief.model import Quote

# Conjunctions that open a clause after the tag: the comma before them stays ('X, but Y').
_CONJUNCTIONS = re.compile(r"(?:but|and|or|yet|so|though|although)\b", re.IGNORECASE)
# A clause of time, condition or concession opening the line ('When the tide rose, she
# says, the pier shut'): English sets it off with a comma, which stays.
_INTRODUCTORY = re.compile(
    r"(?:(?:but|and|yet)\s+)?(?:when|whenever|if|although|though|once|because|since|while"
    r"|after|before|until|unless|whereas)\b",
    re.IGNORECASE,
)

# A relative pronoun after a comma, right before the tag ('charges, which he says were ...'):
# the clause reads on without the tag.
_RELATIVE_END = re.compile(r",\s+(?:which|who|whom|that)$", re.IGNORECASE)


def without_tag(q: Quote) -> str:
    """The text of reported content ``q`` without its own speaker and cue when they stand
    together inside it, between commas or right after a relative pronoun; the text
    unchanged otherwise (a tag before or after the content, a comma of the content's own)."""
    spans = [(q.speaker_start, q.speaker_end), (q.cue_start, q.cue_end)]
    if q.kind != "indirect" or any(s is None or e is None for s, e in spans):
        return q.text
    (a, b), (c, d) = sorted((s, e) for s, e in spans if s is not None and e is not None)
    if not (q.start < a and d < q.end) or q.text[b - q.start : c - q.start].strip():
        return q.text  # not both inside, or words between them: no tag of two parts
    if "," in q.text[a - q.start : d - q.start]:
        return q.text  # a speaker phrase running past a comma may hold the content's words
    before = q.text[: a - q.start].rstrip()
    after = q.text[d - q.start :].lstrip()
    if _RELATIVE_END.search(before) and after[:1].isalpha():
        return before + " " + after  # 'charges, which he says were invented': 'which were'
    if not (before.endswith(",") and after.startswith(",")):
        return q.text
    before, after = before[:-1].rstrip(), after[1:].lstrip()
    if not before or not after:
        return q.text
    joint = ", " if _CONJUNCTIONS.match(after) or _INTRODUCTORY.match(before) else " "
    return before + joint + after
