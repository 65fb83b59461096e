"""Dates the timeline left out (session 13; invented text): a weekday alone in an undated
article of a dated story, shown as a weekday of no known week (the other outlets' dates do
not fix its week); and a count or a unit from an event ("two days before the storm hit")
whose day the same article gives."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

ARRESTED = "Police in Orlen arrested the harbour master on Tuesday after a long chase."
MATCH = "The harbour team of Orlen will play its rivals from Velmora on Sunday."
FLOOD = "The river at Orlen flooded the lower town on Nov. 14 after the storm."
DRAIN = "Crews in Orlen pumped water from the cellars of the lower town all week."


def _entries(*articles: Any) -> list[tuple[str, str, str]]:
    story = Story(list(articles))
    return [(e.date, e.precision, e.article) for e in build_timeline(story, infer_dates(story))]


def _flood(published: str) -> Any:
    return make("d", [FLOOD], [("Nov. 14", "DATE", None, "MD:11:14:-1")], published)


def _drain(published: str) -> Any:
    return make("e", [DRAIN], [("all week", "DATE", None, "WK:0")], published)


def test_a_weekday_of_an_undated_article_in_a_dated_story_is_shown_unresolved() -> None:
    match = make("c", [MATCH], [("Sunday", "DATE", None, "W:6:1")])
    got = _entries(_flood("2040-11-20"), match)
    # one dated article does not fix the story's week: the Sunday is a weekday entry
    assert ("XXXX-WXX-7", "weekday", "c") in got
    # never an absolute date from it
    assert [e for e in got if e[2] == "c" and e[1] != "weekday"] == []


def test_a_weekday_stays_unresolved_even_when_the_story_was_written_on_one_day() -> None:
    match = make("c", [MATCH], [("Sunday", "DATE", None, "W:6:1")])
    # both dated articles were written on Tuesday 2040-11-20, but the undated one may have
    # been written another week: its Sunday is not dated from theirs (not the 25th)
    got = _entries(_flood("2040-11-20"), _drain("2040-11-20"), match)
    assert ("XXXX-WXX-7", "weekday", "c") in got
    assert [e for e in got if e[2] == "c" and e[1] != "weekday"] == []


def test_a_weekday_a_week_off_is_still_no_entry_in_a_dated_story() -> None:
    arrested = make("a", [ARRESTED], [("Tuesday", "DATE", None, "W:1:-2")])
    assert [e for e in _entries(_flood("2040-11-20"), arrested) if e[2] == "a"] == []


STORM = "The storm hit Orlen on June 8, 2040."
CLOSED = "Two days before the storm hit, the harbour board closed the port."
VOTE = "The council of Velmora held its vote on March 3, 2040."
RESIGNED = "The week after the vote, the mayor of Velmora resigned."


def _one(sentences: list[str], times: list[tuple[str, str, str | None, str | None]]) -> Any:
    story = Story([make("a", sentences, times, "2040-06-20")])
    return [(e.date, e.expression, e.anchor) for e in build_timeline(story, infer_dates(story))]


def test_a_count_before_an_event_the_article_dates_is_that_day_moved() -> None:
    got = _one(
        [STORM, CLOSED],
        [("June 8, 2040", "DATE", "2040-06-08", None), ("Two days", "DURATION", "P2D", None)],
    )
    assert ("2040-06-06", "Two days before the storm hit", "2040-06-08") in got


def test_the_week_after_an_event_the_article_dates_is_the_next_week() -> None:
    got = _one(
        [VOTE, RESIGNED],
        [("March 3, 2040", "DATE", "2040-03-03", None), ("The week", "DATE", None, None)],
    )
    assert ("2040-W10", "The week after the vote", "2040-03-03") in got


def test_a_count_from_an_event_dated_in_its_own_sentence_is_that_day_moved() -> None:
    text = "A day after the vote on March 3, 2040, the mayor of Velmora resigned."
    times = [("A day", "DURATION", "P1D", None), ("March 3, 2040", "DATE", "2040-03-03", None)]
    assert ("2040-03-04", "A day after the vote", "2040-03-03") in _one([text], times)
    # after a comma the date is the resignation's, not the vote's
    text = "A day after the vote, on March 9, 2040, the mayor of Velmora resigned."
    times = [("A day", "DURATION", "P1D", None), ("March 9, 2040", "DATE", "2040-03-09", None)]
    assert [g for g in _one([text], times) if g[1].startswith("A day")] == []


def test_a_count_before_an_event_with_no_day_in_the_article_places_nothing() -> None:
    # the day given is another event's (a meeting), not the storm's
    met = "The council of Orlen met on June 8, 2040."
    got = _one(
        [met, CLOSED],
        [("June 8, 2040", "DATE", "2040-06-08", None), ("Two days", "DURATION", "P2D", None)],
    )
    assert [g for g in got if g[1].startswith("Two days")] == []
    assert _one([CLOSED], [("Two days", "DURATION", "P2D", None)]) == []


def test_a_hedged_or_vague_count_before_an_event_places_nothing() -> None:
    for count in ("About two days", "A few days"):
        closed = CLOSED.replace("Two days", count)
        got = _one(
            [STORM, closed],
            [("June 8, 2040", "DATE", "2040-06-08", None), (count, "DURATION", "P2D", None)],
        )
        assert [g for g in got if g[0] != "2040-06-08"] == []


def test_an_offset_from_a_dated_event_end_to_end(nlp: Any) -> None:
    text = f"{VOTE} {RESIGNED}"
    brief = brief_articles([Article("a", text, "Velmora Post", published="2040-06-20")], nlp=nlp)
    got = {(e.date, e.expression) for e in brief.timeline}
    assert ("2040-W10", "The week after the vote") in got
    text = "The week after the vote, the mayor of Velmora resigned."
    brief = brief_articles([Article("a", text, "Velmora Post", published="2040-06-20")], nlp=nlp)
    assert [e for e in brief.timeline if "week" in e.expression.lower()] == []


def test_an_undated_weekday_in_a_dated_story_end_to_end(nlp: Any) -> None:
    dated = Article("a", FLOOD, "Orlen Courier", published="2040-11-20")
    undated = Article("b", ARRESTED, "Velmora Post")
    brief = brief_articles([dated, undated], nlp=nlp)
    got = [(e.date, e.precision) for e in brief.timeline if e.article == "b"]
    assert got == [("XXXX-WXX-2", "weekday")]
    # the dated outlet's day is still a day, not a weekday entry
    assert ("2040-11-14", "day") in [(e.date, e.precision) for e in brief.timeline]
