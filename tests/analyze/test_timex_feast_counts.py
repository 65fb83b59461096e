"""A count of days or weeks from a moveable feast ("two days before Easter", "a week after
Good Friday") lands on its day, as one from a fixed holiday does; the tagger often calls the
feast a place and leaves the count apart, so the two are joined. "The second day after" a
holiday counts two days (session 19; invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.timex import normalise, resolve_relative
from tests.analyze.times_found import times_in

# A Monday in May; Easter Sunday of that year is 2031-04-13.
ANCHOR = "2031-05-05"


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, ANCHOR)}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("two days before easter", "2031-04-11"),
        ("a week after easter", "2031-04-20"),
        ("three days after good friday", "2031-04-14"),
        ("the day after easter", "2031-04-14"),
    ],
)
def test_a_count_from_a_feast_moves_its_day(text: str, day: str) -> None:
    _, value, relative = normalise(text, -1)
    assert value is None and relative is not None
    assert resolve_relative(relative, ANCHOR) == day


def test_months_or_vague_counts_from_a_feast_still_place_nothing() -> None:
    # Negative: a month's count may cross a year the feast's tense does not settle.
    assert normalise("two months after easter", -1) == ("DATE", None, None)
    assert normalise("a few days after easter", -1) == ("DATE", None, None)


@pytest.mark.parametrize(
    ("sentence", "span", "day"),
    [
        ("The pier at Orlen was shut two days before Easter.", "two days before Easter", "2031-04-11"),
        ("The storm hit Orlen a week after Easter, the harbour board said.", "a week after Easter", "2031-04-20"),
    ],
)  # fmt: skip
def test_a_count_and_a_feast_in_running_text_are_one_time(
    nlp: Any, sentence: str, span: str, day: str
) -> None:
    found = _found(nlp, sentence)
    assert found.get(span) == day
    assert "2031-04-13" not in found.values()  # not Easter Sunday itself


@pytest.mark.parametrize(
    "sentence",
    [
        # "after the storm" counts from an event, not from the feast
        "The pier at Orlen was shut two days after the storm at Easter.",
        # "for" makes the count a length, not a day
        "The pier at Orlen was shut for two days after Easter.",
    ],
)
def test_a_count_not_from_the_feast_is_not_joined(nlp: Any, sentence: str) -> None:
    # Negative: Easter stays the feast's own day and no joined time is made.
    found = _found(nlp, sentence)
    assert found.get("Easter") == "2031-04-13"
    assert not any("after Easter" in text for text in found)


def test_an_ordinal_day_after_a_holiday_counts_its_days() -> None:
    _, value, relative = normalise("the second day after christmas", -1)
    assert value is None and relative is not None
    assert resolve_relative(relative, "2032-01-05") == "2031-12-27"
    assert normalise("the third day before nov. 1, 2030", -1)[1] == "2030-10-29"


def test_a_day_after_a_holiday_with_no_ordinal_is_one_day() -> None:
    # Negative: no ordinal, one day; a word that is no ordinal adds no count.
    relative = normalise("the day after christmas", -1)[2]
    assert relative is not None and resolve_relative(relative, "2032-01-05") == "2031-12-26"
    relative = normalise("the same day after christmas", -1)[2]
    assert relative is None or not relative.startswith("DS:")
