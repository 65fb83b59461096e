"""A weekday told with "due to" and a verb in its own clause: an arrangement. "Is due to"
("On Friday she is due to open the pier") tells a day still to come, wherever the parse
hung the weekday; "was due to" ("the regatta, which was due to start on Friday") tells
the arrangement as it stood, which may since have been kept or called off ("pushed back"),
so no day still to come. "Due to" before a noun phrase gives a cause ("is due to the
storm"), no arrangement."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr

# "is due to open", "'s not due to arrive", "were due to meet"; the word after "to" read
# below to tell a verb from a noun phrase's opening.
_DUE = re.compile(
    r"(?:\b(is|are|am|was|were)|(?<=\w)('s|'re))\s+(?:not\s+)?(?:\w+ly\s+)?due\s+to\s+([a-z]+)\b",
    re.I,
)
# Marks that end a clause (a comma may only set off a fronted time: "On Friday, she is due").
_BOUNDARY = re.compile(r"[;:()\u2014\u2013]|\s[-_]\s")
# Words that open a noun phrase after "due to", a cause's ("due to the storm", "due to bad
# weather"); a word ending as a noun or an adjective does ("due to illness", "due to
# technical faults"), as does a plural ("due to concerns").
_NOUN_OPENERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"}
    | {"these", "those", "some", "many", "several", "no", "lack", "poor", "bad", "heavy"}
    | {"high", "low", "strong", "severe", "ill", "illness", "injury", "rain", "snow", "fog"}
    | {"weather", "concerns", "fears", "problems", "delays", "work", "works", "other"}
)
# Not "-ment", "-ance", "-ence" or a short "-ing": verbs end so too ("due to implement",
# "due to commence", "due to bring").
_NOUN_ENDING = re.compile(r"(?:ness|ity|tion|sion|ship|ical|ous|ful|\w{3}ing|[^su]s)$")


def due_told(a: AnalyzedArticle, t: TimeExpr, told: int) -> int:
    """The told tense (-1 past, 0 not clear, 1 still to come) of a weekday alone ``t`` the
    analysis read as ``told``, given a "due to" + verb in its clause: "is due to" makes a
    present or unclear one still to come, "was due to" makes one still to come not clear."""
    span = a.sentences[a.sentence_index(t.start)]
    text = a.article.text
    before = list(_BOUNDARY.finditer(text, span.start, t.start))
    start = before[-1].end() if before else span.start
    after = _BOUNDARY.search(text, t.end, span.end)
    end = after.start() if after else span.end
    for m in _DUE.finditer(text, start, end):
        word = m.group(3).lower()
        if word in _NOUN_OPENERS or _NOUN_ENDING.search(word):
            continue  # a cause, not an arrangement
        present = (m.group(1) or "").lower() in {"is", "are", "am"} or bool(m.group(2))
        if present and told == 0:
            return 1
        if not present and told == 1:
            return 0
    return told
