"""The summary's reading order: the event before the reaction to it."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_order import reading_order
from crossbrief.synthesize.summary_reactions import reacted_to, tells
from crossbrief.synthesize.text import stem
from tests.synthesize.stories import lines_story


@pytest.mark.parametrize(
    ("reaction", "event", "expected"),
    [
        ("The board condemned the arrest of Ann Lee.", "Ann Lee was arrested on Monday.", True),
        ("The union welcomed the ruling, which freed Ann Lee.", "The judge adjourned.", False),
        # the act is the reaction's object (and its "of" phrase), not a relative clause's
        ("The union welcomed the ruling, which freed Ann Lee.", "Ann Lee was freed.", False),
        ("The union welcomed the reopening of the pier, shut since May.", "It reopened.", True),
        ("The union welcomed the reopening of the pier, closed since May.", "It closed.", False),
        # a verb of saying tells no act; nor does a sentence that reports a reaction itself
        ("The board deplored reports of a riot.", "Ann Lee reported a riot.", False),
        ("The board condemned the arrest.", "The union also condemned the arrest.", False),
        # no reaction: nothing to put an event before
        ("The board met on the arrest of Ann Lee.", "Ann Lee was arrested on Monday.", False),
    ],
)
def test_tells_the_event_reacted_to(reaction: str, event: str, expected: bool) -> None:
    acts = reacted_to(reaction)
    assert (acts is not None and tells(event, acts)) is expected


def test_reacted_to_names_the_act() -> None:
    acts = reacted_to("The harbour board condemned the arrest of the ferry captain.")
    assert acts is not None and stem("arrest") in acts
    assert reacted_to("The harbour board met the ferry captain on Monday.") is None


# Invented: the newest report leads with a reaction; an older one tells the arrest late.
REACTION = [
    "The harbour board of Dunmore condemned the arrest of the Velmora ferry captain Ann Lee.",
    "The ferry line to Velmora has stopped all its crossings.",
]
EVENT = [
    "The Velmora ferry left Dunmore on Monday with forty passengers.",
    "Port police said the crossing had been calm.",
    "Ferry captain Ann Lee was arrested when the ferry reached Velmora on Monday night.",
]


@pytest.fixture(scope="module")
def arrest_story(nlp: Any) -> Story:
    return lines_story(nlp, new=REACTION, old=EVENT)


def test_the_event_is_read_right_before_the_reaction(arrest_story: Story) -> None:
    order = reading_order(arrest_story, [0, 1, 2, 4], {}, {0: 1})
    texts = [arrest_story.sentences[i].text for i in order]
    assert texts.index(EVENT[2]) == texts.index(REACTION[0]) - 1
    # the event and its reaction open the summary; the others keep their order after them
    assert texts[2:] == [EVENT[0], REACTION[1]]


def test_a_reaction_with_no_event_told_keeps_its_place(arrest_story: Story) -> None:
    order = reading_order(arrest_story, [0, 1, 2, 3], {}, {0: 1})
    assert order[0] == 0


def test_a_later_report_of_the_event_is_not_moved_before_the_reaction(nlp: Any) -> None:
    reaction = ["Ann Lee condemned the arrest of the Velmora harbour master on Monday."]
    event = ["The Velmora harbour master was arrested again on Friday after a storm."]
    dates = {"r": "2031-06-01", "e": "2031-06-05"}
    for event_date, moved in (("2031-06-05", False), ("2031-05-30", True)):
        dates["e"] = event_date
        articles = [
            Article(id="r", text=reaction[0], source="r", published=dates["r"]),
            Article(id="e", text=event[0], source="e", published=event_date),
        ]
        story = Story(list(analyze_articles(articles, nlp=nlp)))
        # the reaction leads (the newest reports' lead); an earlier event goes before it
        order = reading_order(story, [0, 1], dict(dates), {0: 1})
        assert order == ([1, 0] if moved else [0, 1])
