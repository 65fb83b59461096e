"""Sentences whose subject is a pronoun no one resolved, and the evidence their pairs need."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from crossbrief.model import Quote
from crossbrief.synthesize.facts import build_facts, group_sentences
from crossbrief.synthesize.pronoun_subjects import unresolved_subjects
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import story_with_entities, tagged_article

_PEOPLE = (("Ann Lee", "PERSON"), ("Lee", "PERSON"), ("Tom Varga", "PERSON"))


def _fact_refs(*lines_by_article: list[str]) -> list[list[tuple[str, int]]]:
    articles = [
        tagged_article(chr(ord("a") + k), lines, _PEOPLE)
        for k, lines in enumerate(lines_by_article)
    ]
    story, entities = story_with_entities(*articles)
    facts = build_facts(story, group_sentences(story, entities=entities), set())
    return [sorted((r.article, r.sentence) for r in f.sources) for f in facts]


def test_a_short_pronoun_subject_sentence_needs_more_than_two_shared_words() -> None:
    # "They" has no term of its own: two words ("chief engineer") put the short sentence's
    # cosine over the line where one shared word would do, though the two tell of two men
    assert (
        _fact_refs(
            [
                "Ann Lee met the harbour board in Velmora on Monday.",
                "They blamed Lee, the board's chief engineer, for the flooded pier.",
            ],
            ["Tom Varga, chief engineer of the ferry line, has quit after a row with Ann Lee."],
        )
        == []
    )


def test_a_pronoun_subject_sentence_telling_the_same_claim_keeps_its_fact() -> None:
    # must not drop a true pair: the words of the claim itself are shared
    assert _fact_refs(
        [
            "Ann Lee met the harbour board in Velmora on Monday.",
            "They blamed Lee, the board's chief engineer, for the flooded pier.",
        ],
        ["Dockers blamed Ann Lee, the chief engineer, for the flooding of the pier."],
    ) == [[("a", 1), ("b", 0)]]


def test_an_opening_subject_pronoun_is_unresolved_and_a_name_or_other_word_is_not() -> None:
    lines = [
        "She and other inspectors saw the cracked pier on Monday.",
        "It will check every ferry that docks at night.",
        "He Lan, the board's engineer, saw the cracks first.",  # a surname "He"
        "Hector Ruiz runs the ferry line.",
        "The board blamed the engineer.",
    ]
    story, _ = story_with_entities(
        tagged_article("a", lines, (("He Lan", "PERSON"), ("Hector Ruiz", "PERSON")))
    )
    assert unresolved_subjects(story).tolist() == [True, True, False, False, False]


def test_a_pronoun_speaker_the_analysis_names_is_resolved() -> None:
    text = "He said the pier would reopen in May."
    said = Quote(text[8:-1], 8, len(text) - 1, "indirect", "He", 0, 2)
    article = tagged_article("a", [text])
    unnamed = Story([replace(article, quotes=(said,))])
    named = Story([replace(article, quotes=(replace(said, speaker_name="Ann Lee"),))])
    assert unresolved_subjects(unnamed).tolist() == [True]
    assert unresolved_subjects(named).tolist() == [False]
    assert isinstance(unresolved_subjects(named), np.ndarray)
