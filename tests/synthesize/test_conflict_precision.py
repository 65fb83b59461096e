"""Conflict precision: parts against wholes, counts of other things sharing a noun, running
counts (invented sentences; figures, places and dates placed by hand)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention, TimeExpr
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.roles import (
    MORE,
    PART,
    SIZE,
    STAKE,
    THRESHOLD,
    WHOLE,
    count_role,
)
from crossbrief.synthesize.conflicts.values import measure
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figures_at, line_spans


def _article(
    aid: str,
    text: str,
    figures: list[tuple[str, str]],
    places: list[tuple[str, str]] = (),  # type: ignore[assignment]
    times: list[str] = (),  # type: ignore[assignment]
    published: str | None = None,
) -> AnalyzedArticle:
    """One sentence per line; each figure, place and time at its first occurrence."""
    figs = figures_at(text, figures)
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid, published=published),
        sentences=line_spans(text),
        figures=figs,
        times=tuple(
            TimeExpr(t, text.index(t), text.index(t) + len(t), "DATE", None) for t in times
        ),
        mentions=tuple(
            Mention(p, text.index(p), text.index(p) + len(p), label) for p, label in places
        ),
    )


def _conflicts(*articles: AnalyzedArticle) -> list[tuple[str, list[str]]]:
    story = Story(articles)
    return [
        (c.kind, [v.value for v in c.values])
        for c in build_conflicts(story, group_sentences(story))
    ]


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        (
            "Officials said 14 people died on the small island alone, and more elsewhere.",
            "14",
            PART,
        ),
        ("Of the 34 seats in play, 19 are held by the Greens.", "34", WHOLE),
        ("Teams visited eight of the country's nine provinces.", "nine", WHOLE),
        ("About half of the 90-boat fleet retired from the race.", "90", SIZE),
        ("One more dive is planned for the mission.", "One", MORE),
        ("The party needs a 60-seat majority to pass the bill.", "60", THRESHOLD),
        ("Only six votes needed to pass the bill were missing.", "six", THRESHOLD),
        ("She may not win all 62 delegates offered by the state's primary.", "62", STAKE),
        ("With 214 delegates at stake, the race is close.", "214", STAKE),
        ("Forty seats are up for grabs at the poll.", "Forty", STAKE),
        ("Forty seats were still available in May.", "Forty", STAKE),
        ("Ames has 370 delegates so far.", "370", ""),
        ("Ten points are on the line in the final.", "Ten", STAKE),
        ("The race has 30 pledged delegates available.", "30", STAKE),
        # offered, available or in play is a stake only of what a contest hands out
        ("The clinic had 12 ventilators available on Monday.", "12", ""),
        ("About 500 jobs are on offer at the new plant.", "500", ""),
        ("The council found 2,000 residents offered shelter.", "2,000", ""),
        ("The flood reached 40 homes in play areas by the river.", "40", ""),
        ("The grain meets the needs of the country's 22 million people.", "22 million", ""),
        ("The fire killed 60 people and injured 162 others.", "162", ""),
    ],
)
def test_count_roles(text: str, figure: str, role: str) -> None:
    start = text.index(figure)
    assert count_role(text, start, start + len(figure)) == role


def test_a_part_of_a_toll_is_not_the_toll() -> None:
    a = _article(
        "a", "Officials said 14 people died in the floods on the island alone.", [("14", "")]
    )
    b = _article("b", "Officials said 23 people died in the floods.", [("23", "")])
    c = _article("c", "Officials said 25 people died in the floods.", [("25", "")])
    assert _conflicts(a, b) == []
    assert _conflicts(b, c) == [("figure", ["23", "25"])]  # the control: one toll, two values


def test_a_fleet_size_is_not_the_count_of_boats_that_retired() -> None:
    a = _article(
        "a", "About half of the 90-boat fleet retired from the stormy race.", [("90", "boat")]
    )
    b = _article("b", "A total of 41 boats retired from the stormy race.", [("41", "boats")])
    c = _article("c", "A total of 45 boats retired from the stormy race.", [("45", "boats")])
    assert _conflicts(a, b) == []
    assert _conflicts(b, c) == [("figure", ["41", "45"])]


def test_one_more_is_an_increment_not_the_total() -> None:
    a = _article("a", "One more dive is planned for the twelve-day mission.", [("One", "dive")])
    b = _article(
        "b", "In all, three dives were planned for the twelve-day mission.", [("three", "dives")]
    )
    assert _conflicts(a, b) == []


def test_parts_that_add_up_agree_with_the_total() -> None:
    a = _article(
        "a",
        "All 120 passengers aboard the airliner and 8 people on the ground were killed.",
        [("120", "passengers"), ("8", "people")],
    )
    b = _article(
        "b",
        "The bombing of the airliner killed 128 people aboard and on the ground.",
        [("128", "people")],
    )
    assert _conflicts(a, b) == []


def test_two_places_linked_through_a_third_value_do_not_conflict() -> None:
    # "Ostrel" is tagged a person in one article and a place in another: a place all the same
    a = _article(
        "a",
        "In Velmora, at least 40 storm deaths have been reported so far, the agency said.",
        [("at least 40", "deaths")],
        [("Velmora", "GPE")],
    )
    b = _article(
        "b",
        "Ostrel reported 12 storm deaths, the agency said.",
        [("12", "deaths")],
        [("Ostrel", "PERSON")],
    )
    c = _article(
        "c",
        "The agency said 12 storm deaths were reported in Ostrel.",
        [("12", "deaths")],
        [("Ostrel", "GPE")],
    )
    assert _conflicts(a, b, c) == []


def test_a_count_rising_between_dated_articles_is_an_update() -> None:
    text = "The flood in the valley has killed {} people, the rescue service said."
    early = _article("a", text.format(12), [("12", "people")], published="2026-03-02")
    late = _article("b", text.format(15), [("15", "people")], published="2026-03-03")
    # the later article is listed first in the story: the update is still in date order
    assert _conflicts(late, early) == [("update", ["12", "15"])]
    # a count falling from one day to the next is not an update: a disagreement
    lower = _article("c", text.format(9), [("9", "people")], published="2026-03-04")
    assert _conflicts(late, lower)[0][0] == "figure"
    # undated articles: nothing orders them, so two values disagree
    assert _conflicts(replace(early, article=replace(early.article, published=None)), late) == [
        ("figure", ["12", "15"])
    ]


def test_undated_value_does_not_conflict_with_a_running_count() -> None:
    a = _article(
        "a",
        "By Monday, 120 people had died in the valley flood.",
        [("120", "people")],
        times=["Monday"],
    )
    b = _article(
        "b",
        "By Wednesday, 200 people had died in the valley flood.",
        [("200", "people")],
        times=["Wednesday"],
    )
    c = _article("c", "Some 170 people had died in the valley flood.", [("Some 170", "people")])
    assert _conflicts(a, b, c) == []


def test_a_range_is_an_interval() -> None:
    m = measure("between 30 and 40", 30, "")
    assert m is not None and (m.low, m.high) == (30.0, 40.0)
    assert measure("between 3 and 4 million", 3, "") is None


def test_what_a_contest_offers_is_not_a_candidate_tally() -> None:
    tally = "Ames now holds 370 delegates in the race for the nomination."
    a = _article("a", tally, [("370", "delegates")])
    b = _article(
        "b",
        "Ames now holds little hope of 155 delegates offered in the race for the nomination.",
        [("155", "delegates")],
    )
    c = _article("c", tally.replace("370", "355"), [("355", "delegates")])
    assert _conflicts(a, b) == []
    assert _conflicts(a, c) == [("figure", ["370", "355"])]  # the control: two tallies


def test_a_count_available_is_a_count_unless_a_contest_offers_it() -> None:
    a = _article("a", "The clinic by the river had 12 ventilators available.", [("12", "")])
    b = _article("b", "The clinic by the river had 20 ventilators.", [("20", "")])
    assert _conflicts(a, b) == [("figure", ["12", "20"])]
    # the control: seats a vote still offers are no party's tally
    c = _article("c", "Forty seats were still available in the river council.", [("Forty", "")])
    d = _article("d", "The Greens won 25 seats in the river council.", [("25", "")])
    assert _conflicts(c, d) == []
