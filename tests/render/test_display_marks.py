"""Typewriter quote marks as a reader sees them: `` opens, and '' opens where a word
follows it at a word's start (the New York Times writes both marks ''), else closes; the space
tokenised text puts after `` is not shown."""

from __future__ import annotations

import pytest

from crossbrief.render.labels import display


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "''Lee is a hero,'' Voss wrote, ''but not today.''",
            "\u201cLee is a hero,\u201d Voss wrote, \u201cbut not today.\u201d",
        ),
        ("He said ``yes'' twice.", "He said \u201cyes\u201d twice."),
        # (the spaced "--" between them shows as a dash)
        ("(''Go'') -- ''Now''", "(\u201cGo\u201d) \u2014 \u201cNow\u201d"),
        # a mark with spaces round it (tokenised corpus text) closes
        ("the ferry '' .", "the ferry \u201d ."),
        # a lone apostrophe stays
        ("Lee's ferry", "Lee's ferry"),
        # the space tokenised text puts after an opening `` is not shown
        (
            "She called it `` a mistake,'' then left.",
            "She called it \u201ca mistake,\u201d then left.",
        ),
        # Negative: a space after a '' that closes stays
        ("She said ``no'' again.", "She said \u201cno\u201d again."),
    ],
)
def test_marks_open_and_close(text: str, shown: str) -> None:
    assert display(text) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a wire's spaced underscore or double hyphen between words is a dash
        (
            "The ferry sank _ all 40 aboard were saved.",
            "The ferry sank \u2014 all 40 aboard were saved.",
        ),
        (
            "Two towns _ Velmora and Orlin _ voted no.",
            "Two towns \u2014 Velmora and Orlin \u2014 voted no.",
        ),
        ("The ferry sank -- all were saved.", "The ferry sank \u2014 all were saved."),
        # Negative: an underscore inside a word, a handle or a file name stays
        ("See harbour_board_notes.txt today.", "See harbour_board_notes.txt today."),
        ("Follow @ann_lee for news.", "Follow @ann_lee for news."),
        # Negative: a blank to fill in, or a line of underscores, is no dash
        ("Name: ____ and date: __", "Name: ____ and date: __"),
        ("Pass --format json to see all.", "Pass --format json to see all."),
    ],
)
def test_a_spaced_underscore_or_double_hyphen_shows_as_a_dash(text: str, shown: str) -> None:
    assert display(text) == shown
