"""A "this"/"these" noun phrase past the first word, and an age standing for a person told
before, read only after the sentence before them."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_demonstratives import demonstrative_back
from crossbrief.synthesize.summary_rules import needs_antecedent, needs_previous


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only three ferries in Varrow have matched this record since 1990.", True),
        ("The mayor of Dunmore rejected these claims on Friday.", True),
        ("The weavers said this remarkable rise in wool prices would last.", True),
        # a time from the report's day, the writer's here, a name, or a quotation's own words
        ("The ferry crossed to Dunmore three times this week.", False),
        ("Wool prices rose this past year in the Varrow valley.", False),
        ("The union will meet this Friday in the Varrow mill hall.", False),
        ("The mill is the largest in this country, its owner said.", False),
        ('"We have never seen this kind of rain," Ann Lee said.', False),
        ("The weavers of Varrow went on strike for higher pay.", False),
    ],
)
def test_demonstrative_back(text: str, expected: bool) -> None:
    assert demonstrative_back(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 25-year-old won the Varrow sprint in record time.", True),
        ("The 25-year-old, a weaver from Dunmore, was held on Friday.", True),
        # an age before a name or a noun, or an age that is no one's, reads alone
        ("The 25-year-old Ann Lee won the Varrow sprint in record time.", False),
        ("The 25-year-old bridge over the Varrow will close.", False),
        ("A 25-year-old man was held in Dunmore on Friday.", False),
    ],
)
def test_an_age_standing_for_a_person_points_back(text: str, expected: bool) -> None:
    assert needs_antecedent(text) is expected


def test_a_demonstrative_sentence_needs_the_one_before(nlp: Any) -> None:
    # Invented: the record is told in the sentence before; the lead has nothing before it.
    text = (
        "Five ferries of the Varrow line sold out every crossing last summer. "
        "Only two other lines have matched this record since the harbour opened. "
        "The harbour board will add a sixth ferry next spring."
    )
    story = Story(list(analyze_articles([Article(id="a", text=text, source="s")], nlp=nlp)))
    assert len(story.sentences) == 3
    assert needs_previous(story, 1)
    # Negative: the lead and a plain sentence read alone.
    assert not needs_previous(story, 0)
    assert not needs_previous(story, 2)
