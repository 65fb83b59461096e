"""A dateline with no verb dates its article (session 11's read): a full date alone in its
sentence, with at most a clock time written "4: 15 p. m.", is the article's own day and no
timeline event; a date in a sentence telling an event is neither."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.stamps import stamp_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import Time
from tests.synthesize.builders import timed_article as make
from tests.synthesize.test_dates import DATED
from tests.synthesize.test_dates import make as make_dated

BODY = "The council of Orlen voted to close the bridge after the flood."


def test_a_dateline_with_a_spaced_clock_dates_the_article() -> None:
    times: list[Time] = [("Nov. 05, 2030", "DATE", "2030-11-05", None, 0)]
    a = make("a", ["Nov. 05, 2030 | 4: 15 p. m.", BODY], times)
    assert stamp_sentences(a) == {0}
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2030-11-05" and got.inferred
    assert got.evidence and "a dateline" in got.evidence


def test_a_date_in_a_sentence_of_an_event_is_no_dateline() -> None:
    times: list[Time] = [("Nov. 05, 2030", "DATE", "2030-11-05", None, 0)]
    a = make("a", ["Nov. 05, 2030 marks the end of the bridge tolls in Orlen.", BODY], times)
    assert stamp_sentences(a) == set()
    assert infer_dates(Story([a]))["a"].date is None


def test_a_place_beside_a_date_is_no_dateline() -> None:
    times: list[Time] = [("Nov. 05, 2030", "DATE", "2030-11-05", None, 0)]
    a = make("a", ["Orlen: Nov. 05, 2030.", BODY], times)
    assert infer_dates(Story([a]))["a"].date is None


def _undated_with(sentence: str) -> str | None:
    c = make_dated("c", [sentence], [("Monday morning", "TIME", None, "W:0:-1")])
    return infer_dates(Story([*DATED, c]))["c"].date


def test_a_weekday_in_local_time_does_not_date_the_article() -> None:
    # The place's Monday may be the outlet's Sunday: it dates the event, not the article.
    got = _undated_with("The dam at Velmora gave way on Monday morning local time.")
    assert got is None


def test_a_weekday_without_local_time_dates_the_article() -> None:
    got = _undated_with("The dam at Velmora gave way on Monday morning.")
    assert got == "2040-06-11"


def test_stamp_sentences_asked_again_answer_for_the_article_asked() -> None:
    # The answers are kept for the articles asked last: an equal-looking article that is
    # another object, or another article, gets its own answer, not a kept one.
    times: list[Time] = [("Nov. 05, 2030", "DATE", "2030-11-05", None, 0)]
    stamped = make("a", ["Nov. 05, 2030 | 4: 15 p. m.", BODY], times)
    told = make("a", ["Nov. 05, 2030 marks the end of the bridge tolls in Orlen.", BODY], times)
    for _ in range(2):
        assert stamp_sentences(stamped) == {0}
        assert stamp_sentences(told) == set()
