"""The year of one person's past event told differently by two outlets is a date conflict,
also where a phrase opened by a preposition follows the year ("appointed in 1994 amid a
strike"); two events' years are not (invented articles, the real pipeline)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize import synthesize

_OTHER = (
    "The harbour board of Velmora met on Monday to choose a new chair.",
    "Fishing crews in Ostrel welcomed the vote and called for lower berth fees.",
)


def _dates(nlp: Any, *sentences: str) -> list[list[str]]:
    """The values of each date conflict in the brief of one article per sentence, each
    article with other sentences of its own around it."""
    articles = [
        Article(
            id=f"a{n}",
            text=f"{_OTHER[n % 2]}\n{s}\nThe board will meet again in {n + 3} weeks.\n",
            source=f"outlet{n}",
        )
        for n, s in enumerate(sentences)
    ]
    brief = synthesize(list(analyze_articles(articles, nlp=nlp)))
    return [[v.value for v in c.values] for c in brief.conflicts if c.kind == "date"]


_APPOINTED = (
    "Ann Lee, appointed harbour master in {} amid a strike by dock workers, is credited "
    "with reopening the port of Velmora to foreign ships."
)


def test_one_appointments_two_years_followed_by_a_phrase_conflict(nlp: Any) -> None:
    found = _dates(nlp, _APPOINTED.format("1994"), _APPOINTED.format("1995"))
    assert found == [["1994", "1995"]]


def test_one_appointments_one_year_is_no_conflict(nlp: Any) -> None:
    # negative case: the two outlets agree on the year
    assert _dates(nlp, _APPOINTED.format("1994"), _APPOINTED.format("1994")) == []


def test_an_election_and_a_re_election_are_two_events(nlp: Any) -> None:
    # negative case: two events of one person, each with its own year
    found = _dates(
        nlp,
        "Ann Lee was elected mayor of Velmora in 1990 amid a row over the harbour fees.",
        "Ann Lee was re-elected mayor of Velmora in 1995 amid a row over the harbour fees.",
    )
    assert found == []


def test_a_year_before_a_noun_still_dates_no_event(nlp: Any) -> None:
    # negative case: "in 1994 polls" is the polls' year, not the win's
    found = _dates(
        nlp,
        "Ann Lee won in 1994 polls amid a strike by dock workers in the port of Velmora.",
        "Ann Lee won in 1998 polls amid a strike by dock workers in the port of Velmora.",
    )
    assert found == []
