"""Timeline rows from session 16's third read (invented text): a year-less day takes no year
of a historical aside told elsewhere in its article, only one its own sentence or the one
before ties its month to; one sentence gives one row per period, the most precise."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _dates(nlp: Any, *texts: str) -> list[tuple[str, str]]:
    articles = [Article(id=f"a{n}", text=text) for n, text in enumerate(texts)]
    brief = brief_articles(articles, nlp=nlp)
    return [(e.date, e.expression) for e in brief.timeline]


def test_a_yearless_day_takes_no_year_of_an_aside_later_in_its_article(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "Ann Lee told a grand jury in Velmora on Aug. 17 that the quay was unsafe. "
        "The harbour board met for nine hours. "
        "It was the worst quarrel since Tom Reyes resigned as mayor of Orlen on Aug. 9, 1990.",
        "Ann Lee became harbour master of Velmora in 2031.",
    )
    assert ("1990-08-17", "Aug. 17") not in dates
    assert ("XXXX-08-17", "Aug. 17") in dates
    assert ("1990-08-09", "Aug. 9, 1990") in dates


def test_a_yearless_day_takes_the_aside_year_its_previous_sentence_ties(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "In August 1990, the harbour board of Velmora lost its funds. "
        "On Aug. 17 its chairman Tom Reyes resigned.",
        "Ann Lee became harbour master of Velmora in 2031.",
    )
    assert ("1990-08-17", "Aug. 17") in dates


def test_a_sentence_with_a_year_and_a_month_of_it_is_one_row_at_the_month(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "Ann Lee ran the harbour of Velmora (2027-2031) before she was made chairman "
        "of the board in March 2031.",
    )
    assert ("2031-03", "March 2031") in dates
    assert not any(date == "2031" for date, _ in dates)
    # a year of another period in the same sentence stays its own row
    assert any(date == "2027" for date, _ in dates)


def test_a_range_of_years_written_in_full_is_one_row(nlp: Any) -> None:
    dates = _dates(nlp, "Ann Lee played for Velmora in the 2031-2032 season.")
    assert dates == [("2031", "2031-2032 season")]


def test_a_past_range_told_by_several_outlets_is_one_entry(nlp: Any) -> None:
    articles = [
        Article(id="a0", text="Tom Reyes fought in the 1990-2001 war in Velmora."),
        Article(
            id="a1",
            text="Ann Lee, whose militia held the docks during the 1990-2001 war, "
            "now chairs the harbour board.",
        ),
        Article(id="a2", text="Ann Lee was elected mayor of Velmora in 2031."),
    ]
    rows = brief_articles(articles, nlp=nlp).timeline
    wars = [e for e in rows if e.date == "1990"]
    assert len(wars) == 1
    assert {wars[0].article, *(s.article for s in wars[0].also_in)} == {"a0", "a1"}


def test_a_range_running_into_the_storys_year_stays_one_entry_per_event(nlp: Any) -> None:
    articles = [
        Article(
            id="a0",
            text="Tom Reyes was sacked by Velmora following a weak opening to the 2030-31 season.",
        ),
        Article(id="a1", text="Ann Lee hoped the 2030-31 season would be a good one for Velmora."),
        Article(id="a2", text="Ann Lee was made coach of Velmora in 2031."),
    ]
    rows = brief_articles(articles, nlp=nlp).timeline
    assert len([e for e in rows if e.date == "2030"]) == 2


def _expressions(nlp: Any, text: str) -> list[str]:
    brief = brief_articles([Article(id="a", text=text, published="2040-12-14")], nlp=nlp)
    return [e.expression for e in brief.timeline]


def test_a_count_of_hours_after_a_date_is_no_part_of_its_label(nlp: Any) -> None:
    text = (
        "Tom Reyes was detained at the Orlen docks on Nov. 30, some hours before the bridge shut."
    )
    assert _expressions(nlp, text) == ["Nov. 30"]


def test_a_weekday_and_its_date_after_a_comma_stay_one_label(nlp: Any) -> None:
    text = "The harbour board of Velmora will meet on Monday, Dec. 17, Ann Lee said."
    assert _expressions(nlp, text) == ["Monday, Dec. 17"]
