"""Time expressions in an article: detection and resolution against the article date.

Detection (``crossbrief.analyze.timex.spans``) starts from spaCy DATE/TIME entities and fixes
their extents the TimeML way. Normalisation (``crossbrief.analyze.timex``) gives each a
TIMEX3 type and value, or an anchor-free ``relative`` form (its mini-language is documented
there) resolved here against the article date with the tense of the clause
(``crossbrief.analyze.timex.tense``): a future-tense weekday goes forward, a past-tense one
back, and the dateline's own weekday is that day. Expressions with no date of their own
("the next day", "that quarter", "the previous Friday") take the date last named.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.doc_cache import doc_ents, doc_text
from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.analyze.timex import normalise, resolve_relative, shift_focus
from crossbrief.analyze.timex.anaphoric import in_stamp, reports_day
from crossbrief.analyze.timex.clock_after_day import clocks_after_days
from crossbrief.analyze.timex.day_clocks import clock_beside_day, relative_day
from crossbrief.analyze.timex.day_ranges import day_range_years
from crossbrief.analyze.timex.event_days import readied_event_day
from crossbrief.analyze.timex.game_periods import ArticlePlay, game_period
from crossbrief.analyze.timex.governors import past_perfect
from crossbrief.analyze.timex.last_weekdays import one_last_week
from crossbrief.analyze.timex.month_tense import (
    future_in_past_month,
    gone_day,
    planned_month,
)
from crossbrief.analyze.timex.neighbours import (
    in_next_week,
    indefinite_weekday,
    one_year_per_month,
    range_years,
    weekday_of_every,
)
from crossbrief.analyze.timex.same_day import same_day_weekdays
from crossbrief.analyze.timex.spans import candidates
from crossbrief.analyze.timex.tense import clause_tense
from crossbrief.analyze.timex.tense_words import SCHEDULED
from crossbrief.model import TimeExpr

__all__ = ["extract_times", "normalise", "resolve_relative"]


def _anaphor(
    form: str, focus: tuple[str | None, str | None] | None, year_focus: str | None
) -> tuple[str | None, str | None]:
    """(value, relative) of a "~" form (see ``normalise``) given the quarter and year last
    named in the article."""
    head, _, fallback = form[1:].partition("|")
    if head.startswith("QY") and focus:
        value, relative = focus
        digit = value[-1] if value and re.fullmatch(r"\d{4}-Q\d", value) else None
        if digit is None and relative and relative.startswith("Q:"):
            digit = relative.split(":")[1]
        if digit:
            return f"{head[2:]}-Q{digit}", None
    elif head.startswith("Q") and focus:
        moved = shift_focus(focus, int(head[1:]))
        if moved != (None, None):
            return moved
    elif head.startswith("Y") and year_focus:
        return f"{int(year_focus[:4]) + int(head[1:]):04d}", None
    elif head.startswith("M") and year_focus and re.fullmatch(r"\d{4}-\d\d.*", year_focus):
        n = int(year_focus[:4]) * 12 + int(year_focus[5:7]) - 1 + int(head[1:])
        return f"{n // 12:04d}-{n % 12 + 1:02d}", None
    elif head.startswith("DM") and year_focus and re.fullmatch(r"\d{4}-\d\d.*", year_focus):
        try:
            return dt.date(
                int(year_focus[:4]), int(year_focus[5:7]), int(head[2:])
            ).isoformat(), None
        except ValueError:
            return None, None
    elif head.startswith("@") and year_focus and re.fullmatch(r"\d{4}-\d\d-\d\d", year_focus):
        return resolve_relative(head[1:], year_focus), None
    elif head.startswith("D") and year_focus and re.fullmatch(r"\d{4}-\d\d-\d\d", year_focus):
        days, _, clock = head[1:].partition("@")
        day = dt.date.fromisoformat(year_focus) + dt.timedelta(days=int(days))
        return day.isoformat() + clock, None
    if fallback.startswith("="):
        return fallback[1:], None
    return None, fallback or None


def _clause_years(doc: Any, spans: Sequence[tuple[int, int, bool]]) -> list[tuple[Any, int]]:
    """Each "in 1999" of the paragraph: its preposition and its year."""
    years: list[tuple[Any, int]] = []
    for start, end, _ in spans:
        span = doc[start:end]
        root = span.root
        in_year = root.dep_ == "pobj" and root.head.lower_ == "in"
        if in_year and re.fullmatch(r"1[5-9]\d\d|20\d\d", span.text):
            years.append((root.head, int(span.text)))
    return years


def _year_of(span: Any, years: Sequence[tuple[Any, int]]) -> int | None:
    """The year an "in YYYY" gives the event a date hangs off: one attached to a word on the
    path from the date to its verb ("the Boxing Day tsunami in 2004", "on Dec. 26 in 2004");
    not one in a comparison ("higher than in 2019") or a phrase of another head ("like the
    one in 2019"). None when two give different years."""
    path = [span.root]
    while path[-1].dep_ != "ROOT" and path[-1].pos_ not in {"VERB", "AUX"}:
        path.append(path[-1].head)
    found = {year for prep, year in years if prep.head in path}
    return found.pop() if len(found) == 1 else None


def _in_year(relative: str, year: int) -> str | None:
    """The value of a year-less month-day, month or holiday form in a year the clause gives
    ("Dec. 26 in 2004"); None for other forms."""
    kind, *args = relative.split(":")
    if "@" in relative or not args:
        return None
    if kind == "MD" and len(args) >= 2:
        try:
            return dt.date(year, int(args[0]), int(args[1])).isoformat()
        except ValueError:
            return None
    if kind == "MO" and (len(args) == 1 or args[1] in {"0", "1", "-1"}):
        return f"{year:04d}-{int(args[0]):02d}"
    if kind == "NW" and len(args) >= 3:
        return resolve_relative(":".join(["NW", *args[:3], "2"]), f"{year:04d}-01-01")
    return None


def _in_narrative(
    relative: str, narrative: str, anchor: str | None, near: bool, written: dict[str, str]
) -> str | None:
    """The day a year-less month-day not told in the future names in a past episode the
    article is narrating: the year of the day last written with its year
    ("On Jan. 6, 2017, ... On Feb. 8, ..."), when in that year it falls on or after that date
    and the article's own date would put it in the year after. Only a day written in the
    same paragraph (``near``) opens the episode, unless the same month-day was written with
    that year before ("a Feb. 8, 2017, visit ... that same Feb. 8 hearing") or the
    article's date would put the day after the article. ``written`` maps the month-days
    written with a year so far ("02-08") to it. None otherwise."""
    kind, *args = relative.split(":")
    if kind != "MD" or "@" in relative or len(args) < 2 or (len(args) > 2 and int(args[2]) > 0):
        return None
    from_anchor = resolve_relative(relative, anchor)
    # Only last year's episode: a day written long before (a birth, a founding) starts none.
    if from_anchor is None or anchor is None or int(from_anchor[:4]) - int(narrative[:4]) != 1:
        return None
    same_day = written.get(f"{int(args[0]):02d}-{int(args[1]):02d}") == narrative[:4]
    if not (near or same_day or from_anchor > anchor):
        return None  # a paragraph break ends the episode's sentences
    try:
        day = dt.date(int(narrative[:4]), int(args[0]), int(args[1])).isoformat()
    except ValueError:
        return None
    return day if narrative <= day <= anchor else None


_UNIT_ALONE = re.compile(r"the\s+(?:day|week|month|year)", re.I)
# A year-less month-day told in the past (see ``gone_day``).
_PAST_DAY = re.compile(r"MD:\d+:\d+:-1")
# Words making a holiday a bound or an aim of a past event ("opened before Christmas", "by
# Christmas", "flights for Christmas", "moved to Boxing Day"): it may lie ahead of what was
# done, so it keeps a month-day's reading, not a kept one's.
_BOUNDS = frozenset({"before", "by", "until", "till", "for", "to"})
# Words of a schedule before a holiday, with or without a preposition ("the parade planned
# for Christmas Day", "due on Christmas Eve"): what was set for it may lie ahead. Only the
# words that schedule in every use (``SCHEDULED``), not the wider ``FIXES_DAY`` of
# ``gone_day``, whose verbs may also tell an act done on the day ("were called on
# Christmas Day"): here a holiday so read would lose the day already kept.
_SCHEDULE_PREPOSITIONS = frozenset({"for", "on", "at", "to"})


def _bound_or_scheduled(doc: Any, start: int) -> bool:
    """Whether the time at token ``start`` is a bound, an aim or a schedule's day (see
    ``_BOUNDS``), not a day already kept."""
    before = doc[start - 1].lower_ if start else ""
    if before in _BOUNDS or before in SCHEDULED:
        return True
    return before in _SCHEDULE_PREPOSITIONS and start > 1 and doc[start - 2].lower_ in SCHEDULED


def _after_an_event(doc: Any, start: int, end: int, spans: Sequence[tuple[int, int, bool]]) -> bool:
    """Whether "the day/week/month/year" is counted from an event, not a time ("the month
    after her election", "the year after the 2008 crash"): its day is the event's, which
    the text does not give here. A time right after the word counts only as the object of
    "after" itself, not as a word naming the event."""
    if not _UNIT_ALONE.fullmatch(doc[start:end].text) or end + 1 >= len(doc):
        return False
    if doc[end].lower_ not in {"after", "before", "following"}:
        return False
    return not any(
        (s == end + 1 or (s == end + 2 and doc[end + 1].lower_ == "the"))
        and doc[s:e].root.head.i == end
        for s, e, _ in spans
    )


_WEEKDAY_ALONE = re.compile(
    r"(?:the\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I
)
_WEEKDAY_NUMBER = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip


def _counted_from(
    doc: Any, start: int, end: int, spans: Sequence[tuple[int, int, bool]]
) -> tuple[int, int] | None:
    """The start of the time a unit is counted from and the direction (1 after, -1 before):
    "the week after Easter", "the Sunday before Christmas" -> (Easter's start, 1 or -1)."""
    text = doc[start:end].text
    if not (_UNIT_ALONE.fullmatch(text) or _WEEKDAY_ALONE.fullmatch(text)) or end + 1 >= len(doc):
        return None
    sign = {"after": 1, "following": 1, "before": -1}.get(doc[end].lower_)
    if sign is None:
        return None
    for s, e, _ in spans:
        if (s == end + 1 or (s == end + 2 and doc[end + 1].lower_ == "the")) and doc[
            s:e
        ].root.head.i == end:
            return s, sign
    return None


def _unit_beside(text: str, sign: int, day: str) -> str | None:
    """The value of the day, week, month or year (or the weekday) just after (``sign`` 1) or
    before (-1) a known day: "the week after" 2031-04-13 -> "2031-W16"."""
    try:
        base = dt.date.fromisoformat(day[:10])
    except ValueError:
        return None
    unit = text.lower().split()[-1]
    if unit in _WEEKDAY_NUMBER:
        # the nearest such weekday strictly after (or before) the day
        gap = ((_WEEKDAY_NUMBER[unit] - base.weekday()) * sign) % 7 or 7
        return (base + dt.timedelta(days=gap * sign)).isoformat()
    if unit == "day":
        return (base + dt.timedelta(days=sign)).isoformat()
    if unit == "week":
        year, week, _ = (base + dt.timedelta(days=7 * sign)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        n = base.year * 12 + base.month - 1 + sign
        return f"{n // 12:04d}-{n % 12 + 1:02d}"
    return f"{base.year + sign:04d}"


def extract_times(paragraphs: Sequence[Paragraph], anchor: str | None) -> list[TimeExpr]:
    """Every time expression, normalised; relative ones resolved against ``anchor``."""
    out: list[TimeExpr] = []
    focus: tuple[str | None, str | None] | None = None  # the quarter last named explicitly
    year_focus: str | None = None  # the last date named (its first ten characters)
    stamp_day: str | None = None  # the last day a stamp or a header line gives
    narrative: str | None = None  # the last day written with its year
    near = False  # whether it was written in the paragraph at hand
    written: dict[str, str] = {}  # month-day ("02-08") -> the year last written with it
    play = ArticlePlay([p.doc for p in paragraphs])  # whether the article tells of a game
    for p in paragraphs:
        near = False
        doc = p.doc
        labels = {(e.start, e.end): e.label_ for e in doc_ents(doc)}
        previous_end = -1
        spans = candidates(doc)
        years = _clause_years(doc, spans)
        counted: dict[int, tuple[int, int]] = {}  # a time's start -> (the unit's index, sign)
        for start, end, period in spans:
            span = doc[start:end]
            # "a touchdown in the second quarter": the game's, not the year's; of "the fourth
            # quarter Sunday" the day stays.
            if (cut := game_period(span, play)) == len(span):
                continue
            start += cut
            span = doc[start:end]
            tense = clause_tense(span)
            if tense == 0 and [t.lower_ for t in doc[max(0, start - 2) : start]] == ["ahead", "of"]:
                tense = 1  # "remind voters ahead of November's election": still to come
            elif planned_month(span, tense):
                tense = 1
            elif tense > 0 and future_in_past_month(span):
                tense = 0
            elif tense < 0 and readied_event_day(span):
                tense = 0  # "has made changes for Saturday's trip": that trip's day, nearest
            typ, value, relative = normalise(span.text, tense)
            if clock := clock_beside_day(span):
                # "on Friday 9 May, from 1930": that day's clock time, not a year
                typ, value, relative = "TIME", None, f"~D0@T{clock}|"
            if relative and relative.endswith(":H") and _bound_or_scheduled(doc, start):
                relative = relative[:-2]  # "opened before Christmas": a bound, may lie ahead
            elif relative and _PAST_DAY.fullmatch(relative) and gone_day(span):
                relative += ":P"  # "was held on May 10": a day gone, not one set ahead
            if weekday_of_every(doc, start, end):
                typ, value, relative = "SET", None, None  # "the third Thursday of each month"
            elif indefinite_weekday(doc, start, end, relative):
                value = relative = None  # "on a Monday morning": some Monday
            elif relative:
                relative = in_next_week(doc, start, end, relative, spans)
            year = _year_of(span, years) if years and relative else None
            if year and relative and (dated := _in_year(relative, year)):
                # "hit by the Boxing Day tsunami in 2004": the clause's year, not the nearest.
                value, relative = dated, None
            if span.text.lower() == "one day" and start > 0 and doc[start - 1].tag_ == "MD":
                typ, value, relative = "DATE", "FUTURE_REF", None  # "will one day be"
            before = doc[start - 1].lower_ if start > 0 else ""
            if span.text.lower() == "this day" and before in {"to", "until", "till"}:
                typ, value, relative = "DATE", "PRESENT_REF", None  # "continues to this day"
            appositive = start == previous_end + 1 and doc[previous_end].text == ","
            if not appositive and _after_an_event(doc, start, end, spans):
                value = relative = None  # "the week after her election": not the article's
            previous_end = end
            if appositive and out and relative and relative.startswith("Q:"):
                # "the year-ago quarter, the fourth quarter": the apposition names which
                # quarter of the year the expression before it gives; both are that one.
                before = out[-1].value or ""
                if re.fullmatch(r"\d{4}-Q\d", before):
                    value, relative = f"{before[:4]}-Q{relative.split(':')[1]}", None
                    out[-1] = dataclasses.replace(out[-1], value=value, relative=None, anchor=None)
            if not appositive and relative_day(span):
                value = relative = None  # "on the day she fled": that event's day, not dated
            if relative and relative.startswith("~"):
                fell_back = relative.endswith("|QS:-1") and focus is None
                # "the day" itself is the report's own day, which a stamp gives
                own_day = stamp_day if year_focus is None and reports_day(span) else None
                value, relative = _anaphor(relative, focus, own_day or year_focus)
                if (
                    tense < 0
                    and value
                    and anchor
                    and value[:10] > anchor
                    and re.match(r"\d{4}-\d\d-\d\d", value)
                ):
                    # "had scheduled a call for the next Saturday" after a day of this week:
                    # a day told in the past cannot follow the article's, so the day last
                    # named was not its anchor.
                    value = None
                if fell_back:
                    focus = (value, relative)  # the first quarter named sets the focus
            elif (value and re.fullmatch(r"\d{4}-Q\d", value)) or (
                relative and relative.split(":")[0] in {"Q", "QS"}
            ):
                focus = (value, relative)
            if period and re.search(r"\byear\b", span.text.lower()):
                typ, value, relative = "DURATION", "P1Y", None
            if labels.get((start, end)) == "TIME" and typ == "DATE" and value is relative is None:
                typ = "TIME"
            if value is None and relative and narrative:
                dated = _in_narrative(relative, narrative, anchor, near, written)
                if dated:
                    value, relative = dated, None
            if value is None and relative is not None:
                value = resolve_relative(relative, anchor)
            elif relative is None and value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                narrative, near = value, True
                written[value[5:]] = value[:4]
            if typ in {"DATE", "TIME"} and value and re.match(r"\d{4}", value):
                # the day, or the year, last named; a header's date tells no event
                if not in_stamp(span):
                    year_focus = value[:10]
                elif re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]):
                    stamp_day = value[:10]
            if start in counted and value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                # "the week after Easter": the unit is counted from this day, not the article's
                index, sign = counted.pop(start)
                beside = _unit_beside(out[index].text, sign, value)
                out[index] = dataclasses.replace(
                    out[index], value=beside, relative=None, anchor=None
                )
            if (from_time := _counted_from(doc, start, end, spans)) is not None:
                counted[from_time[0]] = (len(out), from_time[1])
            out.append(
                TimeExpr(
                    text=span.text,
                    start=p.offset + span.start_char,
                    end=p.offset + span.end_char,
                    type=typ,  # type: ignore[arg-type]
                    value=value,
                    anchor=anchor if relative is not None else None,
                    relative=relative,
                    tense=tense,
                    perfect=past_perfect(span),
                )
            )
    texts = [(p.offset, doc_text(p.doc)) for p in paragraphs]
    out = one_year_per_month(range_years(day_range_years(out, texts), texts))
    out = one_last_week(out, anchor)
    out = same_day_weekdays(out, texts)  # the day's year is settled by then
    return clocks_after_days(out, texts)  # last: "Sunday, 14 March" has its reading
