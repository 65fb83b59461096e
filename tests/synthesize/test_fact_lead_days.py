"""Two leads that date their acts on different days tell two developments of a story covered
over several days, not one fact told in two verbs (session 27; ``act_days``, ``one_event``,
``shared_core.named_days``; invented sentences and the built-in demo story)."""

from __future__ import annotations

from typing import Any

import numpy as np

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.act_days import calendar_day, calendar_time, days_apart
from crossbrief.synthesize.one_event import other_events, without_other_events
from crossbrief.synthesize.shared_core import named_days
from crossbrief.synthesize.story import Story

PROMISE = "The minister on Monday promised an inquiry into the ferry accident."
SALVAGE = "Divers will try to raise the ferry on Tuesday."
# the story's topic word ("ferry") in more sentences than the story has articles
FILLER_A = ["The ferry had sailed from Brask at dawn.", "Its crew left the ferry by boat."]
FILLER_B = ["The ferry was built in Velmora."]


def test_a_day_is_a_date_or_a_weekday_and_nothing_coarser() -> None:
    assert calendar_day("2031-05-13") == ("2031-05-13", "tuesday")
    assert calendar_day("2031-05-13TNI") == ("2031-05-13", "tuesday")
    assert calendar_day("tuesday") == (None, "tuesday")
    # negative cases: a year, a week, a month and a vague reference name no day
    for value in ("1998", "2031-W20", "1998-11", "PAST_REF"):
        assert calendar_day(value) is None


def test_a_time_of_the_calendar_is_resolved_or_a_weekday() -> None:
    assert calendar_time("1949") and calendar_time("2031-05-13") and calendar_time("friday")
    # negative cases: a vague reference and an unresolved pattern
    assert not calendar_time("PAST_REF")
    assert not calendar_time("XXXX-12-25")


def test_two_days_that_cannot_be_one_are_apart() -> None:
    assert days_apart(frozenset({"monday"}), frozenset({"2031-05-13"}))
    assert days_apart(frozenset({"2031-05-12"}), frozenset({"2031-05-13", "1998"}))


def test_one_day_named_two_ways_or_a_day_in_common_is_not_apart() -> None:
    # negative cases: a weekday one article resolved and another only named; a day in common
    assert not days_apart(frozenset({"tuesday"}), frozenset({"2031-05-13"}))
    assert not days_apart(frozenset({"2031-05-10", "monday"}), frozenset({"2031-05-10"}))
    # ... and what names no day is not judged
    assert not days_apart(frozenset(), frozenset({"monday"}))
    assert not days_apart(frozenset({"1998"}), frozenset({"monday"}))


def _kept(first: str, second: str, days: list[frozenset[str]] | None, lead: bool = True) -> bool:
    """Whether ``without_other_events`` keeps the pair of ``first`` (opening article a) and
    ``second`` (opening article b), both leads unless ``lead`` is False (then each comes
    after its article's filler), every pair alike at 0.5; ``days``: the two sentences' days."""
    a = [first, *FILLER_A] if lead else [*FILLER_A, first]
    b = [second, *FILLER_B] if lead else [*FILLER_B, second]
    texts = [*a, *b]
    articles = ["a"] * len(a) + ["b"] * len(b)
    i, j = (0, len(a)) if lead else (len(a) - 1, len(texts) - 1)
    leads = [k in (0, len(a)) for k in range(len(texts))]
    every: list[frozenset[str]] | None = None
    if days is not None:
        every = [frozenset()] * len(texts)
        every[i], every[j] = days
    sim = np.full((len(texts), len(texts)), 0.5)
    np.fill_diagonal(sim, 1.0)
    out = without_other_events(sim, texts, articles, leads, None, every)
    return bool(out[i, j] > 0)


def test_two_leads_dating_two_acts_on_two_days_are_two_developments() -> None:
    assert other_events(PROMISE, SALVAGE)
    assert not _kept(PROMISE, SALVAGE, [frozenset({"monday"}), frozenset({"2031-05-13"})])


def test_two_leads_on_one_day_or_undated_still_tell_the_main_event() -> None:
    # negative cases: the leads' exemption holds where the days can be one, one lead names
    # none, or no days are given
    assert _kept(PROMISE, SALVAGE, [frozenset({"tuesday"}), frozenset({"2031-05-13"})])
    assert _kept(PROMISE, SALVAGE, [frozenset({"monday"}), frozenset()])
    assert _kept(PROMISE, SALVAGE, None)


def test_a_weekday_dating_one_act_only_is_no_rare_word_of_both() -> None:
    promise = "The minister promised an inquiry into the ferry accident on Monday."
    plan = "The port said on Monday that divers would try to raise the ferry for the inquiry."
    # the port's Monday dates its statement (``named_days`` leaves it out), so the two share
    # one rare word ("inquiry") besides the topic's "ferry", and the weekday's name is none
    assert not _kept(promise, plan, [frozenset({"monday"}), frozenset()], lead=False)
    # negative case: one day dating both acts is shared as a day, the second thing shared
    assert _kept(promise, plan, [frozenset({"monday"})] * 2, lead=False)


def test_a_day_followed_by_a_verb_of_saying_dates_the_statement(nlp: Any) -> None:
    texts = (
        "The port on Monday said the pier would reopen in June.",
        "Police on Monday arrested the skipper at the quay.",
        "The board Friday evening announced a new pier.",
    )
    articles = [Article(id=f"a{i}", text=t, source=f"outlet{i}") for i, t in enumerate(texts)]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    days = named_days(story)
    assert "monday" not in days[0]
    assert "friday" not in days[2]
    # negative case: a day before the act's own verb dates the act
    assert "monday" in days[1]


def test_the_demo_keeps_the_promise_and_the_salvage_leads_apart(demo_brief: Any) -> None:
    # the Velmora Daily leads with the minister's promise of an inquiry (Monday), the Morning
    # Wire with the salvage set for Tuesday: two developments, not one fact of three outlets
    sentences = {a.id: a.sentences for a in demo_brief.articles}
    promise = next(
        (a, k)
        for a, texts in sentences.items()
        for k, text in enumerate(texts)
        if "promised a full inquiry" in text
    )
    for fact in demo_brief.facts:
        assert promise not in {(s.article, s.sentence) for s in fact.sources}
    # negative case: the salvage is still one fact of three outlets, the wire's lead among them
    salvage = [f for f in demo_brief.facts if "refloat" in f.text]
    assert len(salvage) == 1 and salvage[0].support == 3
    assert ("04_morning_wire", 0) in {(s.article, s.sentence) for s in salvage[0].sources}
