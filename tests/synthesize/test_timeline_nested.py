"""One event told by outlets at different precisions is one timeline entry, at the finer date
("in 2003" of one outlet joins "in December 2003" of another); a "when" clause after a date
tells that date's event, so another outlet's report of it joins the entry (invented text).
A year written right after a month of its sentence ("February in 2003") is that month's, no
entry of its own. Negative cases: unlike events, one outlet's two sentences, a year counted
from the article's date ("last year") and a year apart from the month stay entries of their
own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crossbrief.model import Article, TimelineEntry
from crossbrief.pipeline import brief_articles
from crossbrief.synthesize.timeline_periods import finest

SOUGHT = (
    "Orlen Dairies sought protection from its creditors in December 2003 after finding a "
    "hole of 4bn crowns in its accounts."
)
GRANTED = (
    "The dairy firm was granted protection from its creditors in 2003 after revealing "
    "debts of 4bn crowns."
)


def _timeline(nlp: Any, *texts: str, published: str | None = "2005-06-14") -> list[TimelineEntry]:
    articles = [
        Article(id=f"a{n}", text=text, source=f"Outlet {n}", published=published)
        for n, text in enumerate(texts)
    ]
    return list(brief_articles(articles, nlp=nlp).timeline)


def _cited(entry: TimelineEntry) -> set[tuple[str, int]]:
    return {(entry.article, entry.sentence), *((r.article, r.sentence) for r in entry.also_in)}


def test_a_year_joins_the_same_event_told_at_its_month(nlp: Any) -> None:
    timeline = _timeline(nlp, SOUGHT, GRANTED)
    assert [e.date for e in timeline] == ["2003-12"]
    assert timeline[0].text == SOUGHT
    assert _cited(timeline[0]) == {("a0", 0), ("a1", 0)}


def test_unlike_events_of_the_year_and_its_month_stay_apart(nlp: Any) -> None:
    # Negative: the year's report tells another event.
    timeline = _timeline(nlp, SOUGHT, "A new ferry quay opened in Velmora in 2003.")
    assert sorted(e.date for e in timeline) == ["2003", "2003-12"]


def test_one_outlets_year_and_month_stay_two_entries(nlp: Any) -> None:
    # Negative: an entry holds one report per outlet.
    timeline = _timeline(nlp, f"{SOUGHT} {GRANTED}")
    assert sorted(e.date for e in timeline) == ["2003", "2003-12"]


def test_a_year_counted_from_the_articles_date_stays_apart(nlp: Any) -> None:
    # Negative: "last year" frames what an article sums up; only a year written out joins.
    timeline = _timeline(
        nlp,
        SOUGHT,
        "The dairy firm was granted protection from its creditors last year after revealing "
        "debts of 4bn crowns.",
        published="2004-06-14",
    )
    assert sorted(e.date for e in timeline) == ["2003", "2003-12"]


WANTS = "The board wants the new harbour rules passed by 21 May, when the old harbour laws lapse."
LAPSE = "The old harbour laws, which date from the war, will lapse on 21 May."


def test_a_when_clause_tells_its_dates_event(nlp: Any) -> None:
    timeline = _timeline(nlp, WANTS, LAPSE, published=None)
    assert len(timeline) == 1, [(e.date, e.text) for e in timeline]
    assert _cited(timeline[0]) == {("a0", 0), ("a1", 0)}


def test_without_the_when_clause_the_reports_stay_apart(nlp: Any) -> None:
    # Negative: the deadline alone shares no word with the laws' lapse.
    timeline = _timeline(
        nlp, "The board wants the new harbour rules passed by 21 May.", LAPSE, published=None
    )
    assert len(timeline) == 2


def test_a_year_written_right_after_a_day_is_no_entry_of_its_own(nlp: Any) -> None:
    timeline = _timeline(nlp, "Ann Lee opened the Orlen ferry quay in February in 2003.")
    assert [e.date for e in timeline] == ["2003-02"], [(e.date, e.text) for e in timeline]


@dataclass(frozen=True)
class _Told:
    date: str
    expression: str
    text: str
    article: str = "a"
    sentence: int = 0


def test_a_year_apart_from_the_day_keeps_its_entry() -> None:
    # Negative: the year is written elsewhere in the sentence, not right after the month.
    text = "The quay opened in February and closed for good in 2003."
    events = [_Told("2003-02", "February", text), _Told("2003", "2003", text)]
    assert finest(events) == events
    joined = "The quay opened in February in 2003."
    events = [_Told("2003-02", "February", joined), _Told("2003", "2003", joined)]
    assert finest(events) == events[:1]
