"""The word checks in front of the figure holders' case-blind patterns (``case_blind``) read
what the patterns read: a clause in capitals, or with a letter that case-blind matching reads
as an ASCII one ("\u0131" as "i", "\u017f" as "s"), still reaches the pattern (invented
sentences)."""

from __future__ import annotations

import re
import string
import sys

import pytest

from crossbrief.model import AnalyzedArticle, Article
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.extents import extents
from crossbrief.synthesize.conflicts.holders import Holder, holder
from crossbrief.synthesize.conflicts.periods import periods
from crossbrief.synthesize.conflicts.roles import count_role
from crossbrief.synthesize.text import case_blind
from tests.synthesize.builders import line_spans


def test_case_blind_holds_every_letter_a_case_blind_pattern_reads_as_ascii() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1))).encode("utf-8", "replace").decode()
    for letter in string.ascii_lowercase:
        for found in set(re.findall(f"[{letter}]", every, re.I)):
            assert letter in case_blind(found), (letter, hex(ord(found)))
    assert case_blind("FIR\u017fT \u0130f \u0131f") == "first if if"


def _holder(text: str, figure: str) -> Holder:
    a = AnalyzedArticle(article=Article(id="a", text=text, source="a"), sentences=line_spans(text))
    start = text.index(figure)
    return holder(a, EntityIndex(()), 0, len(text), start, start + len(figure))


@pytest.mark.parametrize(
    "text",
    [
        "She scored 31 goals this season.",
        "SHE SCORED 31 GOALS THIS SEASON.",
        "She \u017fcored 31 goals this \u017feason.",
    ],
)
def test_a_period_is_read_in_any_case(text: str) -> None:
    assert "period" in _holder(text, "31").scope


@pytest.mark.parametrize(
    "text",
    [
        "The plan would raise the fee to $40 a month.",
        "THE PLAN WOULD RAISE THE FEE TO $40 A MONTH.",
        "The board \u0131s \u017fet to raise the fee to $40 a month.",
        "IF the board agrees the fee will be $40 a month.",
    ],
)
def test_a_projection_is_read_in_any_case(text: str) -> None:
    assert _holder(text, "$40").projected


def test_a_clause_with_none_of_the_words_has_no_scope_and_no_projection() -> None:
    found = _holder("The storm killed 40 people in the valley.", "40")
    assert found.scope == frozenset() and not found.projected


@pytest.mark.parametrize(
    ("clause", "found"),
    [
        ("made $7m in its OPENING WEEKEND", {"span:1::weekend"}),
        # (the ordinal as the pattern read it; the check let it through)
        ("scored twice in the first HALVES", {"span:1::half"}),
        ("scored twice in the fir\u017ft half", {"span:fir\u017ft::half"}),
        ("has taken $14m SO FAR", {"span:run"}),
        ("scored 3 in SATURDAY'S 2-1 WIN", {"span:saturday:match"}),
        ("scored 12 DURING A LATE RUN", {"span:streak"}),
        ("scored 12 points at home", set()),
    ],
)
def test_a_stretch_is_read_in_any_case(clause: str, found: set[str]) -> None:
    assert periods(clause, "") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials said 40 died in THOSE BOMBINGS.", {"those:bombings"}),
        ("Officials said 40 died in the 2004 FLOODS.", {"year:2004"}),
        ("Officials said 40 died in the valley.", set()),
    ],
)
def test_an_extent_is_read_in_any_case(text: str, found: set[str]) -> None:
    end = text.index("40") + 2
    assert extents(text, 0, 0, len(text), end, True) == found


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("ANOTHER 5 people died on Monday.", "5", "more"),
        ("OF THE 34 seats in play, 18 went to the party.", "34", "whole"),
        ("Fourteen died, 14 on the island ALONE.", "14", "part"),
        ("The storm killed 14 people on the island.", "14", ""),
    ],
)
def test_a_count_role_is_read_in_any_case(text: str, figure: str, role: str) -> None:
    start = text.index(figure)
    assert count_role(text, start, start + len(figure)) == role
