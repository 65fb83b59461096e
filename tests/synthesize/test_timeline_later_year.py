"""A bare month-day of an undated article does not take the year of a day of that month the
same article writes only after it: writers give a day's year where they first tell it, so
the bare day told before is of the article's own time (session 19; invented text)."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _dates(nlp: Any, text: str) -> list[str]:
    article = Article(id="a", text=text)
    return [e.date for e in brief_articles([article], nlp=nlp).timeline]


def test_a_day_with_its_year_written_later_gives_no_year_to_a_bare_day_before(nlp: Any) -> None:
    text = (
        "The Velmora harbour board bought 200 boats from Orlen Marine on Aug. 26, the board "
        "said in a filing. It bought its first boats under a supply deal signed on Aug. 10, "
        "2028, the filing said."
    )
    dates = _dates(nlp, text)
    assert "2028-08-10" in dates
    assert "2028-08-26" not in dates
    assert "XXXX-08-26" in dates


def test_a_day_with_its_year_written_before_still_dates_a_bare_day_after(nlp: Any) -> None:
    # Negative: the narrative's year, written first, still dates the bare day after it.
    text = (
        "The Velmora harbour board signed a supply deal with Orlen Marine on Aug. 10, 2028, "
        "the board said in a filing. It bought 200 boats from Orlen Marine on Aug. 26, the "
        "filing said."
    )
    dates = _dates(nlp, text)
    assert "2028-08-10" in dates
    assert "2028-08-26" in dates
