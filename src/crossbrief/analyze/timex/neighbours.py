"""Readings a time expression takes from its neighbours: the article ("a" before a weekday,
"next week" in its clause) and the other times of the same article (one year for a month)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.timex.resolve import resolve_relative
from crossbrief.analyze.timex.words import WEEKDAYS
from crossbrief.model import TimeExpr

# Expressions that name the week after the telling.
_NEXT_WEEK = {"next week", "the week ahead", "the coming week", "this coming week"}


def indefinite_weekday(doc: Any, start: int, end: int, relative: str | None) -> bool:
    """Whether a weekday is the head of a noun phrase with an indefinite article ("on a
    Monday morning"): it names some Monday, not a day the text places. The article of a
    noun the weekday only modifies ("a Sunday night concert") does not count."""
    if not (relative and relative.startswith("W:") and start > 0):
        return False
    article = doc[start - 1]
    return article.lower_ in {"a", "an"} and start <= article.head.i < end


_EVERY = {"every", "each"}
_CYCLES = {"month", "week", "year"}


def weekday_of_every(doc: Any, start: int, end: int) -> bool:
    """Whether a weekday is one of every month, week or year ("the third Thursday of each
    month", "Monday of each week"): a habit, a set of days, no one day. The "of every" may
    be inside the span or right after it."""
    if not any(t.lower_ in WEEKDAYS for t in doc[start:end]):
        return False
    words = [t.lower_ for t in doc[start : min(len(doc), end + 3)]]
    return any(
        words[k] == "of" and words[k + 1] in _EVERY and words[k + 2] in _CYCLES
        for k in range(len(words) - 2)
    )


def _verb_of(token: Any) -> Any:
    while token.dep_ != "ROOT" and token.pos_ not in {"VERB", "AUX"}:
        token = token.head
    return token


def in_next_week(
    doc: Any, start: int, end: int, relative: str, spans: Sequence[tuple[int, int, bool]]
) -> str:
    """A weekday form moved into the next week when its clause names that week ("will meet
    on Friday in the coming week", "next week on Friday"): the weekday of the week after the
    anchor's, whatever day the anchor is. Other forms come back unchanged."""
    form, at, clock = relative.partition("@")
    m = re.fullmatch(r"W:(\d):(-?\d)", form)
    if not m or int(m.group(2)) < 0:
        return relative
    verb = _verb_of(doc[start:end].root)
    for s, e, _ in spans:
        named = (s, e) != (start, end) and doc[s:e].text.lower() in _NEXT_WEEK
        if named and _verb_of(doc[s:e].root).i == verb.i:
            # Next Monday ("W:0:2"), then as many days as the weekday's number.
            return f"DS:{m.group(1)}:W:0:2" + at + clock
    return relative


def one_year_per_month(times: list[TimeExpr]) -> list[TimeExpr]:
    """A bare month read with no tense takes the year the article's tensed readings of the
    same month all give it ("a win in May" beside "will run in May"):
    one article does not give one month two years without a word saying so. A month with
    "last" or "next", or with tensed readings that disagree, is left as it is."""
    tensed: dict[str, set[tuple[str, str]]] = {}
    for t in times:
        m = re.fullmatch(r"MO:(\d+):(-?1)", t.relative or "")
        if m and t.value:
            tensed.setdefault(m.group(1), set()).add((t.value, t.relative or ""))
    out: list[TimeExpr] = []
    for t in times:
        m = re.fullmatch(r"MO:(\d+)", t.relative or "")
        readings = tensed.get(m.group(1), set()) if m else set()
        if m and len({value for value, _ in readings}) == 1:
            relative = min(form for _, form in readings)
            value = resolve_relative(relative, t.anchor)
            if value:
                t = dataclasses.replace(t, value=value, relative=relative)
        out.append(t)
    return out


# Between the two ends of a range of months ("from March to October 2030").
_RANGE_GAP = re.compile(r"\s*(?:and|to|through|until|till|-|\u2013)\s*", re.I)


def range_years(times: list[TimeExpr], texts: Sequence[tuple[int, str]]) -> list[TimeExpr]:
    """A bare month opening a range whose other end gives its year ("between February and
    December 2017", "from March to June 2030") is in that year when it comes before that
    end's month: the year is written once for both. ``texts`` are the paragraphs (offset,
    text) the times were found in."""
    out = list(times)
    for n in range(len(out) - 1):
        first, last = out[n], out[n + 1]
        m = re.fullmatch(r"MO:(\d+)(?::-?\d)?", first.relative or "")
        if not (m and last.relative is None and re.fullmatch(r"\d{4}-\d\d", last.value or "")):
            continue
        month = int(m.group(1))
        at, text = max(((o, t) for o, t in texts if o <= first.start), default=(0, ""))
        if last.end > at + len(text):
            continue  # the two are in different paragraphs
        gap = text[first.end - at : last.start - at]
        if month <= int((last.value or "")[5:7]) and _RANGE_GAP.fullmatch(gap):
            value = f"{(last.value or '')[:4]}-{month:02d}"
            out[n] = dataclasses.replace(first, value=value, relative=None, anchor=None)
    return out
