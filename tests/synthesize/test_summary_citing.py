"""A summary sentence cites only sentences that carry its own claim, not only its background."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_cites import carried, citations, preview

# The first sentence's claim is the council's meeting; its background (the ferry sank) is
# all the second outlet's sentence shares with it.
ANGLE = (
    "On the day the Varrow ferry sank, the county council held a closed meeting about its "
    "budget for roads and schools and voted to sell the old harbour offices."
)
BACKGROUND = "The Varrow ferry sank off the coast on Tuesday with 40 people aboard."
RETOLD = (
    "The county council held a closed meeting about its budget for roads and schools and "
    "voted to sell the old harbour offices."
)


def test_carried_is_the_share_of_the_first_sentence_s_content_words() -> None:
    mine = {"ferri", "sank", "council", "meet", "ferri sank"}
    # bigrams are not counted: a share of the four words
    assert carried(mine, {"ferri", "sank", "council meet"}) == 0.5
    assert carried({"ferri", "sank"}, mine) == 1.0
    assert carried({"ferri sank"}, mine) == 0.0


def test_a_citation_must_carry_the_sentence_s_own_claim(nlp: Any) -> None:
    articles = [
        Article(id="a", text=ANGLE, source="a"),
        Article(id="b", text=BACKGROUND, source="b"),
        Article(id="c", text=RETOLD, source="c"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [ANGLE, BACKGROUND, RETOLD]
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    # as a fact group would: all three held to tell one thing
    same = np.ones((3, 3), dtype=bool)
    np.fill_diagonal(same, False)
    refs = citations(story, 0, same, concepts)
    assert [r.article for r in refs] == ["a", "c"]
    # the long one carries of the background sentence only the ferry's name and its sinking,
    # not where, when or how many: the name is who, not what, and leaves too little
    refs = citations(story, 1, same, concepts)
    assert [r.article for r in refs] == ["b"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour board is to vote on the Velmora quay on Friday.", True),
        ("Ann Lee will ask the court in Velmora to delay the trial.", True),
        ("The dock workers plan to march on the harbour board on Friday.", True),
        ("The harbour board voted on Friday to close the Velmora quay.", False),
        # a side remark's future, a purpose, a quoted future, a reported "would"
        ("The quay, which will close in March, employed 300 dock workers.", False),
        ("The aim is to cut the harbour board's costs by a third.", False),
        ('"We will fight on," Ann Lee said after the vote in Velmora.', False),
        ("Ann Lee said the board would close the quay in March.", False),
        # a prospect: the event may yet come, or not
        ("The harbour board could close the Velmora quay with one more vote.", True),
        ("Ann Lee might quietly ask the court in Velmora to delay the trial.", True),
        ("The harbour board must now decide whether to close the Velmora quay.", True),
        # a past told with a modal, and the month: no prospect
        ("The harbour board could not confirm the toll at the Velmora quay.", False),
        ("Ann Lee may have left the Velmora quay before the fire began.", False),
        ("The harbour board met in May to close the Velmora quay.", False),
        # "plans" as a noun, after a possessive, a determiner or a modifying name
        ("The board dropped its plans to close the Velmora quay in March.", False),
        (
            "Ann Lee denied a split over the vote to back rival Velmora plans to close the quay.",
            False,
        ),
        # ... and as a verb after its subject name
        ("Ann Lee said Velmora plans to close the quay in March.", True),
        # a prospect in a clause under another event: the event is done
        ("The two boards met amid talk that the bid may rise to 40 million.", False),
    ],
)
def test_a_preview_tells_its_event_as_still_to_come(text: str, expected: bool) -> None:
    assert preview(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "might" and "must" as nouns, after a possessive or a determiner: no prospect
        ("The navy's might was on show at the Velmora parade on Friday.", False),
        ("The navy showed its might at the Velmora parade on Friday.", False),
        ("The Velmora parade was a must for the navy's sailors on Friday.", False),
        # Negative: the modal after its subject is still a prospect
        ("The navy might show its ships at the Velmora parade on Friday.", True),
        ("The navy's sailors must march at the Velmora parade on Friday.", True),
    ],
)
def test_a_modal_word_after_a_determiner_is_a_noun(text: str, expected: bool) -> None:
    assert preview(text) == expected


PREVIEW = "The trial of Ann Lee, a dock workers' leader in Velmora, is to open on Thursday."
OPENED = "The trial of Ann Lee, a dock workers' leader in Velmora, opened on Thursday."
ALSO_OPENED = "In Velmora the trial of the dock workers' leader Ann Lee opened on Thursday."


def test_a_preview_and_a_report_of_the_event_done_do_not_cite_each_other(nlp: Any) -> None:
    articles = [
        Article(id="a", text=PREVIEW, source="a"),
        Article(id="b", text=OPENED, source="b"),
        Article(id="c", text=ALSO_OPENED, source="c"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [PREVIEW, OPENED, ALSO_OPENED]
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((3, 3), dtype=bool)
    np.fill_diagonal(same, False)
    assert [r.article for r in citations(story, 0, same, concepts)] == ["a"]
    # two reports of the trial opened still cite each other
    assert [r.article for r in citations(story, 1, same, concepts)] == ["b", "c"]


# One named official's two statements in two outlets, and a rewording of the first: the
# name, the title and the verb of saying are who spoke, not what was said.
STATED = (
    "Deputy Commissioner Mara Odell of the Velmora harbour board said the north quay "
    "would reopen to cargo ships next month."
)
OTHER_STATEMENT = (
    "Deputy Commissioner Mara Odell of the Velmora harbour board said fishing licences "
    "in the bay would be cut by half."
)
RESTATED = (
    "Mara Odell, the deputy commissioner of the harbour board in Velmora, told reporters "
    "that the reopening of the north quay to cargo ships was planned for next month."
)


def test_one_official_s_other_statement_is_no_citation(nlp: Any) -> None:
    articles = [
        Article(id="a", text=STATED, source="a"),
        Article(id="b", text=OTHER_STATEMENT, source="b"),
        Article(id="c", text=RESTATED, source="c"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [STATED, OTHER_STATEMENT, RESTATED]
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((3, 3), dtype=bool)
    np.fill_diagonal(same, False)
    # the other statement shares only its speaker's name and title: no citation either way
    assert [r.article for r in citations(story, 0, same, concepts)] == ["a", "c"]
    assert [r.article for r in citations(story, 1, same, concepts)] == ["b"]
    # the rewording of the same statement still cites it
    assert [r.article for r in citations(story, 2, same, concepts)] == ["c", "a"]
