"""Session 11: a speaker phrase stands for the name it carries, not the one named last: an
organisation noun with its own name before it ("the Bayside Tribune newspaper"), a
possessed noun with a name in apposition ("her party, Harbour Forward"); a singular party
word with "the" ("the Oregon Republican") is a member, not the party; a comparison's
subject ("just as Ben Cole did") is not whom a later "he" stands for. Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes

LEAD = "Ann Lee met the Harbour Workers Union on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            LEAD + "The two sides will sign a deal, the Bayside Tribune newspaper reported.",
            "Bayside Tribune",
        ),
        (
            LEAD + "Investigators learned nothing, according to the Nordpress news agency.",
            "Nordpress",
        ),
        (LEAD + "The Oregon Republican said the deal was good.", None),
        (
            "Ann Lee was killed on Friday. Her aide, Tom Webb, was wounded.\n\n"
            "Her political party, Harbour Forward, called on all members to light candles.",
            "Harbour Forward",
        ),
        # Negative: an organisation noun with no name of its own is the one just named.
        (LEAD + "The deal is fair, the union said.", "the Harbour Workers Union"),
        # Negative: a place before the noun is where the paper is, not its name; an
        # unnamed paper is none; an organisation modifying a group is not the group.
        (LEAD + "The deal will pass, the Boston newspaper reported.", None),
        (LEAD + "The deal will pass, a Bayside Tribune newspaper reported.", None),
        (
            "The Boston Herald sued Ann Lee on Monday.\n\nThe deal will pass, the Boston "
            "newspaper reported.",
            "The Boston Herald",
        ),
        (LEAD + "Harbour Council Republicans said the deal was good.", "Republicans"),
        # Negative: a possessor's name is not the organisation's own.
        (LEAD + "Costs will rise, Russia's state news agency said.", None),
    ],
)
def test_a_speaker_phrase_stands_for_its_own_name(nlp: Any, text: str, name: str | None) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found, text
    assert found[-1].speaker_name == name, (found[-1].speaker_text, found[-1].speaker_name)


def test_a_comparisons_subject_is_not_a_later_pronouns_antecedent(nlp: Any) -> None:
    text = (
        "Tom Hale said he admired Ann Lee.\n\n"
        "Hale asked his old foe to run the port in May, just as Governor Ben Cole did "
        "with his own foes years ago.\n\n"
        '"He trusted her with the port, and it worked out well," he said.'
    )
    (found,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert found.speaker_name == "Tom Hale"


def test_a_temporal_as_clause_keeps_its_subject(nlp: Any) -> None:
    # Negative: "as Ben Cole walked in" is no comparison; its subject stays a subject.
    text = 'Ann Lee left the hall, as Ben Cole walked in.\n\n"It was a good idea," he said.'
    (found,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert found.speaker_name == "Ben Cole"


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        ("She had a quarrel with a Salem newspaper that Tom Hale runs.", None),
        # Negative: with no unnamed newspaper brought in, the one just named.
        ("She had a quarrel with the paper's owner, Tom Hale.", "The Harbour Herald"),
    ],
)
def test_the_noun_after_an_unnamed_one_is_that_one(nlp: Any, middle: str, name: str | None) -> None:
    text = f"The Harbour Herald praised Ann Lee on Monday. {middle} The newspaper accused her of fraud."
    found = [q for q in quotes(nlp, text) if q.speaker_text == "The newspaper"]
    assert found, text
    assert found[0].speaker_name == name
