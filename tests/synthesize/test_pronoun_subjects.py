"""Sentences whose subject is a pronoun no one resolved, and the evidence their pairs need."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from crossbrief.model import Entity, Quote
from crossbrief.synthesize.actors import sentence_leads
from crossbrief.synthesize.facts import build_facts, group_sentences
from crossbrief.synthesize.paraphrase import fact_evidence
from crossbrief.synthesize.pronoun_subjects import unresolved_subjects
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import story_with_entities, tagged_article

_PEOPLE = (("Ann Lee", "PERSON"), ("Lee", "PERSON"), ("Tom Varga", "PERSON"))
_VELMORA_PEOPLE = (("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON"), ("Velmora", "GPE"))


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


def _pronoun_pair(speaker_name: str | None) -> tuple[Story, list[Entity]]:
    said = "He said the river barrier failed in the storm and flooded the harbour."
    a = tagged_article("a", ["Ilse Varga met Tomas Brenner in Velmora.", said], _VELMORA_PEOPLE)
    start = a.sentences[1].start
    quote = Quote(said[8:-1], start + 8, start + len(said) - 1, "indirect", "He", start, start + 2)
    a = replace(a, quotes=(replace(quote, speaker_name=speaker_name),))
    b = tagged_article(
        "b",
        [
            "Tomas Brenner thanked the rescuers and promised to rebuild the river barrier before "
            "the next storm."
        ],
        _VELMORA_PEOPLE,
    )
    return story_with_entities(a, b)


def test_a_pronoun_resolved_to_its_speaker_leads_its_sentence() -> None:
    # "He" resolved to Varga: Varga's statement and Brenner's promise are two acts
    story, entities = _pronoun_pair("Ilse Varga")
    assert sentence_leads(story, entities).leaders(1) == {
        next(e.id for e in entities if e.name == "Ilse Varga")
    }
    evidence = fact_evidence(story, entities)
    assert evidence.shared_words[1, 2] >= 3
    assert evidence.other_people is not None and evidence.other_people[1, 2]
    assert evidence.similarity[1, 2] == 0.0


def test_an_unresolved_pronoun_speaker_leads_nothing() -> None:
    # must not guess: with no name from the analysis the sentence has no lead
    story, entities = _pronoun_pair(None)
    assert sentence_leads(story, entities).leaders(1) == frozenset()
    evidence = fact_evidence(story, entities)
    assert evidence.other_people is not None and not evidence.other_people[1, 2]


def test_a_pronoun_inside_an_opening_quotation_mark_is_no_unresolved_subject() -> None:
    # the quoted words' actor is the speaker the sentence names; the same pronoun opening
    # the sentence outside quotation marks is still unresolved (negative)
    lines = [
        '"It was a record," Ann Lee said of the Orsk harvest.',
        "\u201cThey will sail at dawn,\u201d Tom Varga said.",
        "It was a record harvest for the Orsk farms.",
        "(They sailed at dawn.)",
    ]
    story, _ = story_with_entities(tagged_article("a", lines, _PEOPLE))
    assert unresolved_subjects(story).tolist() == [False, False, True, True]
