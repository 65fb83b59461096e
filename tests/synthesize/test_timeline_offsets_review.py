"""The timeline after session 13's review of its offsets from an event ("the week after the
vote") and its weekday entries (invented text): a length of time is no point, the date
before must be the event's, a time's words name no event, the year the story corrects
holds for the event's day, a named day or a range of weekdays is no entry."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

VOTE = "The council of Velmora held its vote on March 3, 2040."
VOTE_TIME = ("March 3, 2040", "DATE", "2040-03-03", None)


def _one(sentences: list[str], times: list[tuple[str, str, str | None, str | None]]) -> Any:
    story = Story([make("a", sentences, times, "2040-06-20")])
    return [(e.date, e.expression, e.sentence) for e in build_timeline(story, infer_dates(story))]


def _offsets(got: list[tuple[str, str, int]]) -> list[str]:
    return [g[0] for g in got if g[1] != "March 3, 2040"]


def test_a_length_of_time_after_an_event_is_no_point() -> None:
    for before in ("for", "in the", "over the", "during the", "throughout the"):
        text = f"Ann Lee was jailed {before} two years after the vote."
        times = [VOTE_TIME, ("two years", "DURATION", "P2Y", None)]
        assert _offsets(_one([VOTE, text], times)) == []
    # a count with no such word before it is still the day it names
    text = "Ann Lee was jailed two years after the vote."
    times = [VOTE_TIME, ("two years", "DURATION", "P2Y", None)]
    assert _offsets(_one([VOTE, text], times)) == ["2042-03-03"]


def test_a_date_in_the_sentence_before_that_is_another_events_places_nothing() -> None:
    said = "Ann Lee said on March 3, 2040 that she would stand in the election."
    took = "Two weeks after the election, she took office as mayor of Velmora."
    times = [VOTE_TIME, ("Two weeks", "DURATION", "P2W", None)]
    assert _offsets(_one([said, took], times)) == []
    put_off = "The vote, first set for March 3, 2040, was put off until the summer."
    resigned = "The week after the vote, the mayor of Velmora resigned."
    times = [VOTE_TIME, ("The week", "DATE", None, None)]
    assert _offsets(_one([put_off, resigned], times)) == []
    # the event's verb with the date after it dates the event ("voted on")
    voted = "The council of Velmora voted on March 3, 2040 to close the harbour."
    assert _offsets(_one([voted, resigned], times)) == ["2040-W10"]


def test_a_month_name_is_no_event_word() -> None:
    reopened = "The harbour of Velmora reopened on March 3, 2040."
    quit_ = "A week after the march, the mayor of Velmora resigned."
    times = [VOTE_TIME, ("A week", "DURATION", "P1W", None)]
    assert _offsets(_one([reopened, quit_], times)) == []
    # a march the sentence before dates is still counted from
    marched = "Thousands in Velmora joined the march on March 3, 2040."
    assert _offsets(_one([marched, quit_], times)) == ["2040-03-10"]


def test_a_hedge_the_timeline_knows_stops_an_offset_too() -> None:
    for hedge in ("At most", "Close to"):
        text = f"{hedge} two days after the vote, the mayor of Velmora resigned."
        times = [VOTE_TIME, ("two days", "DURATION", "P2D", None)]
        assert _offsets(_one([VOTE, text], times)) == []
    text = "Two days after the vote, the mayor of Velmora resigned."
    times = [VOTE_TIME, ("Two days", "DURATION", "P2D", None)]
    assert _offsets(_one([VOTE, text], times)) == ["2040-03-05"]


def test_a_date_an_offset_counts_from_in_its_own_sentence_is_no_entry_of_its_own() -> None:
    text = "A week following the vote of March 9, 2040, Lee quit."
    times = [("A week", "DURATION", "P1W", None), ("March 9, 2040", "DATE", "2040-03-09", None)]
    assert [g[0] for g in _one([text], times)] == ["2040-03-16"]
    # a date the offset does not count from keeps its entry
    text = "A week after the vote, on March 9, 2040, Lee quit."
    assert [g[0] for g in _one([text], times)] == ["2040-03-09"]


def test_an_event_day_takes_the_year_the_story_corrects_its_month_day_to() -> None:
    first = make(
        "a",
        ["A year on, Velmora remembers.", "The council of Velmora held its vote on March 3.",
         "The week after the vote, the mayor of Velmora resigned."],
        [("March 3", "DATE", None, "MD:3:3:-1"), ("The week", "DATE", None, None)],
        "2041-03-20",
    )  # fmt: skip
    second = make(
        "b",
        ["The vote of March 3, 2040 split the council of Velmora."],
        [("March 3, 2040", "DATE", "2040-03-03", None)],
        "2041-03-18",
    )
    story = Story([first, second])
    got = {e.date for e in build_timeline(story, infer_dates(story))}
    assert "2040-W10" in got
    assert "2041-W10" not in got


def _weekdays(nlp: Any, text: str) -> list[str]:
    dated = Article("a", "The river at Orlen flooded the lower town on Nov. 14, 2040.", "C",
                    published="2040-11-20")  # fmt: skip
    brief = brief_articles([dated, Article("b", text, "P")], nlp=nlp)
    return [e.date for e in brief.timeline if e.precision == "weekday"]


def test_a_named_day_or_a_range_of_weekdays_is_no_weekday_entry(nlp: Any) -> None:
    assert _weekdays(nlp, "The flood in Orlen revived memories of Bloody Sunday in the town.") == []
    assert _weekdays(nlp, "Markets in Orlen are open Monday through Friday.") == []
    # a weekday alone after a lower-case word, or opening the sentence, is still an entry
    assert _weekdays(nlp, "Police in Orlen arrested the harbour master on Tuesday.") == [
        "XXXX-WXX-2"
    ]
    assert _weekdays(nlp, "Tuesday was the day police in Orlen arrested the harbour master.") == [
        "XXXX-WXX-2"
    ]
    # news style puts the weekday right after a place the analysis names: still a day
    assert _weekdays(nlp, "Police arrested the harbour master in London Tuesday.") == ["XXXX-WXX-2"]


def test_an_articles_times_are_found_in_the_sentence_that_holds_them() -> None:
    from crossbrief.synthesize.event_offsets import _Reader

    sentences = [VOTE, "The week after the vote, the mayor of Velmora resigned.", "Lee left."]
    a = make("a", sentences, [VOTE_TIME, ("The week", "DATE", None, None)], "2040-06-20")
    r = _Reader(a, lambda value, _t: value)
    for offset in range(len(a.article.text)):
        assert r.sentence(offset) == a.sentence_index(offset)
    # the last sentence's start is its own, not the one before
    assert r.sentence(a.sentences[2].start) == 2
