"""Timeline defects a reviewer reproduced in session 16's merges (invented text): two past
events sharing a range of years are two entries, a sentence's second event keeps its own
date beside a finer one, and an undated story's one future year does not strip its days'
year."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _rows(nlp: Any, *texts: str, published: str | None = None) -> list[tuple[str, str, str]]:
    articles = [Article(id=f"a{n}", text=t, published=published) for n, t in enumerate(texts)]
    brief = brief_articles(articles, nlp=nlp)
    return [(e.date, e.expression, e.article) for e in brief.timeline]


def test_two_past_events_of_one_range_of_years_stay_two_entries(nlp: Any) -> None:
    rows = _rows(
        nlp,
        "Tom Varga said he would run for mayor of Orsk. "
        "Varga led the city council in 2019-2024, before he left for a post in Velmora.",
        "Tom Varga entered the race for mayor of Orsk. "
        "The city's population fell by a third in 2019-2024 as the steel works shed jobs.",
        published="2031-05-02",
    )
    assert {a for d, _, a in rows if d == "2019"} == {"a0", "a1"}
    assert len([d for d, _, _ in rows if d == "2019"]) == 2


def test_one_past_event_of_a_range_told_twice_is_still_one_entry(nlp: Any) -> None:
    # Negative: the same past war told by two outlets stays one entry.
    rows = _rows(
        nlp,
        "Tom Varga fought in the 2010-2019 war in Velmora.",
        "Ann Lee, whose militia held the docks during the 2010-2019 war, chairs the board.",
        published="2031-05-02",
    )
    assert len([d for d, _, _ in rows if d == "2010"]) == 1


def test_a_later_period_beside_a_day_in_one_sentence_keeps_its_row(nlp: Any) -> None:
    rows = _rows(
        nlp,
        "Velmora Glass said on Monday that it would close its Orsk plant later this year.",
        published="2031-05-06",
    )
    assert ("2031-05-05", "Monday") in [(d, e) for d, e, _ in rows]
    assert "2031" in [d for d, _, _ in rows]


def test_a_month_of_the_year_in_one_sentence_still_drops_the_bare_year(nlp: Any) -> None:
    # Negative: "in 2031" says nothing "in March 2031" of the same sentence does not.
    rows = _rows(
        nlp,
        "Ann Lee ran the harbour of Velmora in 2031 and was made its chairman in March 2031.",
    )
    assert "2031-03" in [d for d, _, _ in rows]
    assert "2031" not in [d for d, _, _ in rows]


def test_an_undated_storys_future_year_leaves_its_days_their_year(nlp: Any) -> None:
    rows = _rows(
        nlp,
        "Workers at the Orsk glass plant voted in March 2031 to strike over pay. "
        "The owners said that a new furnace would open in September 2033. "
        "The strike began on March 9 and has closed two furnaces.",
        "Workers walked out on March 9 after talks with management failed, Ann Lee said. "
        "The union says its members have not had a rise since 2028.",
    )
    assert "2031-03-09" in [d for d, _, _ in rows]
    assert "2033-09" in [d for d, _, _ in rows]


def test_an_undated_storys_far_past_year_still_stays_with_its_aside(nlp: Any) -> None:
    # Negative: a year far before the story's latest (past) year dates no day it does not tie.
    rows = _rows(
        nlp,
        "Ann Lee told the board in Velmora on Aug. 17 that the quay was unsafe. "
        "The board met for nine hours. "
        "It was the worst quarrel since Tom Reyes resigned as mayor on Aug. 9, 1990.",
        "Ann Lee became harbour master of Velmora in 2031.",
    )
    assert "1990-08-17" not in [d for d, _, _ in rows]
