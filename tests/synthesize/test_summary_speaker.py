"""A sentence whose speaker is a bare pronoun ('"...," they wrote.') reads only after the
sentence that names the speaker."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_rules import needs_previous, pronoun_speaker
from tests.synthesize.builders import tagged_article
from tests.synthesize.stories import lines_story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a quotation's closing mark, whatever the quotation names
        ('While Ms. Kells "praised the looms, she never mentioned the debts," they wrote.', True),
        ('"Will the mill close?" she asked the mayor of Dunmore.', True),
        ("``The mill is closed for good,'' they wrote in a letter.", True),
        # set off by a comma and closing the sentence or a clause
        ("The looms will be sold at auction in Galway next month, she added.", True),
        ("The mill had lost its last buyers, he told reporters on Monday.", True),
        ("The mill will close, they said in a statement, and the looms will be sold.", True),
        ("The weavers, they said, had been paid until March.", True),
        ("The Dunmore mill will close in May, said they.", True),
        # "it" for a body named before: a council, a firm, a survey
        ("Lower harbour fees had lifted the mood of the traders, it said.", True),
        ('"The pier will reopen in May," it said in a statement.', True),
        # the speaker named, or the pronoun no speaker
        ('"The mill is closed for good," Colm Reddan wrote in a letter.', False),
        ("When the police arrived, they told reporters the weavers had left.", False),
        ("Colm Reddan said they wrote to him in March about the looms.", False),
        ('"He said the mill would close," Colm Reddan recalled on Monday.', False),
        ("The weavers said they would fight the closure of the mill.", False),
        ("When the harbour board met on Monday, it said the fees would rise.", False),
        ("The harbour board said it would close the pier in May.", False),
    ],
)
def test_pronoun_speaker(text: str, expected: bool) -> None:
    assert pronoun_speaker(text) == expected


def test_a_he_or_she_speaker_named_earlier_in_the_sentence_reads_alone() -> None:
    lines = [
        '"The mill will close," Colm Reddan said, "and," he added, "the looms will be sold."',
        # negative cases: the name is only in the quoted words, or the speaker is "they"
        '"Colm Reddan closed the mill, and he sold the looms," she wrote.',
        '"Colm Reddan will close the mill," Brona Kells said, "and," they added, "sell it."',
        "The mill will close in May, she said.",
    ]
    article = tagged_article("a", lines, (("Colm Reddan", "PERSON"), ("Brona Kells", "PERSON")))
    story = Story([article])
    assert [needs_previous(story, i) for i in range(4)] == [False, True, True, True]


# The letter's writers are named in the sentence before their words; the words name a person
# of their own, so only the attribution tells that the speaker is missing.
LETTER = [
    "Three council members of Dunmore wrote to the ferry company on Monday about the strike.",
    'While Brona Kells "praised the new ferry timetable, she never once mentioned the '
    'crossings cancelled since March," they wrote.',
    "The Dunmore ferry crossings have been cancelled since March because of the strike.",
]
# Another outlet tells the same words, so the quoted sentence is the densest in the story's
# shared concepts: without the rule, a short summary takes it alone.
OTHER = [
    "Brona Kells praised the new ferry timetable at a meeting in Galway on Monday.",
    "The council said she never once mentioned the crossings cancelled since March.",
]


@pytest.fixture(scope="module")
def letter_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-02-07", letter=LETTER, other=OTHER)


def test_a_pronoun_speaker_needs_the_sentence_before(letter_story: Story) -> None:
    assert needs_previous(letter_story, 1)
    # the sentence naming its own subject reads alone
    assert not needs_previous(letter_story, 2)


def test_a_pronoun_speaker_is_chosen_only_with_its_antecedent(letter_story: Story) -> None:
    for words in (20, 25, 40, 200):
        texts = [s.text for s in summarize(letter_story, group_sentences(letter_story), words, {})]
        if LETTER[1] in texts:
            assert LETTER[0] in texts
            assert texts.index(LETTER[0]) == texts.index(LETTER[1]) - 1


def test_a_person_only_spoken_of_before_the_pronoun_is_no_speaker() -> None:
    # Review 3 finding 5: the name is what the words are about, not who says them.
    lines = [
        'Colm Reddan was a kind man, "and we will all miss him," she said.',
        'Colm Reddan will not run again, "and the party must find a candidate," she said.',
        # negative: the name is the subject of a saying verb, before or after it
        '"The mill will close," Colm Reddan said, "and," he added, "the looms will be sold."',
        '"The mill will close," said Colm Reddan, "and," he added, "the looms will be sold."',
    ]
    article = tagged_article("a", lines, (("Colm Reddan", "PERSON"),))
    story = Story([article])
    assert [needs_previous(story, i) for i in range(4)] == [True, True, False, False]
