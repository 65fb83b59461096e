"""Words of sports copy that report nothing: "promising" before a player (an adjective of
talent the parser may read as a verb) and "attacked" a part of the course (a move in a
race), on invented sentences with the real pipeline; the spoken senses stay."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported


@pytest.mark.parametrize(
    "text",
    [
        "Tom Varga finished third, ahead of promising Welshman Dan Holt.",
        "The cup went to promising youngster Ann Lee.",
        "The Velmora runner attacked the final lap and won by two seconds.",
        "Ann Lee attacked the climb with ten kilometres left.",
        "The Velmora runner attacked the last 300m to come through ahead of Tom Varga.",
        "Dan Holt attacked on the last descent and held on.",
    ],
)
def test_sport_words_give_no_reported_line(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor was promising voters a new ferry by spring.",
            "The mayor",
            "a new ferry",
        ),
        ("Ann Lee promised that the pier would reopen.", "Ann Lee", "the pier would reopen"),
        ("Tom Varga attacked the toll plan as reckless.", "Tom Varga", "the toll plan"),
        ("Ann Lee attacked the 300 job cuts as reckless.", "Ann Lee", "the 300 job cuts"),
        ("The coach attacked the referee for his decisions.", "The coach", "the referee"),
        # a person named like a part of the course is a person attacked in words
        (
            'Mayor Tom Varga attacked Hill as "a coward who hides from voters" on Monday.',
            "Mayor Tom Varga",
            "a coward who hides from voters",
        ),
        # a promise with its words quoted after whom it was made to
        (
            'Ann Lee won the vote on Friday, promising residents "a ferry every hour".',
            "Ann Lee",
            "a ferry every hour",
        ),
    ],
)
def test_promises_and_verbal_attacks_stay(nlp: Any, text: str, speaker: str, content: str) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert content in found[0][1]
