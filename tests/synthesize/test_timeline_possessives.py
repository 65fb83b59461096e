"""A timeline entry whose sentence opens on "His" or "Her" before a common noun ("His boat
sank ...") names its person in brackets, as one opening on "He" or "She" does, only when the
sentence before settles who; a title ("Her Majesty's ...") and an unsettled person keep the
sentence as written (session 19; invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _on(nlp: Any, date: str, text: str) -> list[str]:
    """The texts of the timeline entries on ``date`` of one article dated 2031-05-10."""
    article = Article(id="a", text=text, published="2031-05-10")
    return [e.text for e in brief_articles([article], nlp=nlp).timeline if e.date == date]


WOMAN = "Ann Lee, the Velmora harbour chief, met the port's owner Tom Kerr on Monday."
MAN = "Tom Kerr, the former mayor of Velmora, spoke about his years in office on Monday."


def test_an_opening_her_names_the_one_woman_named_before(nlp: Any) -> None:
    text = f"{WOMAN} Her boat sank off Orlen on April 6, 2031, after a storm."
    assert _on(nlp, "2031-04-06", text) == [
        "[Ann Lee's] boat sank off Orlen on April 6, 2031, after a storm."
    ]


def test_an_opening_his_names_the_man_named_before(nlp: Any) -> None:
    text = f"{MAN} His boat sank off Orlen on April 6, 2031, after a storm."
    assert _on(nlp, "2031-04-06", text) == [
        "[Tom Kerr's] boat sank off Orlen on April 6, 2031, after a storm."
    ]


@pytest.mark.parametrize(
    ("named", "sentence"),
    [
        # the person named before is of the other sex: no name is guessed
        (MAN, "Her boat sank off Orlen on April 6, 2031, after a storm."),
        # a title, not a person's possession
        (WOMAN, "Her Majesty's coastguard closed the Orlen pier on April 6, 2031."),
    ],
)
def test_a_possessive_whose_person_is_not_settled_is_shown_as_written(
    nlp: Any, named: str, sentence: str
) -> None:
    # Negative: the sentence is shown as written, with no bracketed name.
    assert _on(nlp, "2031-04-06", f"{named} {sentence}") == [sentence]
