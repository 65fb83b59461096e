"""One stretch of a series ("its opening weekend", "the second half") or a rate ("$2m a
week") is its own quantity: it differs only from a figure of the same stretch (invented
sentences; figures placed by hand)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.periods import periods
from tests.synthesize.builders import conflict_values, figure_article


def _article(aid: str, text: str, figure: str) -> AnalyzedArticle:
    """One sentence per line; the figure at its first occurrence."""
    return figure_article(aid, text, [(figure, "")])


_conflicts = conflict_values


TAKINGS = "The comedy Harbour Lights took {} at the Velmoran box office {}."


@pytest.mark.parametrize(
    ("clause", "found"),
    [
        ("made $7m in its opening weekend", {"span:1::weekend"}),
        ("made $7m in its first weekend", {"span:1::weekend"}),
        ("$4m in its second weekend", {"span:2::weekend"}),
        ("rose 4% in the first three months", {"span:1:three:month"}),
        ("scored twice in the second half", {"span:2::half"}),
        ("a 3rd-round tie", {"span:3::round"}),
    ],
)
def test_an_ordinal_stretch_is_read(clause: str, found: set[str]) -> None:
    assert periods(clause, "") == found


def test_a_rate_is_read_and_a_deictic_stretch_is_not() -> None:
    assert periods("earns $5m a year", " a year") == {"rate:year"}
    assert periods("earns $5m", " a year ago") == frozenset()
    # "last week" only locates an event in time ("moments" and "when" weigh it)
    assert periods("40 people died last week", " people died last week") == frozenset()


def test_an_opening_weekend_against_the_running_total_is_no_conflict() -> None:
    a = _article("a", TAKINGS.format("$8.2m", "on its opening weekend"), "$8.2m")
    b = _article("b", TAKINGS.format("$9.6m", "so far"), "$9.6m")
    assert _conflicts(a, b) == []


def test_two_weekends_are_no_conflict() -> None:
    a = _article("a", TAKINGS.format("$8.2m", "on its opening weekend"), "$8.2m")
    b = _article("b", TAKINGS.format("$9.6m", "in its second weekend"), "$9.6m")
    assert _conflicts(a, b) == []


def test_one_weekend_told_two_ways_still_conflicts() -> None:
    a = _article("a", TAKINGS.format("$8.2m", "on its opening weekend"), "$8.2m")
    b = _article("b", TAKINGS.format("$9.6m", "in its first weekend"), "$9.6m")
    assert _conflicts(a, b) == [["$8.2m", "$9.6m"]]


def test_a_weekly_rate_against_a_one_off_sum_is_no_conflict() -> None:
    text = "The mayor said the Velmora ferry link costs {} to run, under the new contract."
    a = _article("a", text.format("$2m a week"), "$2m")
    b = _article("b", text.format("$3m"), "$3m")
    assert _conflicts(a, b) == []


def test_a_weekend_or_one_days_match_is_a_stretch() -> None:
    assert periods("made $7m over the weekend", "") == {"span:weekend"}
    assert periods("scored twice in Saturday's 2-1 win", "") == {"span:saturday:match"}
    assert periods("scored twice on Saturday", "") == frozenset()


def test_a_weekends_takings_against_the_running_total_is_no_conflict() -> None:
    a = _article("a", TAKINGS.format("$8.2m", "over the weekend"), "$8.2m")
    b = _article("b", TAKINGS.format("$9.6m", "so far"), "$9.6m")
    assert _conflicts(a, b) == []


def test_the_weekends_takings_told_two_ways_still_conflict() -> None:
    a = _article("a", TAKINGS.format("$8.2m", "over the weekend"), "$8.2m")
    b = _article("b", TAKINGS.format("$9.6m", "at the weekend"), "$9.6m")
    assert _conflicts(a, b) == [["$8.2m", "$9.6m"]]


def test_a_figure_in_a_day_is_no_rate() -> None:
    assert periods("killed 30 in a day of fighting", " in a day of fighting") == frozenset()
    assert periods("killed 30 people a day", " people a day") == {"rate:day"}


def test_one_day_of_fighting_still_conflicts() -> None:
    a = _article("a", "The militia killed 30 in a day of fighting near Velmora.", "30")
    b = _article("b", "The militia killed 45 in a day of fighting near Velmora.", "45")
    assert _conflicts(a, b) == [["30", "45"]]


def test_a_weekend_event_against_an_unmarked_figure_still_conflicts() -> None:
    a = _article("a", "The weekend flood in Velmora killed 12 people.", "12")
    b = _article("b", "The flood in Velmora killed 15 people.", "15")
    assert _conflicts(a, b) == [["12", "15"]]
