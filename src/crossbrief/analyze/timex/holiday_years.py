"""Holidays and moveable feasts the tagger misses or splits. A holiday it called a date is a
time only where news English uses it as one (``holiday_as_time``). One with the year phrase
the tagger split off is one expression: spaCy often tags only "last year" of "Easter last
year" and calls the feast a place or an organisation, but written together they are one
date, the feast in the year the phrase names from the article's (``dates._year_phrase``
reads it), not the nearest such feast and a bare year."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.feasts import FEASTS, feast_form
from crossbrief.analyze.timex.missed import after_indefinite, feast_in_name
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
    Christmas period"); not one naming a thing ("Christmas trees"), nor, after a noun or a
    verb, a word of a title ("the film Christmas at ..."), nor a kind of the holiday after "a"
    ("a white Christmas", "a quiet Easter") that no "this", "last" or "next" dates."""
    text = span.text.lower()
    if holiday_name(text) is None and feast_form(text) is None:
        return False
    doc = span.doc
    i = holiday_start(doc, span.start, span.end)
    if feast_in_name(doc, doc[i : span.end]):
        return False
    if after_indefinite(doc, i) and not any(t.lower_ in _PHRASE_WORDS for t in span):
        return False
    if i > span.start and all(_modifier(t) for t in doc[span.start : i]):
        return True
    # the word before the holiday itself, inside the span or not
    return i > 0 and doc[i - 1].pos_ in {"ADP", "SCONJ", "DET", "ADJ"}


def holiday_start(doc: Any, start: int, end: int) -> int:
    """The first token of the holiday or feast named in ``doc[start:end]``, the one nearest
    its end ("Boxing" of "the fire on Boxing Day 2023"); ``start`` when none is named."""
    for k in range(end - 1, start - 1, -1):
        text = doc[k:end].text.lower()
        if holiday_name(text) is not None or feast_form(text) is not None:
            return k
    return start


def cut_to_holiday(doc: Any, start: int, end: int) -> int:
    """The start of a tagged span cut to its holiday when the words before the holiday are
    no determiners, adjectives or year phrase ("Orsk before Christmas", a place run into the
    date, is "Christmas"); ``start`` otherwise. Call it only on a span with no time word
    besides the holiday: "the week before Christmas" is one time."""
    i = holiday_start(doc, start, end)
    return start if all(_modifier(t) for t in doc[start:i]) else i


def _modifier(tok: Any) -> bool:
    """Whether a word before a holiday modifies it as a time ("the", "last", "busy")."""
    return bool(tok.pos_ in {"DET", "ADJ"} or tok.lower_ in _PHRASE_WORDS)
