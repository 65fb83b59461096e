"""Dates of the story's articles: the given ones, and inferred ones for undated articles.

An article is written after the events it reports in the past tense and before those it
announces in the future tense. So an undated article's date is the latest day it reports as
past, provided no future-tense event of the article falls before it. Days come from:

- weekdays it names in the past tense, resolved near the story's date (the median date of
  its dated articles): "on Monday promised" is the Monday nearest that date; only when the
  story has ``WEEKDAY_MIN_DATED`` dated articles (one does not fix the story's week), and a
  weekday with no past tense ("the vote is on Monday") says nothing;
- month-days it names in the past tense, resolved the same way: the article is on or after
  them, but they do not give its day (a month-day may be weeks back);
- full dates it gives with a year, by the tense of their clause: told in the past they are
  on or before the article's day, in the future on or after it (only within ``NEAR_DAYS``
  of the story date);
- counts anchored to a date it gives: "the strike entering its ninth day" with "began on
  May 2" is May 10 (day 1 is the start day); such a count is the article's present, so
  it fixes the date rather than bounding it;
- other articles of the story that date the same event: a clause close to one of a dated
  article (TF-IDF cosine at least ``SAME_EVENT``, ``event_clause``) whose expression
  resolved to a day with the same weekday gives that day; a "yesterday" there gives the
  date itself;
- a weekday named with its year-less date ("Tuesday (6 January)") or a count of years back
  with its weekday ("10 years ago Monday"), which hold in a few years only
  (``date_pairs``: never after the story's latest dated article, or today).

Future-tense expressions ("will be towed in by Thursday") never date an article; a future
month-day only rules out dates after it (a future weekday is counted forward from whatever
day the article has, so it bounds nothing). When nothing places it, the article stays undated: no guess
without evidence.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from crossbrief.analyze.times import resolve_relative
from crossbrief.analyze.timex import ORDINALS
from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.date_pairs import (
    Clue,
    Pair,
    anniversary_clues,
    fits,
    pair_clues,
    phrase,
    weekday_pairs,
)
from crossbrief.synthesize.date_window import windows
from crossbrief.synthesize.stamps import datelines, stamp_sentences, updated_stamp
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import concept_terms, content_terms

# Two clauses of different outlets this similar (TF-IDF cosine, the time expression left
# out) report the same event. Higher than the timeline's merge: a wrong match misdates.
SAME_EVENT = 0.35
# A full date told in the past or future bounds an undated article's date only this close
# to the story date (the median of its dated articles).
NEAR_DAYS = 31
# An inferred date further than this from the story's other articles (the median of the
# dated ones, else of the other inferred ones) is not used: one misread clue would move a
# whole article's timeline by years (an article is about its story's news).
STORY_DAYS = 366
# Dated articles a story needs before a weekday near its date can date another article
# (bench/dates.py: with one, weekday-only inferences were right 10 times and wrong 8 on dev).
WEEKDAY_MIN_DATED = 2
# Clause bounds: punctuation, but not the comma of a number ("230,000 people").
_BOUND = re.compile(r"[;:()\u2014\"\u201c\u201d]|(?<!\d),|,(?!\d)|\s-\s")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# A day said to be the place's ("Saturday morning local time", "Saturday (local time)").
_LOCAL_TIME = re.compile(r"[\s,(]*(?:\w+\s+)?local\s+time\b", re.I)
_ORDINAL_COUNT = re.compile(
    r"\b(\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th|twelfth|twentieth)\s+day\b", re.I
)


@dataclass(frozen=True)
class ArticleDate:
    date: str | None
    inferred: bool
    evidence: str | None
    # For an article no clue dates to one day (undated, or dated by a day it tells in the
    # past): the first and last day it may have been written on (``date_window``); its
    # relative times keep a value only where every one of those days gives the same.
    window: tuple[str, str] | None = None


def _median(dates: list[str]) -> str | None:
    if not dates:
        return None
    ordered = sorted(dates)
    return ordered[(len(ordered) - 1) // 2]


def infer_dates(story: Story, today: dt.date | None = None) -> dict[str, ArticleDate]:
    """The date of every article of the story, with whether and from what it was inferred;
    ``today`` (the run's date by default) is the latest day a year search may find."""
    known = {a.article.id: a.article.published for a in story.articles if a.article.published}
    anchor = _median(list(known.values()))
    # A clue that searches years for its weekday stops at the story's latest dated article
    # (an undated one is no later than that), or at today in a story with none.
    latest = dt.date.fromisoformat(max(known.values())[:10]) if known else today or dt.date.today()
    near = dt.date.fromisoformat(anchor[:10]) if anchor else None
    vectors = _EventVectors(story)
    out: dict[str, ArticleDate] = {}
    for a in story.articles:
        aid = a.article.id
        if aid in known:
            out[aid] = ArticleDate(known[aid], False, None)
            continue
        # One dated article does not fix the story's week: a weekday near it is a guess.
        weekdays = len(known) >= WEEKDAY_MIN_DATED
        clues = _own_clues(a, anchor, weekdays) + _clues_from_others(story, a, known, vectors)
        pairs = weekday_pairs(a)
        told = pair_clues(pairs, clues, latest, near) + anniversary_clues(a, clues, latest)
        got = _decide(clues + told, pairs)
        if got.window and got.date and written_out(a, got.date):
            got = ArticleDate(got.date, got.inferred, got.evidence)  # its own day, written out
        out[aid] = got
    out = _near_the_story(out, near)
    return _with_windows(story, out, vectors)


def _with_windows(
    story: Story, out: dict[str, ArticleDate], vectors: _EventVectors
) -> dict[str, ArticleDate]:
    """Undated articles given the window of days other outlets' reports allow them."""
    if all(d.date for d in out.values()):
        return out
    dated = {aid: d.date for aid, d in out.items()}
    own = {
        a.article.id: bool(a.article.published)
        or bool((d := out[a.article.id].date) and written_out(a, d))
        for a in story.articles
    }
    found = windows(story, dated, own, vectors, SAME_EVENT)
    return {
        aid: ArticleDate(d.date, d.inferred, d.evidence, found.get(aid, d.window))
        for aid, d in out.items()
    }


def _near_the_story(out: dict[str, ArticleDate], near: dt.date | None) -> dict[str, ArticleDate]:
    """Drop an inferred date more than ``STORY_DAYS`` from the story date or, in a story
    with no dated article, from the median of its three or more inferred dates (with two,
    which one is off is not known)."""
    inferred = [d.date for d in out.values() if d.inferred and d.date]
    centre = near
    if centre is None and len(inferred) >= 3:
        centre = dt.date.fromisoformat((_median(inferred) or "")[:10])
    if centre is None:
        return out
    return {
        aid: ArticleDate(None, False, None)
        if got.inferred
        and got.date
        and abs((dt.date.fromisoformat(got.date[:10]) - centre).days) > STORY_DAYS
        else got
        for aid, got in out.items()
    }


def _tense(relative: str) -> int:
    """The tense a relative form carries (its direction), 0 when it has none."""
    parts = relative.split("@")[0].split(":")
    if parts[0] == "W":
        return int(parts[2])
    if parts[0] == "MD" and len(parts) > 3:
        return int(parts[3])
    return 0


def _own_clues(a: AnalyzedArticle, anchor: str | None, weekdays: bool = True) -> list[Clue]:
    clues: list[Clue] = []
    # Days a count can start from: the ones the article gives, a year-less "Feb. 24" placed
    # near the story date.
    starts = [t.value[:10] for t in a.times if t.value and _DAY.match(t.value) and not t.relative]
    for t in a.times:
        if t.relative and t.relative.startswith("MD:") and anchor:
            day = resolve_relative(t.relative, anchor)
            if day:
                starts.append(day)
    stamps = stamp_sentences(a)
    heads = datelines(a)

    def stamped(t: TimeExpr) -> bool:
        return a.sentence_index(t.start) in stamps

    for t in a.times:
        if updated_stamp(a, t):
            continue  # "on March 3, ..., updated March 9": first published on March 3
        rel = t.relative
        full = t.value[:10] if t.value and _DAY.match(t.value) and not rel else None
        entry = bool(full) and _heads_entry(a, t)
        # A dateline with no verb ("Nov. 05, 2030 | 4:15 p.m."): the article's own day.
        dateline = bool(full) and not t.tense and not entry and a.sentence_index(t.start) in heads
        if (
            full
            and (t.tense or entry or dateline)
            and t.type in {"DATE", "TIME"}
            and _near(full, anchor)
        ):
            # A full date told in the past was before the article, one told in the future
            # after it: "the talks ended on March 5, 2022", "will vote on March 9, 2022";
            # a chronology's entry in the (historical) present is past, one told in the
            # future ("April 2, 2022: The law will take effect") is still to come.
            kind = "past" if t.tense < 0 or ((entry or dateline) and t.tense == 0) else "future"
            how = (
                "a dateline"
                if dateline
                else "a chronology entry"
                if entry and t.tense == 0
                else f"{kind} tense"
            )
            if kind == "past" and anchor is None and not entry and not stamped(t):
                # With no dated article to say how far back it is, a day told in the past
                # ("the truce ended on May 4, 2031") only shows the article is later;
                # a dateline's ("Posted May 9th 2031") is the article's own.
                kind = "after"
            clues.append(Clue(full, kind, f"{phrase(a, t)}, {how}", t))
        elif rel and anchor and rel.split(":")[0] in {"W", "MD"}:
            form = rel.split("@")[0].split(":")
            tense = _tense(rel)
            if form[0] == "W" and not weekdays:
                continue
            if _LOCAL_TIME.match(a.article.text, t.end):
                continue  # the place's day, which may be the outlet's day before or after
            if abs(tense) > 1:
                continue  # "last Monday" is a week off whichever way the story date errs
            # Resolve near the story date; the tense then says which side the article is on.
            nearest = f"W:{form[1]}:0" if form[0] == "W" else f"MD:{form[1]}:{form[2]}"
            day = resolve_relative(nearest, anchor)
            if day is None:
                continue
            if tense > 0 and form[0] == "MD":
                why = f"{phrase(a, t)}, future, near {anchor}"
                clues.append(Clue(day, "future", why, t))
            elif tense > 0:
                # A weekday to come is resolved forward from whatever day the article has:
                # it bounds nothing.
                continue
            elif tense < 0:
                # Only a day told in the past shows the article was written after it; a
                # month-day may be weeks back: it bounds the date but does not give it.
                kind = "past" if form[0] == "W" else "after"
                why = f"{phrase(a, t)} nearest the story date {anchor}"
                clues.append(Clue(day, kind, why, t))
        elif (n := _count(t)) and (start := _count_start(starts, anchor)) and not _quoted(a, t):
            day = (dt.date.fromisoformat(start) + dt.timedelta(days=n - 1)).isoformat()
            clues.append(Clue(day, "exact", f"{phrase(a, t)} counted from {start}", t))
    return clues


def _heads_entry(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time opens its sentence and a colon follows it: a chronology's entry ("May
    4, 2001: Lee names him harbour minister"), an event before the article."""
    span = a.sentences[a.sentence_index(t.start)]
    text = a.article.text
    return not text[span.start : t.start].strip() and text[t.end : span.end].lstrip()[:1] == ":"


def _near(day: str, anchor: str | None) -> bool:
    """Whether a day is close enough to the story date to bound an article's date: a past
    date years back ("founded on May 1, 1990") says nothing about when the article was
    written."""
    if anchor is None:
        return True
    gap = abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(anchor)).days)
    return gap <= NEAR_DAYS


def _count(t: TimeExpr) -> int | None:
    """N of an ordinal day ("its twelfth day": 12), else None."""
    m = _ORDINAL_COUNT.search(t.text) if t.type in {"DATE", "DURATION"} else None
    if m is None:
        return None
    word = m.group(1).lower()
    return ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)


def _count_start(starts: list[str], anchor: str | None) -> str | None:
    """The day a count starts from: the earliest day the article gives, within a year before
    the story date when there is one (a birth date is not the start of a war); with none
    that near, no day (a count from a day years back is another count: "in my first week
    as mayor" said in a speech years before)."""
    if anchor:
        base = dt.date.fromisoformat(anchor)
        near = [s for s in starts if 0 <= (base - dt.date.fromisoformat(s)).days <= 366]
        return min(near, default=None)
    return min(starts, default=None)


def _quoted(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time is inside a direct or partial quote: the speaker's own count or day, told when
    the speaker spoke, not when the article was written."""
    return any(q.kind != "indirect" and q.start <= t.start < q.end for q in a.quotes)


def event_clause(a: AnalyzedArticle, t: TimeExpr) -> str:
    """The clause of the sentence around a time expression, without the expression itself:
    what happened then ("ran aground off Velmora early"), not the day's name, which every
    event of that day shares."""
    span = a.sentences[a.sentence_index(t.start)]
    text = a.article.text
    left = max((m.end() for m in _BOUND.finditer(text, span.start, t.start)), default=span.start)
    m = _BOUND.search(text, t.end, span.end)
    clause = text[left : t.start] + " " + text[t.end : m.start() if m else span.end]
    if not content_terms(clause):
        # An expression alone between bounds dates the clauses beside it: a fronted one ("In
        # 2004, a quake struck") the one after its comma, "at 5 p.m. (1400 GMT)" the one
        # before its bracket.
        if m:
            after = _BOUND.search(text, m.end(), span.end)
            clause += " " + text[m.end() : after.start() if after else span.end]
        if left > span.start:
            bounds = _BOUND.finditer(text, span.start, left - 1)
            clause = text[max((b.end() for b in bounds), default=span.start) : left] + clause
    return clause


def clause_vector(story: Story, text: str) -> np.ndarray:
    """A clause as a unit TF-IDF vector over the story's sentence vocabulary."""
    vocab, idf = story.tfidf.vocab, story.tfidf.idf
    v = np.zeros(len(vocab))
    for term, count in Counter(concept_terms(text)).items():  # the story TF-IDF's words
        if term in vocab:
            v[vocab[term]] = (1 + math.log(count)) * idf[vocab[term]]
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


class _EventVectors:
    """``clause_vector`` of ``event_clause`` for a story's times, each made once: every
    undated article compares its times with every dated article's, and the date windows
    compare them all again."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self._made: dict[tuple[str, int, int], np.ndarray] = {}

    def __call__(self, a: AnalyzedArticle, t: TimeExpr) -> np.ndarray:
        """The vector of the event ``t`` dates in article ``a`` (never to be changed)."""
        key = (a.article.id, t.start, t.end)
        if key not in self._made:
            self._made[key] = clause_vector(self.story, event_clause(a, t))
        return self._made[key]


def _clues_from_others(
    story: Story, a: AnalyzedArticle, known: dict[str, str], vectors: _EventVectors
) -> list[Clue]:
    """Days other, dated articles give to the events this article dates relatively."""
    dated: list[tuple[np.ndarray, str, str]] = []  # (clause vector, day, source)
    for other in story.articles:
        if other.article.id not in known:
            continue
        for t in other.times:
            if t.value and _DAY.match(t.value) and t.type in {"DATE", "TIME"}:
                vector = vectors(other, t)
                dated.append((vector, t.value[:10], other.article.source or other.article.id))
    clues: list[Clue] = []
    for t in a.times:
        rel = t.relative
        if not dated or not rel or rel.split(":")[0] not in {"W", "D"}:
            continue
        here = vectors(a, t)
        score, day_text, source = max(
            ((float(here @ v), day, src) for v, day, src in dated), key=lambda x: (x[0], x[1])
        )
        if score < SAME_EVENT:
            continue
        day = dt.date.fromisoformat(day_text)
        kind = rel.split("@")[0].split(":")
        why = f"{phrase(a, t)} is the {day_text} event {source} reports"
        if kind[0] == "W" and day.weekday() == int(kind[1]):
            tense = int(kind[2])
            clues.append(Clue(day_text, "future" if tense > 0 else "past", why))
        elif kind[0] == "D":
            own = (day - dt.timedelta(days=int(kind[1]))).isoformat()
            clues.append(Clue(own, "exact", why))
    return clues


def _decide(clues: list[Clue], pairs: Sequence[Pair] = ()) -> ArticleDate:
    exact = [c for c in clues if c.kind == "exact"]
    past = [c for c in clues if c.kind == "past"]
    future = [c for c in clues if c.kind == "future"]
    upper = min((c.day for c in future), default=None)
    lower = max((c.day for c in clues if c.kind == "after"), default=None)
    if exact:
        # Several counts agree or the latest wins; it must not pass a future-tense event.
        day = max(c.day for c in exact)
    elif past:
        day = max(c.day for c in past)
    else:
        return ArticleDate(None, False, None)
    chosen = [c for c in exact + past if c.day == day]
    if (upper is not None and day > upper) or (lower is not None and day < lower):
        # Contradictory tenses: the evidence cannot be trusted to date the article.
        return ArticleDate(None, False, None)
    if any(not fits(p, day) for p in pairs):
        # "Tuesday (6 January)" is no Tuesday in that year: the clues date another year.
        return ArticleDate(None, False, None)
    why = "; ".join(sorted({c.why for c in chosen}))
    if upper is not None:
        why += f"; not after the future-tense {upper}"
    if exact:
        return ArticleDate(day, True, why)
    # A day told in the past ("hit on Tuesday") was the article's day or one of the six after
    # it (a weekday alone names a day of the past week): relative times keep only the value
    # every one of those days gives (``date_window``). Every past day of the latest's week
    # bounds the window: written after a Thursday, it is still within six days of the
    # Tuesday; a past day further back (a chronology's earlier entry) bounds nothing.
    ends = [(dt.date.fromisoformat(c.day) + dt.timedelta(days=6)).isoformat() for c in past]
    last = min(end for end in ends if end >= day)
    return ArticleDate(day, True, why, (day, min(last, upper) if upper else last))


def written_out(a: AnalyzedArticle, day: str) -> bool:
    """Whether the article writes ``day`` out in full, year and all ("July 2, 2013", a
    dateline's "Tue Jul 02 2013"): a day inferred from it is the article's own, while one
    reached from a weekday ("hit on Wednesday") is only a day the article was written after."""
    return any(
        t.value is not None
        and t.value[:10] == day
        and not t.relative
        and t.type in {"DATE", "TIME"}
        for t in a.times
    )
