"""A definite subject standing for what the sentences just before it told ("The piers were
built ..." after a sentence about two piers; "The rise came ..." after a climb) reads only
after them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_given import given_subject
from tests.synthesize.stories import lines_story

TERMINAL = [
    "Velmora's harbour board opened a new ferry terminal on the north quay on Monday.",
    "Two old piers on the south side of the harbour were closed by the board in the spring.",
    "The piers were built by the fishermen of the town almost a century ago.",
    "According to the board, the piers were too weak for the new ferries.",
    "Passenger numbers at the new terminal climbed by a fifth in its first month.",
    "The rise came despite a long strike by the ferry crews over their pay.",
    "The harbour board of Velmora said the terminal would stay open all winter.",
    "The weather was calm on the morning the terminal opened to the public.",
    "The terminal was designed by an architect from Galway.",
]
# a definite subject opening an article's first sentence: nothing before it to stand for
QUAYS = [
    "The quays will be rebuilt next year, the harbour board of Velmora said.",
    "The rise in passenger numbers at the terminal came despite a long strike by the crews.",
]


@pytest.fixture(scope="module")
def terminal_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-05-06", a=TERMINAL, b=QUAYS)


def test_a_definite_subject_told_just_before_needs_that_sentence(terminal_story: Story) -> None:
    # "The piers" after a sentence about two piers, "The rise" after a climb, and after a
    # fronted source ("According to the board, the piers ...")
    assert [given_subject(terminal_story, i) for i in (2, 3, 5)] == [True, True, True]


def test_a_new_or_identified_subject_reads_alone(terminal_story: Story) -> None:
    # the lead, an identified noun ("The harbour board of Velmora"), a noun not told before
    # ("The weather"), a noun both reports use ("The terminal": the story's own), an
    # article's first sentence ("The quays ..." opens b) and a change that says what changed
    # ("The rise in passenger numbers ...")
    for i in (0, 1, 4, 6, 7, 8, 9, 10):
        assert not given_subject(terminal_story, i)


# A rise told in a's second sentence; b tells the strike the rise came despite, so "The rise
# came ..." is the densest sentence in the story's shared concepts: without the rule, a
# short summary takes it alone.
RISE = [
    "Velmora's harbour board met on Monday to set the ferry fees for the summer.",
    "Passenger numbers at the north quay terminal climbed by a fifth in its first month.",
    "The rise came despite a long strike by the ferry crews over their pay and hours.",
]
STRIKE = [
    "A long strike by the ferry crews of Velmora over their pay and hours ended on Monday.",
    "The crews had walked out in the spring over their pay and the length of their hours.",
]


@pytest.fixture(scope="module")
def rise_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-05-06", a=RISE, b=STRIKE)


def test_summary_keeps_a_given_subject_after_the_sentence_it_stands_for(
    rise_story: Story,
) -> None:
    for words in (16, 20, 30, 45, 200):
        chosen = [s.text for s in summarize(rise_story, group_sentences(rise_story), words, {})]
        assert chosen
        if RISE[2] in chosen:
            assert chosen.index(RISE[1]) == chosen.index(RISE[2]) - 1


# A meeting named in the second sentence and taken up again as "The meeting" three sentences
# later, past two sentences about something else: a definite noun repeats its article's
# earlier noun however far back that was.
HEARING = [
    "Ann Lee was named the new head of the Velmora harbour board on Tuesday.",
    "She told the fishermen of the town about her plans at a meeting in the old market hall.",
    "Lee has worked for the board since 1998 and ran its southern office for a decade.",
    "Her predecessor left the post in March after a long row over the price of moorings.",
    "The meeting was filmed by a local television crew and shown the same evening.",
    "The weather was calm and dry in the town for the rest of that week.",
]
# another report of the appointment, which tells neither the meeting nor the hall
APPOINTED = [
    "The Velmora harbour board named Ann Lee its new head on Tuesday.",
    "Lee said the price of moorings would not rise for at least two years.",
]


@pytest.fixture(scope="module")
def hearing_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-05-06", a=HEARING, b=APPOINTED)


def test_a_definite_subject_told_further_back_in_its_article_needs_it(
    hearing_story: Story,
) -> None:
    # "The meeting" three sentences after the sentence that names the meeting
    assert given_subject(hearing_story, 4)


def test_a_definite_subject_no_earlier_sentence_names_reads_alone(hearing_story: Story) -> None:
    # "The weather": no sentence before it names any; b's first sentence opens its article
    assert not given_subject(hearing_story, 5)
    assert not given_subject(hearing_story, 6)


def test_a_verb_of_saying_after_the_subject_is_no_noun_of_it(nlp: Any) -> None:
    lines = [
        "The harbour board of Velmora will raise its mooring fees, Ann Lee says.",
        "Lee says the fees have not risen since the old quay was built in 1990.",
        "The council says that the money should pay for a new breakwater.",
        "The fees will rise by a tenth for fishing boats in the spring.",
    ]
    other = ["A storm closed the ferry crossing to the islands on Monday night."]
    story = lines_story(nlp, "2031-05-06", a=lines, b=other)
    # "The council says ...": its noun is "council", told nowhere before, not "says"
    assert not given_subject(story, 2)
    # Negative: "The fees" repeats the noun the sentences before named
    assert given_subject(story, 3)


def test_the_subjects_noun_is_the_parses_not_a_verb_after_it(nlp: Any) -> None:
    lines = [
        "The harbour board of Velmora drew up a plan for its two old piers on Monday.",
        "Ann Lee, who chairs the board, said work would begin in the autumn.",
        "The plan covers the repair of both piers and a new slipway for the lifeboat.",
    ]
    other = ["A storm closed the ferry crossing to the islands on Monday night."]
    story = lines_story(nlp, "2031-05-06", a=lines, b=other)
    # "The plan covers ...": the parse's subject is "plan", told in the first sentence (word
    # order alone took the verb "covers" for the noun, and found it told nowhere)
    assert given_subject(story, 2)
    # Negative: the same sentence from an analysis saved before subjects were read falls back
    # to word order
    old = Story([replace(a, clauses=None) for a in story.articles])
    assert not given_subject(old, 2)
