""" "N years ago <weekday>" (session 9's review): the anniversary's weekday moved back N
years, not the weekday itself."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.times import resolve_relative
from crossbrief.analyze.timex.normalise import normalise
from tests.analyze.times_found import times_in

# A Monday.
ANCHOR = "2030-12-16"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ten years ago Monday", "2020-12-16"),
        ("10 years ago on Monday", "2020-12-16"),
        ("a year ago Tuesday", "2029-12-17"),  # this week's Tuesday, a year back
        ("Monday", "2030-12-16"),
        ("ten years ago", "2020"),
    ],
)
def test_years_ago_with_a_weekday(text: str, value: str) -> None:
    _, found, relative = normalise(text, -1)
    assert (found or resolve_relative(relative or "", ANCHOR)) == value


def test_a_leap_day_moved_to_a_common_year_is_the_28th() -> None:
    # 2032-02-29 is a Sunday: "a year ago Sunday" is 2031-02-28.
    assert resolve_relative("YS:-1:W:6:0", "2032-02-29") == "2031-02-28"


def test_years_ago_monday_in_a_sentence(nlp: Any) -> None:
    text = "Ten years ago Monday the first talks were held in Orlen."
    found = {t.text: t.value for t in times_in(nlp, text, ANCHOR)}
    assert found == {"Ten years ago Monday": "2020-12-16"}
