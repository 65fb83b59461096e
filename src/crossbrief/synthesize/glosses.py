"""Glosses: the words of a sentence that describe something it names, not what it reports.

Outlets repeat a standing description of a person or body with the name: an appositive
("Ann Lee, an economist at Brask University, ...") or a side clause ("the harbour board,
which runs the ferries, ..."). Two sentences that both carry one such description share its
words and names whatever each goes on to report, so the fact similarity
(``paraphrase.fact_evidence``) does not count words and names two sentences hold only inside
glosses as evidence of one fact. Synthesis keeps no parse, so a gloss is read from the
punctuation and the words that open it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A side clause a comma and a relative word open and a later comma closes ("Lee, who heads
# the board, resigned"); one left open at the sentence's end may be what the sentence
# reports ("the storm hit Brask, which lost power") and is not read as a gloss.
_SIDE_CLAUSE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;:()\"\u201c\u201d]*,")
# An appositive right after a person's name: a noun phrase a determiner or possessive opens
# on a lower-case word or a figure ("Ann Lee, a 43-year-old teacher from Brask, ..."), up to
# the next comma or the sentence's end. A capital after "the" is a list's next name
# ("Brask, the Netherlands and ..."), not a description.
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|his|her|their|its)\s+(?=[a-z0-9])[^,;:()\"\u201c\u201d]{1,120}?"
    r"(?=,|[.!?]?[\s\"'`\u201d\u2019)\]]*$)"
)
# A clause, not a noun phrase: a finite verb or a subordinator ("Lee, the mayor resigned"
# after an opening phrase is a new clause's subject and verb, no description).
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does"
    r"|said|says|that|who|which|after|before|when|while|because|if)\b"
    r"|(?<![\w-])(?!(?:the|a|an|his|her|their|its|newly|recently|long)\b)\w+\s+(?<![\w-])\w{2,}ed\b"
)


def gloss_spans(text: str, people: Sequence[int] = ()) -> list[tuple[int, int]]:
    """The character spans of ``text`` (one sentence) that are glosses: side clauses a comma
    and who / which / whose / whom open and a later comma closes, and appositives right
    after a person's name (``people``: where each person's mention ends in ``text``) that
    hold no finite verb. Each span starts at its comma."""
    spans = [(m.start(), m.end()) for m in _SIDE_CLAUSE.finditer(text)]
    for end in people:
        m = _APPOSITIVE.match(text, end)
        if m is not None and not _FINITE.search(m.group(0)):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def only_glossed(terms: Sequence[str], inside: Sequence[bool]) -> list[str]:
    """The terms a sentence holds only inside glosses (``inside``: each term's mark), in
    order: a word it also uses outside one is its own."""
    outside = {t for t, g in zip(terms, inside, strict=True) if not g}
    return [t for t, g in zip(terms, inside, strict=True) if g and t not in outside]
