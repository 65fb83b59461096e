"""The timeline: sentences placed at the absolute dates their time expressions resolve to
(relative ones re-resolved against an inferred date for undated articles), in date order,
with the same event from several outlets merged into one entry that cites them all."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import groupby

import numpy as np
from scipy.optimize import linear_sum_assignment

from crossbrief.analyze.times import resolve_relative
from crossbrief.model import AnalyzedArticle, SentenceRef, TimeExpr, TimelineEntry
from crossbrief.synthesize.date_pairs import weekday_pairs, year_bounds
from crossbrief.synthesize.date_window import anchor_of, resolve_in
from crossbrief.synthesize.dates import ArticleDate, clause_vector, event_clause
from crossbrief.synthesize.event_offsets import event_offsets
from crossbrief.synthesize.event_words import event_words
from crossbrief.synthesize.stamps import stamp_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline_borrowed_years import (
    DAY,
    borrowed_year,
    paired_year,
    written_years,
)
from crossbrief.synthesize.timeline_due import due_told
from crossbrief.synthesize.timeline_fragments import shown_first
from crossbrief.synthesize.timeline_intentions import intention, past_plan
from crossbrief.synthesize.timeline_nested import join_nested, when_clause
from crossbrief.synthesize.timeline_periods import background_ranges, finest
from crossbrief.synthesize.timeline_retold import retold
from crossbrief.synthesize.timeline_skips import no_entry, weekday_no_day
from crossbrief.synthesize.timeline_subjects import entry_text
from crossbrief.synthesize.timeline_values import (
    WEEKDAY_VALUE,
    near,
    precision,
    start_of,
    weekday,
    yearless,
)
from crossbrief.synthesize.timeline_years import given_years, latest_year
from crossbrief.synthesize.told_before import perfect_weekdays, told_before

# Clause similarity above which two reports of the same date are one event. Low because the
# date must already agree and the clauses are short (checked on the invented demo story only).
MERGE_THRESHOLD = 0.2

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
    # The sentence, its spaces collapsed: outlets printing one wire sentence tell one event.
    text: str = ""
    # The tense of its clause: -1 past, 1 future, 0 present or unknown.
    tense: int = 0


def _event(
    story: Story,
    a: AnalyzedArticle,
    t: TimeExpr,
    value: str,
    expression: str,
    anchor: str | None,
    alone: bool = False,
    told: int = 0,
) -> _Event:
    """The timeline event of ``t`` placed at ``value``, with its clause's vector and words."""
    span = a.sentences[a.sentence_index(t.start)]
    clause = f"{event_clause(a, t)} {when_clause(a.article.text, t.end, span.end)}"
    kind = "weekday" if alone else precision(value) or "day"
    words = event_words(clause)
    sentence = a.sentence_index(t.start)
    vector = clause_vector(story, clause)
    text = " ".join(a.sentence_text(sentence).split())
    return _Event(
        value, a.article.id, sentence, expression, kind, anchor, vector, words, told, text, t.tense
    )


def _events(story: Story, dates: dict[str, ArticleDate]) -> list[_Event]:
    """Every dated (sentence, date) of the story, in timeline order."""
    out: list[_Event] = []
    years = written_years(story, dates)
    bounds = year_bounds(story.articles)
    for a in story.articles:
        aid = a.article.id
        anchor = dates[aid].date
        seen: set[tuple[int, str]] = set()
        stamps = stamp_sentences(a)
        pairs = weekday_pairs(a) if anchor is None else []
        # The event's day takes the year the story corrects it to, as its own entry does.
        offsets = event_offsets(a, lambda value, o: borrowed_year(value, o, years))
        # A date an offset counts from in its own sentence is the offset's, not an entry.
        sources = {o.source for o in offsets.values()}
        # "Two days earlier": counted from the day told just before, or placed nowhere.
        counts = told_before(a, None if dates[aid].window else anchor)
        perfect = perfect_weekdays(a, None if dates[aid].window else anchor)
        for t in a.times:
            if a.sentence_index(t.start) in stamps or t.start in sources:
                continue
            if (offset := offsets.get(t.start)) is not None:
                # "two days before the storm hit", the storm's day given: counted from it
                if (a.sentence_index(t.start), offset.value) not in seen:
                    seen.add((a.sentence_index(t.start), offset.value))
                    out.append(_event(story, a, t, offset.value, offset.expression, offset.anchor))
                continue
            if (count := counts.get(t.start)) is not None:
                if count.value and (a.sentence_index(t.start), count.value) not in seen:
                    seen.add((a.sentence_index(t.start), count.value))
                    out.append(_event(story, a, t, count.value, count.expression, count.anchor))
                continue
            if t.type not in _PLACED or no_entry(a, t):
                continue
            value = t.value
            window = dates[aid].window
            if t.relative and (value is None or a.article.published is None) and window:
                # Written on one of several days: the value all of them give, or none (a
                # weekday alone of no known week then).
                value = resolve_in(t.relative, window) or weekday(t.relative)
            elif t.relative and (value is None or a.article.published is None):
                value = resolve_relative(t.relative, anchor)
                if value is None and anchor is None:
                    # A weekday alone is a weekday of no known week, never a guessed date:
                    # the other outlets' dates do not fix the week this one was written in.
                    value = yearless(t.relative) or weekday(t.relative)
                    value = paired_year(value, t, pairs, bounds)
            value = perfect.get(t.start, value)  # "had met on Tuesday", before Monday's
            alone = bool(value and WEEKDAY_VALUE.match(value))
            if not alone and anchor is None and not window and intention(a, t):
                # An undated article's possibility or plan ("might run in 2000"): no date
                # shows it is ahead, and dated entries have no "still to come" list.
                continue
            if past_plan(a, t):
                continue  # "had said he would stand in 2030": a plan as it stood, no event
            if not value or (precision(value) is None and not alone):
                continue
            if alone and weekday_no_day(a, t):
                continue  # "Bloody Sunday", "Monday through Friday": no day of a week
            borrowed = borrowed_year(value, t, years)
            # A borrowed year is no longer read from the article's date.
            from_anchor = (
                (anchor_of(window) if window else anchor)
                if t.relative and borrowed == value and not alone
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
            told = int((t.relative or "::0").split("@")[0].split(":")[2]) if alone else 0
            told = due_told(a, t, told) if alone else told  # "is due to open" on a weekday
            out.append(_event(story, a, t, value, expression, from_anchor, alone, told))
    out = finest(given_years(out, {int(d.date[:4]) for d in dates.values() if d.date}))
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


def _pair(
    batch: list[_Event], groups: list[list[_Event]], places: frozenset[str]
) -> dict[int, list[_Event]]:
    """The entry each of one outlet's reports of a day joins (by its place in ``batch``):
    the pairing of the most total likeness (``linear_sum_assignment``), each pair alike
    enough (TF-IDF cosine at least ``MERGE_THRESHOLD`` with a report of the entry that
    ``_shares`` words with it, or the same sentence as one of its reports); a report alike
    with no entry is paired with none."""
    if not groups:
        return {}
    scores = np.zeros((len(batch), len(groups)))
    for i, event in enumerate(batch):
        for j, group in enumerate(groups):
            scores[i, j] = max(
                (float(g.vector @ event.vector) for g in group if _shares(g, event, places)),
                default=0,
            )
            if event.text and any(g.text == event.text for g in group):
                # The same sentence, even where the clause by its date has no event words
                # ("up from 7% in 2031") to compare.
                scores[i, j] = 1.0
    # Likeness below the threshold pairs nothing, so it must not outweigh a pair above it.
    scores[scores < MERGE_THRESHOLD] = 0
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return {int(i): groups[int(j)] for i, j in zip(rows, cols, strict=True) if scores[i, j] > 0}


def _likeness(group: list[_Event], other: list[_Event], places: frozenset[str]) -> float:
    """How alike two entries' reports are: the best TF-IDF cosine of a pair that ``_shares``
    words, 1 for the same sentence printed twice."""
    if any(g.text and g.text == o.text for g in group for o in other):
        return 1.0
    return max(
        (float(g.vector @ o.vector) for g in group for o in other if _shares(g, o, places)),
        default=0.0,
    )


# Days from the day a dated entry's outlet wrote on within which its date may be the day an
# undated outlet names by its weekday alone (a weekday names a day of its writer's week).
WEEK = 6


def _fresh(group: list[_Event], dates: dict[str, ArticleDate]) -> bool:
    """Whether a dated entry's day is within ``WEEK`` days of the day one of its outlets
    wrote on: news an undated outlet could tell by its weekday, not a day weeks away."""
    day = dt.date.fromisoformat(group[0].date)
    written = [dates[e.article].date for e in group if e.article in dates]
    return any(abs((dt.date.fromisoformat(w[:10]) - day).days) <= WEEK for w in written if w)


def _join_weekdays(
    groups: list[list[_Event]], places: frozenset[str], dates: dict[str, ArticleDate]
) -> list[list[_Event]]:
    """Weekday entries of undated articles joined to the one dated entry of the same event
    (alike as ``_pair`` asks) whose day is that weekday and is fresh news (``_fresh``):
    another outlet's date tells the week the undated one did not. A weekday that is not the
    date's, or a weekday alike with two such entries (a board meeting every Tuesday), stays
    an entry of its own."""
    dated = [
        g
        for g in groups
        if g[0].precision == "day" and DAY.fullmatch(g[0].date) and _fresh(g, dates)
    ]
    out: list[list[_Event]] = []
    for group in groups:
        if group[0].precision != "weekday":
            out.append(group)
            continue
        day = int(group[0].date[-1])
        articles = {e.article for e in group}
        fits = [
            d
            for d in dated
            if dt.date.fromisoformat(d[0].date).isoweekday() == day
            and not articles & {e.article for e in d}
            and _likeness(group, d, places) >= MERGE_THRESHOLD
        ]
        if len(fits) == 1:
            fits[0].extend(group)  # listed as the dated entry's other reports
        else:
            out.append(group)
    return out


def _retellings(
    batch: list[_Event], places: frozenset[str]
) -> tuple[list[_Event], list[tuple[int, _Event]]]:
    """One article's reports of one day less those retelling an earlier one (``retold``, and
    alike as ``_pair`` asks), and those, each with the place of the report it retells."""
    kept: list[_Event] = []
    later: list[tuple[int, _Event]] = []
    for event in batch:
        first = next(
            (
                i
                for i, k in enumerate(kept)
                if _likeness([k], [event], places) >= MERGE_THRESHOLD
                and retold(k.text, event.text, places)
            ),
            None,
        )
        if first is None:
            kept.append(event)
        else:
            later.append((first, event))
    return kept, later


def build_timeline(story: Story, dates: dict[str, ArticleDate]) -> list[TimelineEntry]:
    """Dated entries in date order; an event several outlets report is one entry.

    Two reports are one event when they give the same date and the clauses around their
    expressions are alike (TF-IDF cosine at least ``MERGE_THRESHOLD``, sharing a word that
    tells an event: ``_shares``) with any report already in the entry; an entry holds at most one
    report per article, and an article's reports of a day are paired with the entries at
    once (``_pair``).
    """
    groups: list[list[_Event]] = []
    places = _places(story)
    # One outlet's reports of one day are paired with the entries together: an entry holds
    # one report per outlet, so a loose report read first must not take the entry its
    # outlet's own copy of the entry's sentence belongs to (the copy would stand alone).
    for _, run in groupby(_events(story, dates), key=lambda e: (e.date, e.told, e.article)):
        batch, retellings = _retellings(list(run), places)
        open_groups = [
            g
            for g in groups
            if g[0].date == batch[0].date
            and g[0].told == batch[0].told  # a Tuesday gone is not a Tuesday to come
            and all(e.article != batch[0].article for e in g)
        ]
        joined = _pair(batch, open_groups, places)
        for i, event in enumerate(batch):
            if i in joined:
                joined[i].append(event)
            else:
                groups.append([event])
                joined[i] = groups[-1]
        for i, event in retellings:
            joined[i].append(event)  # the article's retelling, cited with its first telling
    groups = _join_weekdays(groups, places, dates)
    # "in 2031" of one outlet, "in December 2031" of another: one event, at the finer date
    groups = join_nested(groups, lambda g, o: _likeness(g, o, places), MERGE_THRESHOLD)
    dated = {int(d.date[:4]) for d in dates.values() if d.date}
    groups = background_ranges(
        groups,
        dated or latest_year([e for g in groups for e in g]),
        lambda kept, group: _likeness(kept, group, places) >= MERGE_THRESHOLD,
    )
    index = {(s.article, s.index): s.text for s in story.sentences}
    # Show the report that reads alone, of the first report's precision (a weekday joined to
    # a dated entry keeps its own label); the entry keeps its first report's date. With none
    # that reads alone, the first report that can be shown (``entry_text``).
    out = []
    for g in groups:
        same = [e for e in g if e.precision == g[0].precision]
        texts = [(index[(e.article, e.sentence)], e.sentence == 0) for e in same]
        reports = [(e.article, e.sentence, *texts[i]) for i, e in enumerate(same)]
        chosen = entry_text(story, reports, shown_first(texts) or 0)
        if chosen is None:
            continue
        show, text = same[chosen[0]], chosen[1]
        out.append(
            TimelineEntry(
                date=g[0].date,
                precision=g[0].precision,
                text=text,
                article=show.article,
                sentence=show.sentence,
                expression=show.expression,
                anchor=show.anchor,
                also_in=tuple(SentenceRef(e.article, e.sentence) for e in g if e is not show),
                told=g[0].told,
            )
        )
    return out
