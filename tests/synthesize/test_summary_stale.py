"""A plan ("would wait before deciding to close the pier") and its outcome ("closed the
pier") are not both kept in a summary: the plan reads as a contradiction of the outcome."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_stale import overtaken


@pytest.mark.parametrize(
    ("plan", "done", "expected"),
    [
        (
            "The board would wait until May before deciding to close the north pier.",
            "The harbour board of Velmora closed the north pier on Tuesday.",
            True,
        ),
        (
            "Ann Lee said the ferry crossings to Dunmore will be cancelled next week.",
            "All ferry crossings to Dunmore were cancelled on Friday, the board said.",
            True,
        ),
        # the same verb for another thing: no plan of that outcome
        (
            "The board will open a new ferry terminal on the north quay in May.",
            "The board opened its books to the auditors of Velmora on Monday.",
            False,
        ),
        # both told done, or both planned: neither is overtaken
        (
            "The harbour board closed the north pier on Tuesday.",
            "The north pier was closed by the harbour board for repairs.",
            False,
        ),
        (
            "The board will close the north pier in May.",
            "Ann Lee said the board would close the north pier this spring.",
            False,
        ),
        # an outcome in an irregular past form, read by polarity's one modality test
        (
            "The harbour board will sell the old ferry company of Velmora.",
            "The harbour board sold the old ferry company to a Dunmore bank.",
            True,
        ),
        # a past form describing its noun is no outcome; a "to" under a compelling verb is no
        # plan: the act was done ("forced to close")
        (
            "The board will close the north pier in May.",
            "The closed north pier drew divers from all over Velmora.",
            False,
        ),
        # the object is read past figures and marks, and a name in it counts
        (
            "The league will cancel the 2031-32 winter games of Dunmore Rovers.",
            "The league cancelled all of Dunmore's games on Friday.",
            True,
        ),
        # a negated past tells the story before the act, no outcome of it
        (
            "The board will close the north pier in May.",
            "The board has never closed the north pier in its long history.",
            False,
        ),
        (
            "The storm forced the board to close the north pier on Tuesday.",
            "The board closed the north pier on Tuesday after the storm.",
            False,
        ),
    ],
)
def test_overtaken(plan: str, done: str, expected: bool) -> None:
    assert overtaken(plan, done) == expected
    # a done line is never overtaken by a plan
    assert not overtaken(done, plan)


# b's lead plans what a's lead tells done, in the same words: without the rule a long summary
# holds both.
CLOSED = [
    "Velmora's harbour board closed the north pier to all ferries on Tuesday after a storm.",
    "Divers found deep cracks in the old stone of the north pier last month.",
]
PLANNED = [
    "Ann Lee, the deputy chair of the board, said it would wait for the report of the divers "
    "before deciding to close the north pier.",
    "The ferry crews of Velmora have asked the board for a new pier on the south quay.",
]


@pytest.fixture(scope="module")
def pier_story(nlp: Any) -> Story:
    articles = [
        Article(id="a", text="\n\n".join(CLOSED), source="a", published="2031-06-03"),
        Article(id="b", text="\n\n".join(PLANNED), source="b", published="2031-05-20"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [*CLOSED, *PLANNED]
    return story


def test_summary_holds_a_plan_or_its_outcome_not_both(pier_story: Story) -> None:
    for words in (30, 45, 60, 200):
        chosen = [s.text for s in summarize(pier_story, group_sentences(pier_story), words, {})]
        assert chosen
        assert not (CLOSED[0] in chosen and PLANNED[0] in chosen)
    # the rest of the story is still told
    assert CLOSED[1] in chosen or PLANNED[1] in chosen
