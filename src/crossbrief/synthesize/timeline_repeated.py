"""A day bound to a repeated time is no timeline entry: "every year on May 1", "on May 1
each year", "every Monday at noon" name a day of a habit or a timetable (TIMEX3 SET), not an
event's date. Only a day joined to the repeated time by a preposition or a comma at most is
bound to it (not after the comma closing an aside that holds the repeated time: "the
rallies, held every week, on Sunday turned deadly"); a day told once, with a habit elsewhere
in its sentence ("marched on May 1, as they do every year"), keeps its entry, as does one
before a comma splice whose second clause opens with the habit ("shut on Tuesday, every week
it does")."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr

# A repeated time inside the expression itself ("May 1 every year", taken as one date).
_REPEATED_WITHIN = re.compile(r"\b(?:every|each)\s+(?:other\s+)?[a-z]+|\bper\s+[a-z]+", re.I)
# What may stand between a repeated time and the day after it ("every year on May 1",
# "every Monday at noon", "each week, on Thursday").
_AFTER_SET = re.compile(r"\s*,?\s*(?:(?:on|at|in|during)\s+)?(?:the\s+)?", re.I)
# What may stand between a day and the repeated time after it ("at noon every Monday").
_BEFORE_SET = re.compile(r"\s*,?\s*")
# A subject opening a clause right after a repeated time ("every week it does", "every year
# the board meets"): the habit is that clause's, not the day's before the comma.
_SUBJECT_AFTER = re.compile(
    r"\s+(?:it|he|she|they|we|i|you|this|that|these|those|the|its|his|her|their|our)\b", re.I
)


def repeated(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a date or time of ``a`` belongs to a repeated time (see the module's doc)."""
    if _REPEATED_WITHIN.search(t.text):
        return True
    text = a.article.text
    sentence = a.sentence_index(t.start)
    for o in a.times:
        if o.type != "SET" or o is t or a.sentence_index(o.start) != sentence:
            continue
        after = o.end <= t.start and _AFTER_SET.fullmatch(text, o.end, t.start)
        if after and not _closes_aside(text, a.sentences[sentence].start, o):
            return True
        if (
            t.end <= o.start
            and _BEFORE_SET.fullmatch(text, t.end, o.start)
            and not _opens_clause(text, t.end, o)
        ):
            return True
    return False


def _closes_aside(text: str, sentence_start: int, o: TimeExpr) -> bool:
    """Whether a comma after the repeated time ``o`` closes an aside a comma before it
    opened ("The rallies, held every week, on Sunday turned ..."): the day after that comma
    belongs to the sentence's own clause, not to the habit."""
    gap = text[o.end : o.end + 3].lstrip()
    return gap.startswith(",") and "," in text[sentence_start : o.start]


def _opens_clause(text: str, day_end: int, o: TimeExpr) -> bool:
    """Whether the repeated time ``o``, after a comma that follows the day, opens a clause of
    its own, its subject right after it ("shut on Tuesday, every week it does"): a comma
    splice, so the day is the first clause's event, told once."""
    return "," in text[day_end : o.start] and bool(_SUBJECT_AFTER.match(text, o.end))
