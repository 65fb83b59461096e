"""A charge and its denial, or a reaction to it, are two acts of one dispute: neither cites
the other, however many of the dispute's words they share."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize import summary as summary_module
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_cites import citations
from crossbrief.synthesize.summary_speech_acts import opposite_acts

# Invented: a councillor's charge against the harbour board and the board's answers.
CHARGE = "Ann Lee accused the Velmora harbour board of hiding a report on the north pier."
DENIAL = "The Velmora harbour board denied hiding a report on the north pier from Ann Lee."
REACTION = (
    "The mayor was dismayed by Ann Lee's accusations against the harbour board over the report."
)
ALSO_CHARGE = "Ann Lee charged that the Velmora harbour board hid a report on the north pier."


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (CHARGE, DENIAL, True),
        (REACTION, CHARGE, True),
        # negative: two tellings of the charge, or of the denial; a denial and a reaction
        (CHARGE, ALSO_CHARGE, False),
        (DENIAL, "The harbour board rejected the report's findings.", False),
        (DENIAL, REACTION, False),
        # negative: a passive "denied" is another act; the charge made, not reacted to; a
        # denial in a side clause is not the sentence's act
        ("Ann Lee was denied a seat on the harbour board.", CHARGE, False),
        ("Ann Lee made allegations against the harbour board on Monday.", CHARGE, False),
        (
            "Ann Lee, who denies the charges, resigned from the board.",
            "Lee accused the board.",
            False,
        ),
    ],
)
def test_opposite_acts(a: str, b: str, expected: bool) -> None:
    assert opposite_acts(a, b) == expected
    assert opposite_acts(b, a) == expected


def test_a_reaction_does_not_cite_the_charge(nlp: Any) -> None:
    texts = [REACTION, CHARGE, ALSO_CHARGE]
    articles = [Article(id=k, text=t, source=k) for k, t in zip("abc", texts, strict=True)]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == texts
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((3, 3), dtype=bool)
    np.fill_diagonal(same, False)
    assert [r.article for r in citations(story, 0, same, concepts)] == ["a"]
    # negative: the two tellings of the charge still cite each other
    assert [r.article for r in citations(story, 1, same, concepts)] == ["b", "c"]
