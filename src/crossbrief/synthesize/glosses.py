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

from crossbrief.model import AnalyzedArticle

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


# A described name: after any name, a noun phrase a determiner opens and a relative clause
# on its head ("Brask Ferries, the harbour firm which went bust in 2019 after a fraud"), up to
# the next comma or the sentence's end: the standing description outlets repeat with the name
# whatever they report, told in a clause of its own.
_DESCRIBED = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?P<head>[^,;:()\"\u201c\u201d]{1,80}?)"
    r"\s(?:which|who|that)\s[^,;:()\"\u201c\u201d]{1,160}?"
    r"(?=,|[.!?]?[\s\"'`\u201d\u2019)\]]*$)"
)
# An appositive closed by a comma after a name that opens the sentence: a capital after the
# determiner is an adjective of a place ("Brask Ferries, the Velmoran ferry firm, ..."), a list
# of names holds "and" (``_LIST``)
_OPENING_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|his|her|their|its)\s+[^,;:()\"\u201c\u201d]{1,120}?(?=,)"
)
_LIST = re.compile(r"\b(?:and|or)\b")
# Words that open a sentence's opening phrase ("In Brask, the firm which ..."): the comma after
# a name there closes that phrase, and what follows is the sentence's own clause.
_OPENER = re.compile(
    r"(?:in|on|at|after|before|since|when|while|as|despite|although|though|because|if|for"
    r"|from|with|without|during|under|over|by|to|amid|following)\b",
    re.I,
)


def gloss_spans(
    text: str, people: Sequence[int] = (), names: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """The character spans of ``text`` (one sentence) that are glosses: side clauses a comma
    and who / which / whose / whom open and a later comma closes, appositives right
    after a person's name (``people``: where each person's mention ends in ``text``) that
    hold no finite verb, and after any name (``names``: where each mention starts and
    ends) a noun phrase with a relative clause on it (``_DESCRIBED``), unless the name ends
    an opening phrase ("In Brask, the ..."), or after a name that opens the sentence such an
    appositive closed by a comma. Each span starts at its comma."""
    spans = [(m.start(), m.end()) for m in _SIDE_CLAUSE.finditer(text)]
    for end in people:
        m = _APPOSITIVE.match(text, end)
        if m is not None and not _FINITE.search(m.group(0)):
            spans.append((m.start(), m.end()))
    for start, end in names:
        # a name opening the sentence, a description closed by a comma, then the sentence's
        # own clause ("Brask Ferries, the island's oldest firm, has closed")
        m = _OPENING_APPOSITIVE.match(text, end)
        if (
            not text[:start].strip()
            and m is not None
            and text.startswith(",", m.end())
            and not _FINITE.search(m.group(0))
            and not _LIST.search(m.group(0))
        ):
            spans.append((m.start(), m.end()))
            continue
        m = _DESCRIBED.match(text, end)
        # "Brask, the Netherlands and Orsk" is a list of names, "the mayor resigned" a clause
        if m is None or _FINITE.search(m.group("head")) or _LIST.search(m.group("head")):
            continue
        before = text[:end]
        if _OPENER.match(before.lstrip()) and "," not in before:
            continue
        spans.append((m.start(), m.end()))
    return sorted(set(spans))


def only_glossed(terms: Sequence[str], inside: Sequence[bool]) -> list[str]:
    """The terms a sentence holds only inside glosses (``inside``: each term's mark), in
    order: a word it also uses outside one is its own."""
    outside = {t for t, g in zip(terms, inside, strict=True) if not g}
    return [t for t, g in zip(terms, inside, strict=True) if g and t not in outside]


def plain_sentence(analyzed: AnalyzedArticle, index: int) -> str:
    """Sentence ``index`` of ``analyzed`` with its glosses (``gloss_spans``, read at the
    analysis's name mentions) blanked out: what the sentence reports, not the standing
    descriptions of what it names."""
    s = analyzed.sentences[index]
    text = analyzed.article.text[s.start : s.end]
    inside = [m for m in analyzed.mentions if s.start <= m.start < s.end]
    people = [m.end - s.start for m in inside if m.type == "PERSON"]
    names = [(m.start - s.start, m.end - s.start) for m in inside]
    spans = gloss_spans(text, people, names)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
