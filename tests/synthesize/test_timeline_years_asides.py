"""The year of a year-less month-day ("on Aug. 7") in an undated story: a month named with
a year ("in August 2031") is often a background episode's, so it dates a bare day only in
the day's own sentence or the one before, and not when the article already told a bare day
of that month before it (its days were the story's own before the aside came); a day named
with its year ("Aug. 7, 2031", "Aug. 2, 2031") still dates the story's days of that month."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _dates(nlp: Any, *texts: str) -> list[tuple[str, str]]:
    articles = [Article(id=f"a{n}", text=text) for n, text in enumerate(texts)]
    brief = brief_articles(articles, nlp=nlp)
    return [(e.date, e.expression) for e in brief.timeline]


def test_a_month_aside_in_another_article_does_not_date_a_bare_day(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "A fire destroyed the ferry terminal in Orlen on Aug. 7, the harbour board said.",
        "Investigators said a fuel tank had been moved in August 2031 by a crew from Velmora.",
    )
    assert ("XXXX-08-07", "Aug. 7") in dates
    assert not any(date.endswith("-08-07") and date[:4].isdigit() for date, _ in dates)


def test_a_month_aside_far_back_in_its_article_does_not_date_a_bare_day(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "Ann Lee joined the harbour board in August 2031. "
        "She had worked as a pilot in Velmora for ten years. "
        "Her brother Tom Reyes runs a bakery near the quay. "
        "The board has eleven members and meets in the old customs house. "
        "A fire destroyed the ferry terminal in Orlen on Aug. 7.",
    )
    assert ("XXXX-08-07", "Aug. 7") in dates


def test_a_month_aside_after_the_articles_own_bare_day_dates_no_later_day(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "A fire destroyed the ferry terminal in Orlen on Aug. 7. "
        "Investigators said a fuel tank had been moved in August 2031 by a crew. "
        "On Aug. 20 the harbour board closed the quay.",
    )
    assert ("XXXX-08-07", "Aug. 7") in dates
    assert ("XXXX-08-20", "Aug. 20") in dates


def test_the_same_day_named_with_its_year_still_dates_a_bare_day(nlp: Any) -> None:
    # Negative case: the year the story gives the very day, or a day of that month, stays.
    dates = _dates(
        nlp,
        "A fire destroyed the ferry terminal in Orlen on Aug. 7, the harbour board said.",
        "Investigators said a fuel tank had been moved in August 2029 by a crew from Velmora.",
        "The terminal burned down on Aug. 7, 2031, and reopened in the spring.",
    )
    assert ("2031-08-07", "Aug. 7") in dates
    dates = _dates(
        nlp,
        "A fire destroyed the ferry terminal in Orlen on Aug. 7. "
        "She had worked as a pilot in Velmora for ten years. "
        "Her brother Tom Reyes runs a bakery near the quay. "
        "On Aug. 20 the harbour board closed the quay.",
        "The harbour board first met on Aug. 2, 2031, in Velmora.",
    )
    assert ("2031-08-20", "Aug. 20") in dates


def test_a_month_named_with_its_year_just_before_still_dates_a_bare_day(nlp: Any) -> None:
    # Negative case: "In August 2031 ... on Aug. 7" in the next sentence is that August.
    dates = _dates(
        nlp,
        "In August 2031, dock workers walked out across Orlen. "
        "On Aug. 7 the harbour board closed the quay.",
    )
    assert ("2031-08-07", "Aug. 7") in dates


def _years(nlp: Any, text: str) -> list[str]:
    brief = brief_articles([Article(id="a", text=text)], nlp=nlp)
    return [e.date for e in brief.timeline]


def test_years_naming_the_things_a_statement_is_about_date_no_row(nlp: Any) -> None:
    # "the regattas of 1986 and 1988", "the 1986 Orlen Games": which regattas or Games an
    # allegation is about, not when anything in the sentence happened.
    years = _years(
        nlp,
        "Ann Lee, a member of the harbour board, alleged bribery in the bids "
        "for the regattas of 1986, 1988, 1990 and 1992.",
    )
    assert not any(y[:4] in {"1986", "1988", "1990", "1992"} for y in years)
    years = _years(
        nlp,
        "Tom Reyes claimed a rigged ballot over the 1986 Orlen Games, "
        "1988 Velmora Games and 1990 Tarnish Games.",
    )
    assert not any(y[:4] in {"1986", "1988", "1990"} for y in years)


def test_a_year_naming_the_sentences_own_subject_still_dates_it(nlp: Any) -> None:
    # Negative cases: the named thing is what the sentence tells ("The regatta of 1988
    # ended ..."), or the year is the time of the statement's own event ("in 1988"), ...
    assert "1988" in _years(nlp, "The regatta of 1988 ended in a storm off Velmora.")
    assert "1988" in _years(nlp, "Ann Lee alleged that the harbour board met in 1988.")
    # ... or the Games are where the sentence's own event took place ("at"), not its topic
    text = "Ann Lee claimed she won two medals at the 1986 Orlen Games and 1988 Velmora Games."
    assert "1988" in _years(nlp, text)


def test_a_year_in_an_appositive_of_a_statement_dates_no_row(nlp: Any) -> None:
    # The year tells the history of the one described ("a group blamed for ... in 1984"),
    # not the statement's event.
    years = _years(
        nlp,
        "Officials said on Monday that Tom Reyes had dealings with the Orlen Front, "
        "a Velmora group blamed for burning the harbour office in 1984.",
    )
    assert "1984" not in years
    assert any(y.startswith("XXXX-WXX") for y in years)
    years = _years(
        nlp,
        "The letter seems to confirm a charge against Tom Reyes: that his men carried out "
        "one more offence the board lays at his feet _ the raids on the Orlen docks in 1984.",
    )
    assert "1984" not in years


def test_a_year_after_a_name_or_an_opening_phrase_still_dates_its_row(nlp: Any) -> None:
    # Negative cases: the year of the main clause after an appositive, or after an opening
    # phrase that only looks like a name and an appositive ("On Monday in Velmora, the ...").
    assert "1984" in _years(nlp, "Tom Reyes, a former mayor of Orlen, was jailed in 1984.")
    years = _years(nlp, "On Monday in Velmora, the harbour board said trade fell in 1984.")
    assert "1984" in years
