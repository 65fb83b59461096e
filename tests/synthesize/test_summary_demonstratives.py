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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report-time word, or "this" standing alone before its verb, points at nothing
        ("The mill expects to post a loss this quarter, its owner said.", False),
        ("Wool prices fell sharply in Varrow these days, traders said.", False),
        ("The council will vote on the bridge this session, Ann Lee said.", False),
        ("Ann Lee said this was the worst harvest in Varrow in years.", False),
        ("The weavers said this would force two mills to close.", False),
        # Negative: a noun after "this" still points back
        ("The weavers said this plan would force two mills to close.", True),
        ("Ann Lee said these losses were the worst in Varrow.", True),
    ],
)
def test_report_times_and_a_pronoun_this_point_at_nothing(text: str, expected: bool) -> None:
    assert demonstrative_back(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 45-year-old retired teacher had lived in Dunmore since 1990.", False),
        ("The 40-year-old, Soviet-designed reactor will close.", False),
        ("The 30-year-old painted bridge over the Varrow will close.", False),
        # Negative: a verb right after the age, or a comma then a noun for a person, points back
        ("The 45-year-old was held in Dunmore on Friday.", True),
        ("The 45-year-old pleaded guilty on Friday.", True),
        ("The 45-year-old, a weaver from Dunmore, was held.", True),
    ],
)
def test_an_age_before_an_adjective_and_a_noun_is_no_person(text: str, expected: bool) -> None:
    assert needs_antecedent(text) is expected


def test_an_articles_first_body_sentence_points_back_at_nothing(nlp: Any) -> None:
    # Invented: a headline line, then a lead whose "this" noun phrase opens the story.
    text = (
        "Varrow mill warns of loss\n\n"
        "The Varrow mill expects its first loss after this record harvest, Ann Lee said.\n\n"
        "Only two other mills have matched this record since the harbour opened."
    )
    story = Story(list(analyze_articles([Article(id="a", text=text, source="s")], nlp=nlp)))
    lead = next(i for i, s in enumerate(story.sentences) if s.text.startswith("The Varrow"))
    assert story.sentences[lead].index > 0
    assert not needs_previous(story, lead)
    # Negative: a later body sentence with such a noun phrase still needs the one before
    assert needs_previous(story, lead + 1)
