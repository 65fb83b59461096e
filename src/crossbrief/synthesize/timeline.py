"""The timeline: sentences placed at the absolute dates their time expressions resolve to
(relative ones re-resolved against an inferred date for undated articles), in date order,
with the same event from several outlets merged into one entry that cites them all."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

import numpy as np

from crossbrief.analyze.times import resolve_relative
from crossbrief.analyze.timex.words import SMALL
from crossbrief.model import AnalyzedArticle, SentenceRef, TimeExpr, TimelineEntry
from crossbrief.synthesize.date_window import anchor_of, resolve_in
from crossbrief.synthesize.dates import ArticleDate, clause_vector, event_clause
from crossbrief.synthesize.stamps import stamp_sentences
from crossbrief.synthesize.story import Story

# Clause similarity above which two reports of the same date are one event. Low because the
# date must already agree and the clauses are short (checked on the invented demo story only).
MERGE_THRESHOLD = 0.2
_PRECISION = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
    # A month-day an undated article gives without its year ("Nov. 14"): a day, in no year.
    (re.compile(r"^XXXX-\d{2}-\d{2}$"), "day"),
)


def _yearless(relative: str) -> str | None:
    """The TIMEX3 value of a year-less month-day ("MD:11:14:-1" -> "XXXX-11-14") or a count
    of days from one ("DS:14:MD:11:14:-1" -> "XXXX-11-28"), for an article no date places:
    its day is known, its year is not; other forms, a day no year has ("Feb. 30") and a
    count into another year give none."""
    form = relative.split("@")[0].split(":")
    if form[0] == "DS" and len(form) > 2 and re.fullmatch(r"-?\d+", form[1]):
        # A count of days from a year-less day ("two weeks after Nov. 14"): that day moved.
        beside = _yearless(":".join(form[2:]))
        days = int(form[1])
        return (
            _shifted(beside, str(abs(days)), "days", "before" if days < 0 else "after")
            if beside
            else None
        )
    if form[0] != "MD" or len(form) < 3 or not (form[1].isdigit() and form[2].isdigit()):
        return None
    month, day = int(form[1]), int(form[2])
    # Checked against a leap year: Feb. 29 is a day of some year.
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]):
        return None
    return f"XXXX-{month:02d}-{day:02d}"


# "just before Christmas 2002", "days after May 3": near that day, not on it; the sentence
# is dated to its month at most (a clock time keeps its day). A count makes it exact
# ("three weeks after May 3": 24 May) unless hedged ("about three weeks after"); a count
# read in part would move the day wrongly, so the count takes its whole number, range
# ("two to three weeks") or decimal ("1.5 weeks"), and only a whole number moves the day.
_NUMBER = r"(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_APPROXIMATE = re.compile(
    rf"(?:(?<![\w.,])(?P<count>{_NUMBER}(?:\s*(?:-|\u2013|to|or)\s*{_NUMBER})?)"
    r"\s+(?P<unit>days?|weeks?|months?|years?|hours?)|\bjust|\bshortly|\bright|\bsoon|\bwell|"
    r"\blong|(?<![\d.,]\s)\b(?:days|weeks|months|hours))\s+(?P<side>before|after)\s+$",
    re.I,
)
_HEDGED = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|less\s+than|"
    r"over|under|at\s+least|at\s+most|up\s+to|within|close\s+to)\s+$",
    re.I,
)
_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _count(text: str) -> int | None:
    """The whole number a count says ("three", "12", "2,000"); None for a range, a decimal
    or a number not written whole."""
    if _WHOLE.fullmatch(text):
        return int(text.replace(",", ""))
    return SMALL.get(text.lower())


def _shifted(value: str, count: str, unit: str, side: str) -> str | None:
    """A day ("2040-11-28" or year-less "XXXX-11-28") moved by a count of days, weeks,
    months or years before or after it; None for hours (the day depends on a clock time
    not given), for a count that is no whole number, for a day or result no calendar has,
    and for a year-less day whose result depends on the year (across Feb. 29) or falls in
    another year (its month-day would take the year of the day it was counted from)."""
    n = _count(count)
    unit = unit.lower().rstrip("s")
    if n is None or unit == "hour":
        return None
    n = -n if side.lower() == "before" else n
    yearless = not value[:4].isdigit()
    # A year-less day is moved in the leap and common years that have it: it has a value
    # when all agree (Feb. 29 exists in leap years only).
    years = (2000, 2001) if yearless else (int(value[:4]),)
    out = set()
    for year in years:
        try:
            day = dt.date(year, int(value[5:7]), int(value[8:10]))
        except ValueError:
            continue
        try:
            if unit in {"day", "week"}:
                moved = day + dt.timedelta(days=n * (7 if unit == "week" else 1))
            else:
                months = day.month - 1 + n * (12 if unit == "year" else 1)
                y, m = day.year + months // 12, months % 12 + 1
                moved = dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
        except (ValueError, OverflowError):
            return None
        if yearless and moved.year != day.year:
            return None
        # A dated day keeps the year it lands in ("three weeks after Dec. 20, 2040").
        out.add("XXXX" + moved.isoformat()[4:] if yearless else moved.isoformat())
    return out.pop() if len(out) == 1 else None


# The words up to a "before"/"after" inside an expression, checked against ``_APPROXIMATE``.
_INSIDE = re.compile(r".*?\b(?:before|after)\s+", re.I)


def _near(value: str, text: str, t: TimeExpr) -> tuple[str, str] | None:
    """The value and expression of a day said to be near another ("just before X": X's
    month; "three weeks after X": the day three weeks on), unchanged when not near; None
    when nothing can be placed (a hedged count, a count of hours, a year-less month)."""
    approx = _APPROXIMATE.search(text, max(0, t.start - 30), t.start)
    expression = approx.group().strip() + " " + t.text if approx else t.text
    # An expression may hold the words itself: "just before Christmas" is near Christmas,
    # while a count ("one year after Nov. 14") was read by the analysis, which gives the day
    # it lands on or none (``analyze.timex.dates``); only a hedge on it is left to weigh.
    inside = _INSIDE.match(t.text)
    if not approx and inside:
        words = t.text[: inside.end()]
        found = _APPROXIMATE.search(words)
        if found and found.group("count"):
            hedged = _HEDGED.search(words, 0, found.start()) or _HEDGED.search(
                text, max(0, t.start - 20), t.start
            )
            return None if hedged else (value, t.text)
        if not (t.relative or "").startswith("DS:"):
            approx = found
    # A clock time stays on its day: "shortly before midnight" is still that night.
    if not approx or precision(value) != "day":
        return value, t.text
    if approx.group("count"):
        if _HEDGED.search(text, max(0, approx.start() - 20), approx.start()):
            return None
        # The year the article's date gave a month-day ("Nov. 14") follows the clause's
        # tense, which is the event's, not the day's: counted in months or years from it,
        # the event may land a year off ("will reopen one year after Nov. 14").
        relative = (t.relative or "").startswith("MD:") and value[:4].isdigit()
        if relative and approx.group("unit").lower().startswith(("month", "year")):
            return None
        moved = _shifted(value, approx.group("count"), approx.group("unit"), approx.group("side"))
        return (moved, expression) if moved else None
    # A year-less month ("XXXX-11") is no value the brief gives.
    return (value[:7], expression) if value[:4].isdigit() else None


def precision(value: str) -> str | None:
    """time, day, week, month, quarter, season, half or year for a TIMEX3 date value; None
    for values that place nothing on a calendar (PRESENT_REF, decades, "XXXX-WXX-1")."""
    for rx, name in _PRECISION:
        if rx.match(value):
            return name
    return None


def start_of(value: str) -> str:
    """The first day a TIMEX3 date value covers, for ordering values of mixed precision
    ("2022-W09" starts 2022-02-28, "2022-Q1" on 2022-01-01)."""
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:  # a week the year does not have ("2022-W53"): ordered at its end
            return f"{m.group(1)}-12-31"
    m = re.match(r"^(\d{4})-(Q|H)(\d)", value)
    if m:
        month = (int(m.group(3)) - 1) * (3 if m.group(2) == "Q" else 6) + 1
        return f"{m.group(1)}-{month:02d}-01"
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        return f"{m.group(1)}-{month:02d}-01"
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m:
        return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"
    return value


# A year between a determiner (and at most two modifiers) and a word names a thing ("the
# 1999 budget", "his deficit-cutting 1999 budget"): it dates the thing, not the sentence's
# event. A preposition between them ("the attack in 2004 killed") dates the event.
_YEAR_AS_NAME_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this)|'s|\u2019s)"
    r"(?:\s+(?!(?:in|since|by|of|on|at|from|until|before|after|during|for|to|through|year)\b)"
    r"[a-z][\w-]*){0,2}\s+$",
    re.I,
)
_YEAR_AS_NAME_AFTER = re.compile(r"\s+[^\W\d_]")
# Nouns naming an event that happens at a time (not a thing made or kept, like a budget),
# after at most two modifiers ("the 2004 Indian Ocean tsunami").
_EVENT_NOUNS = (
    "tsunami|earthquake|quake|election|elections|vote|referendum|primary|attack|attacks|"
    "bombing|bombings|shooting|massacre|war|invasion|coup|uprising|revolution|riots?|"
    "protests?|olympics|games|tournament|final|cup|championship|summit|crash|collision|"
    "flood|floods|flooding|storm|hurricane|cyclone|typhoon|tornado|wildfire|fire|eruption|"
    "explosion|blast|disaster|spill|crisis|outbreak|pandemic|epidemic|strike|strikes"
)
_EVENT_NOUN_AFTER = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_EVENT_NOUNS})\b", re.I)


def _year_as_name(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a bare year premodifies a noun after a determiner: "the 1999 budget"; not
    when that noun is an event opening its sentence ("The 2004 tsunami killed ...")."""
    text = a.article.text
    if not re.fullmatch(r"\d{4}", t.text):
        return False
    before = _YEAR_AS_NAME_BEFORE.search(text[max(0, t.start - 40) : t.start])
    if not (before and _YEAR_AS_NAME_AFTER.match(text, t.end)):
        return False
    opening = text[a.sentences[a.sentence_index(t.start)].start : t.start - len(before.group())]
    # The event the sentence is about is the year's: its subject or topic, nothing before it.
    return not (_EVENT_NOUN_AFTER.match(text, t.end) and not re.search(r"\w", opening))


@dataclass
class _Event:
    date: str
    article: str
    sentence: int
    expression: str
    precision: str
    anchor: str | None
    vector: np.ndarray


# A post embedded in the page signs off with its author's handle and its date ("— Paul Ryan
# (@SpeakerRyan) July 5, 2016"): that date stamps the post, not an event.
_HANDLE_BEFORE = re.compile(r"\(@\w+\)\s*$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# A tag opens with "<" and a letter and closes with ">" with no other "<" or ">" between: a
# "<" in prose ("fell by <1%") opens none.
_TAG_OPEN = re.compile(r"<[A-Za-z][^<>]*$")
_TAG_CLOSE = re.compile(r"[^<>]*>")


# Expressions that resolve to a calendar value but name no point a reader can place: a count
# back of decades or centuries, or a hedged one ("four decades ago", "less than two weeks
# ago": the resolved year or day is false precision); "the past year", a span up to the
# article; a part of day with no day ("at night", "began the morning": which day is not said).
_VAGUE = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|approximately|some|more than|less than|over|"
    r"under|at least|at most|close to|well over|just over|just under)\s.*\b(?:ago|earlier)"
    r"|.*\b(?:decades?|centur(?:y|ies))\s+(?:ago|earlier)"
    r"|(?:during\s+|over\s+|in\s+)?the\s+past\s+(?:\w+\s+)?(?:years?|months?|weeks?)"
    r"|(?:at\s+|in\s+)?(?:the\s+)?(?:night|morning|evening|afternoon))$",
    re.I,
)


def _vague(t: TimeExpr) -> bool:
    """Whether an expression places no point on the timeline (see ``_VAGUE``)."""
    return bool(_VAGUE.match(t.text.strip()))


def _embedded(text: str, t: TimeExpr) -> bool:
    """Whether a time is markup, not prose: inside a tag ("<tweet datetime=...>") or the
    stamp after an embedded post's handle."""
    opened = text.rfind("<", 0, t.start)
    inside_tag = (
        opened >= 0
        and bool(_TAG_OPEN.match(text, opened, t.start))
        and bool(_TAG_CLOSE.match(text, t.start))
    )
    return inside_tag or bool(_HANDLE_BEFORE.search(text, max(0, t.start - 40), t.start))


def _written_years(
    story: Story, dates: dict[str, ArticleDate]
) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
    """For each month-day the story's articles write with a year ("Feb. 8, 2017"): every
    year written, and the years an article writes to mark a past year's episode, not the
    year of the last such day before its own date (an outlet dated 2017-02-09 writing
    "Feb. 8, 2017" tells its own news, one dated 2018-04-19 tells last year's)."""
    years: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for a in story.articles:
        own = dates[a.article.id].date
        for t in a.times:
            if t.relative is None and t.value and _DAY.fullmatch(t.value):
                month, day = t.value[5:7], t.value[8:10]
                written, episodes = years.setdefault((month, day), (set(), set()))
                written.add(t.value[:4])
                # Read as a past day, as the borrowing article's is: another year marks an
                # earlier episode, the same year the outlet's own news.
                bare = resolve_relative(f"MD:{int(month)}:{int(day)}:-1", own) if own else None
                if bare and bare[:4] != t.value[:4]:
                    episodes.add(t.value[:4])
    return years


def _borrowed_year(
    value: str, t: TimeExpr, years: dict[tuple[str, str], tuple[set[str], set[str]]]
) -> str:
    """A year-less month-day its article's date put in one year, in the year before when
    the story's outlets write that month-day with that year only and one writes it to mark
    a past year's episode: they tell last year's episode the article narrates without its
    year."""
    if not (t.relative and t.relative.startswith("MD:") and _DAY.fullmatch(value)):
        return value
    earlier = f"{int(value[:4]) - 1:04d}"
    written, episodes = years.get((value[5:7], value[8:10]), (set(), set()))
    return earlier + value[4:] if written == {earlier} and earlier in episodes else value


def _given_years(events: list[_Event]) -> list[_Event]:
    """Year-less days ("XXXX-11-14") kept only where no article of the story gives that
    month-day a year: they take the year when the others give one (a dated outlet's "Nov.
    14" is 2040-11-14, so an undated one's is too) and are dropped when they give several
    (which year is not known)."""
    given: dict[str, set[str]] = {}
    for e in events:
        if e.precision == "day" and e.date[:4].isdigit():
            given.setdefault(e.date[4:], set()).add(e.date[:4])
    out: list[_Event] = []
    seen: set[tuple[str, int, str]] = set()
    for e in events:
        if e.date.startswith("XXXX"):
            years = given.get(e.date[4:], set())
            if len(years) > 1:
                continue
            if years:
                e = replace(e, date=next(iter(years)) + e.date[4:])
        if (e.article, e.sentence, e.date) not in seen:
            seen.add((e.article, e.sentence, e.date))
            out.append(e)
    return out


def _events(story: Story, dates: dict[str, ArticleDate]) -> list[_Event]:
    """Every dated (sentence, date) of the story, in timeline order."""
    out: list[_Event] = []
    years = _written_years(story, dates)
    for a in story.articles:
        aid = a.article.id
        anchor = dates[aid].date
        seen: set[tuple[int, str]] = set()
        stamps = stamp_sentences(a)
        for t in a.times:
            if t.type not in {"DATE", "TIME"} or _year_as_name(a, t) or _vague(t):
                continue
            if a.sentence_index(t.start) in stamps or _embedded(a.article.text, t):
                continue
            value = t.value
            window = dates[aid].window
            if t.relative and (value is None or a.article.published is None):
                value = resolve_relative(t.relative, anchor)
                if value is None and anchor is None and window:
                    value = resolve_in(t.relative, window)
                elif value is None and anchor is None:
                    value = _yearless(t.relative)
            if not value or precision(value) is None:
                continue
            borrowed = _borrowed_year(value, t, years)
            # A borrowed year is no longer read from the article's date.
            from_anchor = (
                (anchor or (anchor_of(window) if window else None))
                if t.relative and borrowed == value
                else None
            )
            # The year goes with the day the expression names, before a count moves it.
            near = _near(borrowed, a.article.text, t)
            if near is None:
                continue
            value, expression = near
            value = value.split("T")[0] if precision(value) == "time" else value
            sentence = a.sentence_index(t.start)
            if (sentence, value) in seen:
                continue
            seen.add((sentence, value))
            vector = clause_vector(story, event_clause(a, t))
            out.append(
                _Event(
                    value,
                    aid,
                    sentence,
                    expression,
                    precision(value) or "day",
                    from_anchor,
                    vector,
                )
            )
    out = _given_years(out)
    # Same-day events first by day, then the wider periods starting that day after them.
    out.sort(key=lambda e: (start_of(e.date), len(e.date) != 10, e.date, e.article, e.sentence))
    return out


def build_timeline(story: Story, dates: dict[str, ArticleDate]) -> list[TimelineEntry]:
    """Dated entries in date order; an event several outlets report is one entry.

    Two reports are one event when they give the same date and the clauses around their
    expressions are alike (TF-IDF cosine at least ``MERGE_THRESHOLD``) with any report
    already in the entry; an entry holds at most one report per article.
    """
    groups: list[list[_Event]] = []
    for event in _events(story, dates):
        # The most alike entry, not the first alike one: an early loose match would split
        # the reports of one event between entries.
        best, best_score = None, MERGE_THRESHOLD
        for group in groups:
            if group[0].date != event.date or any(g.article == event.article for g in group):
                continue
            score = max(float(g.vector @ event.vector) for g in group)
            if score >= best_score:
                best, best_score = group, score
        if best is None:
            groups.append([event])
        else:
            best.append(event)
    index = {(s.article, s.index): s.text for s in story.sentences}
    return [
        TimelineEntry(
            date=first.date,
            precision=first.precision,
            text=index[(first.article, first.sentence)],
            article=first.article,
            sentence=first.sentence,
            expression=first.expression,
            anchor=first.anchor,
            also_in=tuple(SentenceRef(g.article, g.sentence) for g in rest),
        )
        for first, *rest in groups
    ]
