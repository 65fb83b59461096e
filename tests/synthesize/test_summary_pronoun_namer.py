"""A "He"/"She" sentence may be read right after the sentence naming the person, not only
after the sentence before it in its article."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_order import reading_order
from crossbrief.synthesize.summary_people import pronoun_namer
from tests.synthesize.stories import lines_story

_DAY = "2031-05-05"

# Invented: the captain is named in the lead; a sentence naming no one comes between.
CAPTAIN = [
    "Ferry captain Ann Lee sailed from Velmora to Dunmore on Monday with forty passengers.",
    "The crossing took six hours in a storm off the Dunmore coast.",
    "She brought every passenger ashore at Dunmore without a single injury.",
    "Harbour master Tom Kerr met the ferry at the Dunmore quay.",
    "He said the storm was the worst of the year.",
]
OTHER = [
    "Forty ferry passengers came ashore at Dunmore on Monday after a storm.",
    "The ferry line from Velmora to Dunmore will sail again on Friday.",
]


@pytest.fixture(scope="module")
def captain_story(nlp: Any) -> Story:
    return lines_story(nlp, _DAY, a=CAPTAIN, b=OTHER)


def test_pronoun_namer(captain_story: Story) -> None:
    # "She" two sentences after the captain is named: the lead names her
    assert pronoun_namer(captain_story, 2) == 0
    # "He" right after the sentence naming him: the sentence before, asked for in any case
    assert pronoun_namer(captain_story, 4) is None
    # no pronoun opening the sentence, or no one named before it
    assert pronoun_namer(captain_story, 1) is None
    assert pronoun_namer(captain_story, 3) is None
    assert pronoun_namer(captain_story, 6) is None


def test_the_pronoun_is_read_right_after_its_namer(captain_story: Story) -> None:
    order = reading_order(captain_story, [0, 2, 5], {})
    assert order.index(2) == order.index(0) + 1
    # a sentence after the namer that is no pronoun's keeps its own place (by position)
    assert reading_order(captain_story, [0, 3, 5], {}) == [0, 5, 3]


def test_summary_reads_the_pronoun_after_a_sentence_naming_her(captain_story: Story) -> None:
    for words in (14, 20, 26, 30, 40, 60, 200):
        chosen = [
            s.text for s in summarize(captain_story, group_sentences(captain_story), words, {})
        ]
        assert chosen
        if CAPTAIN[2] in chosen:
            assert chosen[chosen.index(CAPTAIN[2]) - 1] in (CAPTAIN[0], CAPTAIN[1])
        if CAPTAIN[4] in chosen:
            assert chosen[chosen.index(CAPTAIN[4]) - 1] == CAPTAIN[3]


# Invented: a man named, then a woman; "He" cannot stand for the woman named last.
def test_a_pronoun_of_the_other_sex_has_no_namer(nlp: Any) -> None:
    lines = [
        "Harbour master Tom Kerr met the board on Monday.",
        "Mayor Ann Lee opened the new pier at Velmora on Monday.",
        "The pier cost $4 million and has forty berths.",
        "{} said the cost was fair.",
    ]
    he = lines_story(nlp, _DAY, a=[*lines[:3], lines[3].format("He")])
    assert pronoun_namer(he, 3) is None
    she = lines_story(nlp, _DAY, a=[*lines[:3], lines[3].format("She")])
    assert pronoun_namer(she, 3) == 1
    # a title of one sex tells it where the first name does not
    titled = [
        "Chairwoman Kim Osei met the board on Monday.",
        "The pier cost $4 million and has forty berths.",
        "{} said the cost was fair.",
    ]
    assert pronoun_namer(lines_story(nlp, _DAY, a=[*titled[:2], titled[2].format("He")]), 2) is None
    assert pronoun_namer(lines_story(nlp, _DAY, a=[*titled[:2], titled[2].format("She")]), 2) == 0


def test_the_pronoun_joins_its_namer_with_a_sentence_between(nlp: Any) -> None:
    own = [
        "Harbour master Tom Varga opened the new pier at Velmora on Monday.",
        "The pier cost $4 million.",
        "The pier has forty berths for ferries.",
        "He said the cost was fair.",
    ]
    other = [
        "A new pier opened at Velmora on Monday.",
        "Ferries will call there from June.",
        "Ferry captain Tom Kerr said the pier was a month late.",
    ]
    story = lines_story(nlp, _DAY, a=own, b=other)
    assert pronoun_namer(story, 3) == 0
    order = reading_order(story, [0, 1, 3, 6], {"a": "2031-05-05", "b": "2031-05-05"})
    # "He" is read right after the sentence naming Varga, not after Kerr's
    assert order.index(3) == order.index(0) + 1
    assert order.index(3) != order.index(6) + 1


@pytest.mark.parametrize(
    ("opening", "other_sex"),
    [
        # a nationality ending in "-man" is no man's title: "She" may stand for the winner
        ("German Kim Osei won the rowing final at Velmora on Monday.", None),
        # a form of address outside the name's mention tells its sex
        ("Mrs. Osei met the harbour board at Velmora on Monday.", "He"),
        ("Mr Osei met the harbour board at Velmora on Monday.", "She"),
        # a role noun of one sex does too
        ("Spokesman Kim Osei met the harbour board at Velmora on Monday.", "She"),
    ],
)
def test_only_a_title_of_one_sex_tells_the_namer_sex(
    nlp: Any, opening: str, other_sex: str | None
) -> None:
    for pronoun in ("He", "She"):
        lines = [opening, "The pier cost $4 million.", f"{pronoun} said the cost was fair."]
        expected = None if pronoun == other_sex else 0
        assert pronoun_namer(lines_story(nlp, _DAY, a=lines), 2) == expected


@pytest.mark.parametrize(
    ("opening", "other_sex"),
    [
        # a sexed word closing the sentence before is no title of the name that follows
        (
            'The Orsk ferry sank, police said. "All are safe," said a police spokeswoman. '
            "Tom Varga watched from the quay.",
            "She",
        ),
        ("The talks in Velmora were chaired by the King. Kim Lee flew in from Orsk.", None),
        # an abbreviation's point still lets the form of address tell the sex
        ("The talks in Velmora were chaired by Mrs. Kim Lee on Monday.", "He"),
    ],
)
def test_a_word_ending_the_sentence_before_is_no_title(
    nlp: Any, opening: str, other_sex: str | None
) -> None:
    for pronoun in ("He", "She"):
        lines = [opening, "The pier cost $4 million.", f"{pronoun} said the cost was fair."]
        story = lines_story(nlp, _DAY, one_each=False, a=lines)
        texts = [s.text for s in story.sentences]
        named = next(k for k, t in enumerate(texts) if " Lee " in t or "Varga" in t)
        expected = None if pronoun == other_sex else named
        assert pronoun_namer(story, len(texts) - 1) == expected
