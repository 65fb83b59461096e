"""The story's main event told in two short sentences is one fact; a party tag is no
caption (invented sentences, names tagged by hand)."""

from __future__ import annotations

from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import CAPTION, fact_evidence
from tests.synthesize.builders import story_with_entities, tagged_article

LEE = (("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON"), ("Korvath", "GPE"))


def pair(x: str, y: str) -> float:
    """The fact similarity of two one-sentence articles."""
    story, entities = story_with_entities(
        tagged_article("a", [x], LEE), tagged_article("b", [y], LEE)
    )
    return float(fact_evidence(story, entities).similarity[0, 1])


def test_one_person_resigning_in_two_short_sentences_is_one_fact() -> None:
    assert (
        pair("Ilse Varga resigned on Tuesday.", "Harbour Minister Ilse Varga has resigned.")
        >= THRESHOLD
    )


def test_one_arrest_told_active_and_passive_is_one_fact() -> None:
    x = "Tomas Brenner was arrested in Korvath."
    y = "Police in Korvath arrested Tomas Brenner on Monday."
    assert pair(x, y) >= THRESHOLD
    a, b = tagged_article("a", [x], LEE), tagged_article("b", [y], LEE)
    story, entities = story_with_entities(a, b)
    assert [g.members for g in group_sentences(story, entities=entities)] == [(0, 1)]


def test_the_same_verb_of_another_role_or_other_people_is_no_fact() -> None:
    # negative cases: one arrested the other / was arrested; one person's act upon two others
    assert pair("Ilse Varga arrested Tomas Brenner.", "Ilse Varga was arrested on Monday.") == 0.0
    assert (
        pair("Korvath police arrested Ilse Varga.", "Korvath police arrested Tomas Brenner.") == 0.0
    )
    # the same act of one person upon two others ("visited Korvath" / "visited Brenner")
    assert pair("Ilse Varga visited Korvath on Monday.", "Ilse Varga visited Tomas Brenner.") == 0.0
    # a verb of saying tells a statement, not the event
    assert pair("Ilse Varga confirmed on Tuesday.", "Ilse Varga has confirmed.") == 0.0
    # a sentence about the person with no verb of theirs still joins no short one
    assert pair("Soon after, Ilse Varga was again at the harbour.", "Ilse Varga resigned.") == 0.0


def test_a_party_tag_is_no_photo_caption() -> None:
    x = "Sen. Ilse Varga (R) said the harbour plan would cut fees for fishing families next year."
    y = "Varga argued that the harbour plan lowers fees for fishing families starting next year."
    assert not CAPTION.search(x)
    names = (("Ilse Varga", "PERSON"), ("Varga", "PERSON"))
    story, entities = story_with_entities(
        tagged_article("a", [x], names), tagged_article("b", [y], names)
    )
    assert fact_evidence(story, entities).similarity[0, 1] >= THRESHOLD
    # negative cases: the caption marks of a picture still are
    assert CAPTION.search("Ilse Varga (left) and Tomas Brenner at the harbour in May.")
    assert CAPTION.search("Ilse Varga and Tomas Brenner (L-R) at the harbour in May.")


def test_an_adjective_in_ed_after_a_determiner_is_nothing_done_to_the_person() -> None:
    # "the embattled Ilse Varga" describes her; neither sentence tells her undergo anything
    x = "Voters in Korvath backed the embattled Ilse Varga."
    assert pair(x, "The embattled Ilse Varga smiled.") == 0.0
    assert (
        pair("Critics mocked a disgraced Ilse Varga.", "Korvath's disgraced Ilse Varga wept.")
        == 0.0
    )
    # negative case: a past verb right before the name still is something done to her
    assert pair("Police in Korvath arrested Ilse Varga.", "Ilse Varga was arrested.") >= THRESHOLD
    # nor after a relative "that": "the vote that ousted her" tells she was ousted
    x = "It was the harbour vote that ousted Ilse Varga."
    assert pair(x, "Ilse Varga was ousted on Monday.") >= THRESHOLD
