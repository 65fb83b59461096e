"""Holidays and moveable feasts the tagger misses or splits. A holiday it called a date is a
time only where news English uses it as one (``holiday_as_time``). One with the year phrase
the tagger split off is one expression: spaCy often tags only "last year" of "Easter last
year" and calls the feast a place or an organisation, but written together they are one
date, the feast in the year the phrase names from the article's (``dates._year_phrase``
reads it), not the nearest such feast and a bare year."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.feasts import FEASTS, feast_form
from crossbrief.analyze.timex.missed import feast_in_name
from crossbrief.analyze.timex.words import HOLIDAYS, holiday_name

_PHRASE_WORDS = {"this", "last", "next"}
# Names of one to three words ("Easter", "Good Friday", "New Year's Day"), in the
# apostrophe the tables use.
_NAMES = set(FEASTS) | set(HOLIDAYS)
_LONGEST = max(len(name.split()) for name in _NAMES) + 1  # "year's" is two tokens


def holiday_before_year_phrase(doc: Any, start: int, end: int) -> int:
    """The start of the capitalised holiday or feast name right before a span that is only
    "this year", "last year" or "next year" (``start`` when there is none): "Easter" "last
    year" is one expression; a name word that is part of a person's name is not taken."""
    span = doc[start:end]
    if len(span) != 2 or span[0].lower_ not in _PHRASE_WORDS or span[1].lower_ != "year":
        return start
    for k in range(min(_LONGEST, start), 0, -1):
        words = doc[start - k : start]
        if words.text.lower().replace("’", "'") not in _NAMES:
            continue
        if all(w.is_title or w.lower_ in {"'s", "’s"} for w in words) and not any(
            w.ent_type_ == "PERSON" for w in words
        ):
            return start - k
    return start


def holiday_as_time(span: Any) -> bool:
    """Whether a holiday the tagger called a date is a time: after a preposition ("over
    Christmas", "by Thanksgiving") or with a determiner or adjective ("last Christmas", "the
    Christmas period"); not one naming a thing ("Christmas trees") nor, after a noun or a
    verb, a word of a title ("the film Christmas at ...", "the carol It's Christmas")."""
    text = span.text.lower()
    if holiday_name(text) is None and feast_form(text) is None:
        return False
    i = span.start
    while i < span.end - 1 and (
        span.doc[i].pos_ in {"DET", "ADJ"} or span.doc[i].lower_ in _PHRASE_WORDS
    ):
        i += 1
    if feast_in_name(span.doc, span.doc[i : span.end]):
        return False
    before = span.doc[i - 1] if i > 0 else None
    return i > span.start or (before is not None and before.pos_ in {"ADP", "SCONJ", "DET", "ADJ"})
