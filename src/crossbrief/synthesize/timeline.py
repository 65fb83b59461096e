"""The timeline: sentences placed at the absolute dates their time expressions resolve to
(relative ones re-resolved against an inferred date for undated articles), in date order,
with the same event from several outlets merged into one entry that cites them all."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from crossbrief.analyze.times import resolve_relative
from crossbrief.model import AnalyzedArticle, SentenceRef, TimeExpr, TimelineEntry
from crossbrief.synthesize.date_pairs import Pair, pair_year, weekday_pairs, year_bounds
from crossbrief.synthesize.date_window import anchor_of, resolve_in
from crossbrief.synthesize.dates import ArticleDate, clause_vector, event_clause
from crossbrief.synthesize.event_words import event_words
from crossbrief.synthesize.stamps import stamp_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline_values import (
    WEEKDAY_VALUE,
    near,
    precision,
    start_of,
    weekday,
    yearless,
)

# Clause similarity above which two reports of the same date are one event. Low because the
# date must already agree and the clauses are short (checked on the invented demo story only).
MERGE_THRESHOLD = 0.2
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


_PLACED = {"DATE", "TIME"}
# A weekday and its part of day ("Monday night"), the end of a weekday entry's expression.
_WEEKDAY_NAME = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.I,
)


@dataclass
class _Event:
    date: str
    article: str
    sentence: int
    expression: str
    precision: str
    anchor: str | None
    vector: np.ndarray
    # The clause's words that tell its event (``event_words``).
    words: tuple[frozenset[str], frozenset[str]]
    # A weekday of no known week: -1 told in the past, 1 in the future (listed in that order).
    told: int = 0


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
# ago": the resolved year or day is false precision); "the past year" or "the last year", a
# span up to the article; a part of day with no day ("at night", "began the morning": which
# day is not said).
_VAGUE = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|approximately|some|more than|less than|over|"
    r"under|at least|at most|close to|well over|just over|just under)\s.*\b(?:ago|earlier)"
    r"|.*\b(?:decades?|centur(?:y|ies))\s+(?:ago|earlier)"
    r"|(?:during\s+|over\s+|in\s+)?the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?)"
    r"|(?:at\s+|in\s+)?(?:the\s+)?(?:night|morning|evening|afternoon))$",
    re.I,
)


def _vague(t: TimeExpr) -> bool:
    """Whether an expression places no point on the timeline (see ``_VAGUE``)."""
    return bool(_VAGUE.match(t.text.strip()))


# A day in brackets after a clock time in another zone restates the moment told before the
# bracket ("struck at 6:15 am (2315 GMT Monday)"): the same event, on the zone's calendar.
_ZONE_BEFORE = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,5}\s+$")
# A clock time alone, which names no day ("6:15 am", "2315 GMT", "at 9.30 local time").
_CLOCK = re.compile(
    r"(?:at\s+)?\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|local\s+time)?", re.I
)
# The words between a clock time and the bracket that restates it in another zone.
_TO_BRACKET = re.compile(r"\s*(?:local\s+time\s*)?,?\s*\(\s*")


def _restated(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time is no entry of its own beside a bracket that restates a moment in
    another zone with a day ("at 6:15 am local time (2315 GMT Monday)"): the bracket's day
    when the sentence gives the local day too (the local day is the entry), else the clock
    times before and in the bracket (the zone's day is the only day the sentence gives)."""
    text = a.article.text
    sentence = a.sentence_index(t.start)
    span = a.sentences[sentence]
    if "(" not in text[span.start : span.end]:
        return False  # most sentences: no bracket, nothing restated
    days = [o for o in a.times if a.sentence_index(o.start) == sentence and o.type in _PLACED]
    brackets = [o for o in days if _ZONE_BEFORE.search(text, max(0, o.start - 30), o.start)]
    for day in brackets:
        # The bracket opens at the "(" of the clock time in the other zone.
        opened = text.rfind("(", 0, day.start)
        clocks = [
            o
            for o in days
            if _CLOCK.fullmatch(o.text.strip())
            and (opened <= o.start < day.start or _TO_BRACKET.fullmatch(text, o.end, opened + 1))
        ]
        local = any(o is not day and o not in clocks for o in days)
        if t is day and local:
            return True
        if t in clocks and not local:
            return True
    return False


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


def _paired_year(
    value: str | None, t: TimeExpr, pairs: list[Pair], bounds: tuple[int | None, int | None]
) -> str | None:
    """A year-less day named with its weekday ("Monday, Nov. 21") in the one year between
    the years the story tells in the past and in the future that it fits (``pair_year``)."""
    if not (value and value.startswith("XXXX-")) or not re.fullmatch(r"XXXX-\d\d-\d\d", value):
        return value
    pair = next((p for p in pairs if t.start in p.starts), None)
    year = pair_year(pair, bounds) if pair else None
    return f"{year:04d}{value[4:]}" if year else value


def _given_years(events: list[_Event], dated: set[int] | None = None) -> list[_Event]:
    """Year-less days ("XXXX-11-14") kept only where no article of the story gives that
    month-day a year: they take the year when the others give one (a dated outlet's "Nov.
    14" is 2040-11-14, so an undated one's is too) and are dropped when they give several
    (which year is not known). A year more than one from every year the story's articles
    are dated in (``dated``) is a past episode's, not surely this day's: the day stays
    year-less ("by May 3, the 5th anniversary" is not the anniversary's first day)."""
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
            year = next(iter(years), None)
            if year and (not dated or any(abs(int(year) - d) <= 1 for d in dated)):
                e = replace(e, date=year + e.date[4:])
        if (e.article, e.sentence, e.date) not in seen:
            seen.add((e.article, e.sentence, e.date))
            out.append(e)
    return out


def _events(story: Story, dates: dict[str, ArticleDate]) -> list[_Event]:
    """Every dated (sentence, date) of the story, in timeline order."""
    out: list[_Event] = []
    years = _written_years(story, dates)
    bounds = year_bounds(story.articles)
    # In a story no date places, a weekday alone is still a day of the story's week.
    undated = not any(d.date or d.window for d in dates.values())
    for a in story.articles:
        aid = a.article.id
        anchor = dates[aid].date
        seen: set[tuple[int, str]] = set()
        stamps = stamp_sentences(a)
        pairs = weekday_pairs(a) if anchor is None else []
        for t in a.times:
            if t.type not in {"DATE", "TIME"} or _year_as_name(a, t) or _vague(t):
                continue
            if a.sentence_index(t.start) in stamps or _embedded(a.article.text, t):
                continue
            if _restated(a, t):
                continue
            value = t.value
            window = dates[aid].window
            if t.relative and (value is None or a.article.published is None) and window:
                # Written on one of several days: the value all of them give, or none.
                value = resolve_in(t.relative, window)
            elif t.relative and (value is None or a.article.published is None):
                value = resolve_relative(t.relative, anchor)
                if value is None and anchor is None:
                    value = yearless(t.relative) or (weekday(t.relative) if undated else None)
                    value = _paired_year(value, t, pairs, bounds)
            alone = bool(value and WEEKDAY_VALUE.match(value))
            if not value or (precision(value) is None and not alone):
                continue
            borrowed = _borrowed_year(value, t, years)
            # A borrowed year is no longer read from the article's date.
            from_anchor = (
                (anchor_of(window) if window else anchor)
                if t.relative and borrowed == value
                else None
            )
            # The year goes with the day the expression names, before a count moves it.
            placed = near(borrowed, a.article.text, t)
            if placed is None:
                continue
            value, expression = placed
            if alone and (named := _WEEKDAY_NAME.search(expression)):
                # The weekday as written: words the parser joined after it and its part of
                # day ("Monday, three weeks", "Monday night just days") are another count.
                expression = expression[: named.end()]
            value = value.split("T")[0] if precision(value) == "time" else value
            sentence = a.sentence_index(t.start)
            if (sentence, value) in seen:
                continue
            seen.add((sentence, value))
            clause = event_clause(a, t)
            vector = clause_vector(story, clause)
            out.append(
                _Event(
                    value,
                    aid,
                    sentence,
                    expression,
                    "weekday" if alone else precision(value) or "day",
                    from_anchor,
                    vector,
                    event_words(clause),
                    int((t.relative or "::0").split("@")[0].split(":")[2]) if alone else 0,
                )
            )
    out = _given_years(out, {int(d.date[:4]) for d in dates.values() if d.date})
    # Same-day events first by day, then the wider periods starting that day after them.
    # Weekdays of no known week come last, those told in the past first, each in week order
    # (``week_start``), then in the order the articles tell them.
    starts = {
        told: week_start(
            {int(e.date[-1]) for e in out if e.precision == "weekday" and e.told == told}
        )
        for told in {e.told for e in out}
    }
    out.sort(key=lambda e: _order(e, starts.get(e.told, 1)))
    return out


def week_start(days: set[int]) -> int:
    """The weekday (1 Monday .. 7 Sunday) a story's weekdays of no known week are listed
    from: the one after the longest run of weekdays it does not name, since the days it
    tells are most likely one stretch ("Saturday, Sunday, Monday, Tuesday" of a fair, not
    "Monday, Tuesday, Saturday, Sunday"); Monday when it names none or all, or when two
    runs tie for the longest (no one stretch then: "Monday, Wednesday, Friday")."""
    gaps: dict[int, int] = {}
    for day in days:
        gap = 0
        while gap < 7 and (day - 2 - gap) % 7 + 1 not in days:
            gap += 1  # the unnamed days just before ``day``
        gaps[day] = gap
    longest = max(gaps.values(), default=0)
    starts = [day for day, gap in gaps.items() if gap == longest]
    return starts[0] if longest > 0 and len(starts) == 1 else 1


def _order(e: _Event, start: int = 1) -> tuple[object, ...]:
    """An event's place on the timeline (see ``_events``); ``start`` the weekday the
    weekday entries of its tense begin from (``week_start``)."""
    if e.precision == "weekday":
        return (True, e.told, (int(e.date[-1]) - start) % 7, e.article, e.sentence)
    return (False, start_of(e.date), len(e.date) != 10, e.date, e.article, e.sentence)


# Words two reports' clauses must share, in any case and no place's, when they share no
# lowercase word and no name but a place's ("attorney general" and "Attorney General").
SHARED_WORDS = 2


def _shares(a: _Event, b: _Event, places: frozenset[str]) -> bool:
    """Whether two reports' clauses tell one event (``event_words``): they share a lowercase
    content word, a name not a place's, or two words neither a place's, or are the same
    clause. A place or "said" alone is shared by many events of one day in a story."""
    names = a.words[1] & b.words[1]
    shared = (a.words[0] | a.words[1]) & (b.words[0] | b.words[1])
    return (
        bool(a.words[0] & b.words[0])
        or bool(names - places)
        or len(shared - places) >= SHARED_WORDS
        or float(a.vector @ b.vector) > 0.999
    )


def _places(story: Story) -> frozenset[str]:
    """The content words of the story's place names (GPE, LOC, FAC mentions)."""
    return frozenset(
        term
        for a in story.articles
        for m in a.mentions
        if m.type in {"GPE", "LOC", "FAC"}
        for term in event_words(m.text)[1]
    )


def build_timeline(story: Story, dates: dict[str, ArticleDate]) -> list[TimelineEntry]:
    """Dated entries in date order; an event several outlets report is one entry.

    Two reports are one event when they give the same date and the clauses around their
    expressions are alike (TF-IDF cosine at least ``MERGE_THRESHOLD``, sharing a word that
    tells an event: ``_shares``) with any report already in the entry; an entry holds at most one
    report per article.
    """
    groups: list[list[_Event]] = []
    places = _places(story)
    for event in _events(story, dates):
        # The most alike entry, not the first alike one: an early loose match would split
        # the reports of one event between entries.
        best, best_score = None, MERGE_THRESHOLD
        for group in groups:
            if group[0].date != event.date or any(g.article == event.article for g in group):
                continue
            if group[0].told != event.told:
                continue  # a Tuesday gone is not a Tuesday to come
            score = max(
                (float(g.vector @ event.vector) for g in group if _shares(g, event, places)),
                default=0,
            )
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
