"""A day followed by its own "when" clause ("until Monday, when the storm passed") is told in
that clause's tense: a past verb there says the day has come, even inside a reported "would"
clause that reads as still to come (session 20; invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.times_found import times_in

# A Friday: the Monday before is 2031-03-10, the Monday after 2031-03-17.
ANCHOR = "2031-03-14"


def _monday(nlp: Any, text: str) -> str | None:
    found = {t.text: t.value for t in times_in(nlp, text, ANCHOR)}
    return found.get("Monday")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee said the pier would stay shut until Monday, when the storm passed.",
        "Analysts said the board would have to pay more than its price before Monday, when"
        " talk of a sale first surfaced.",
        "Sam Orr said the ferry would sail soon after Monday, when the gale had dropped.",
    ],
)
def test_a_day_whose_when_clause_is_past_has_come(nlp: Any, sentence: str) -> None:
    assert _monday(nlp, sentence) == "2031-03-10"


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause tells the day still to come, or tells no tense of its own
        "Ann Lee said the pier would reopen on Monday, when the storm will have passed.",
        "Ann Lee said the pier would reopen on Monday, when the board meets.",
        # an arrangement told in the past may be over or still ahead: no tense of its own
        "Ann Lee said she would stay in post until Monday, when her successor was to be sworn in.",
        # a past verb of saying, not the day's own clause
        "The pier would reopen on Monday, Ann Lee said when she was asked.",
    ],
)
def test_a_day_with_no_past_when_clause_of_its_own_stays_ahead(nlp: Any, sentence: str) -> None:
    # Negative: the reported "would" still reads the day as one to come.
    assert _monday(nlp, sentence) == "2031-03-17"
