from __future__ import annotations

import pytest

from crossbrief.analyze.times import normalise, resolve_relative


@pytest.mark.parametrize(
    ("relative", "anchor", "value"),
    [
        ("W:5:-1", "2022-03-06", "2022-03-05"),  # Saturday before a Sunday
        ("W:0:1", "2022-03-06", "2022-03-07"),  # next Monday
        ("W:6:-1", "2022-03-06", "2022-03-06"),  # the anchor's own weekday is that day
        ("D:-1", "2022-03-06", "2022-03-05"),
        ("MD:2:24", "2022-03-06", "2022-02-24"),
        ("MD:12:30", "2022-01-03", "2021-12-30"),
        ("M:-1", "2022-03-06", "2022-02"),
        ("WK:-1", "2022-03-06", "2022-W08"),
    ],
)
def test_resolve_relative(relative: str, anchor: str, value: str) -> None:
    assert resolve_relative(relative, anchor) == value


def test_no_anchor_no_value() -> None:
    assert resolve_relative("D:-1", None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 5, 2022", ("DATE", "2022-03-05", None)),
        ("Feb. 24", ("DATE", None, "MD:2:24")),
        ("three days", ("DURATION", "P3D", None)),
        ("2021", ("DATE", "2021", None)),
        ("every week", ("SET", None, None)),
        ("last week", ("DATE", None, "WK:-1")),
        ("now", ("DATE", "PRESENT_REF", None)),
    ],
)
def test_normalise(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert normalise(text) == expected
