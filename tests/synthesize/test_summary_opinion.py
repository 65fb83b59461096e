"""A summary tells the news, not a column's or an editorial's view: articles whose writer
talks to the reader, or that open by framing all that follows as an editorial's words, give
no summary sentence unless every article of the story is one."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_candidates import in_place
from crossbrief.synthesize.summary_opinion import opinion_pages, order, own_voice
from tests.synthesize.builders import tagged_article

REPORT = [
    "The harbour board of Velmora voted on Tuesday to close the north quay.",
    "The board said the quay had lost money for six years.",
    '"We had no choice," said Ann Lee, the board\'s chairwoman.',
    "Dock workers plan to protest outside the board's offices on Friday.",
    "The quay is to shut before the summer.",
]
COLUMN = [
    "The harbour board has made its choice, and it is the wrong one.",
    "Remember that the board promised the quay would stay open for a decade.",
    "And consider what the dock workers were told last spring.",
    "The north quay has served Velmora since the war.",
    "Closing it will cost the town far more than it saves.",
]
EDITORIAL = [
    "The Velmora Courier wrote in a Sunday editorial for March 3: The board has failed the town.",
    "Its vote on the north quay ignores the workers who built the port.",
    "The quay lost money because the board neglected it for years.",
    "A better plan is needed before the spring.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remember that the board promised the quay would stay open.", True),
        ("And consider what the dock workers were told last spring.", True),
        ("Don't expect the harbour board to change its mind.", True),
        # a speaker's order inside quotation marks, and a report of one, are not the writer's
        ('"Remember the quay," Ann Lee told the dock workers.', False),
        ("Ann Lee told the workers to remember the quay.", False),
        ("Consideration of the plan was put off until March.", False),
    ],
)
def test_an_order_to_the_reader_opens_outside_quotation_marks(text: str, expected: bool) -> None:
    assert order(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We no longer trust the harbour board of Velmora.", True),
        ("Who will pay for the north quay now?", True),
        ("What a shameful day for Velmora!", True),
        # quoted words, a question a speaker asks, a title with a pronoun in it
        ('"We had no choice," said Ann Lee, the chairwoman.', False),
        ('Ann Lee asked: "Who will pay for the quay?"', False),
        ("The board met after the TV show Get Me Out Of Here ended.", False),
        ("The board voted on Tuesday to close the north quay.", False),
    ],
)
def test_the_writers_own_voice(text: str, expected: bool) -> None:
    assert own_voice(text) == expected


def test_a_column_and_a_framed_editorial_are_opinion_a_report_is_not() -> None:
    story = Story(
        [
            tagged_article("report", REPORT, (("Ann Lee", "PERSON"),)),
            tagged_article("column", COLUMN),
            tagged_article("editorial", EDITORIAL, (("Velmora Courier", "ORG"),)),
        ]
    )
    assert opinion_pages(story) == {"column", "editorial"}


def test_a_report_quoting_an_editorial_is_no_editorial() -> None:
    quoting = [
        "The harbour board of Velmora voted on Tuesday to close the north quay.",
        "In a Sunday editorial, the Velmora Courier had urged the board to wait.",
        "The board said the quay had lost money for six years.",
    ]
    story = Story([tagged_article("report", quoting)])
    assert opinion_pages(story) == set()


def test_opinion_gives_no_summary_sentence_unless_all_articles_are_opinion() -> None:
    story = Story([tagged_article("report", REPORT), tagged_article("column", COLUMN)])
    kept = {story.sentences[i].article for i in in_place(story, range(len(story.sentences)))}
    assert kept == {"report"}
    alone = Story([tagged_article("column", COLUMN)])
    assert len(in_place(alone, range(len(alone.sentences)))) == len(COLUMN)


def test_a_speakers_words_across_sentences_are_no_writers_voice() -> None:
    # the quotation opens with a stray single mark and runs on with no mark of its own
    quoting = [
        "The harbour board of Velmora voted on Tuesday to close the north quay.",
        "Ann Lee, a dock worker, said: `Most of my friends will lose their jobs.",
        "My position is that we fight the vote.",
        "Our jobs are all we have in this town.",
        "We have no choice and I will not give in.'",
        "The board said the quay had lost money for six years.",
    ]
    story = Story([tagged_article("report", quoting, (("Ann Lee", "PERSON"),))])
    assert opinion_pages(story) == set()
    # the same words in the writer's voice, with no quotation open, are a column's
    column = [quoting[0], "Most of my friends will lose their jobs.", *quoting[2:]]
    story = Story([tagged_article("column", column)])
    assert opinion_pages(story) == {"column"}
