"""One has someone act, the other tells of that someone in another's words: two sides, not
one fact (session 15, issue 7). Invented articles through the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.slots import sentence_slots
from crossbrief.synthesize.story import Story
from tests.synthesize.stories import texts_story


def _story(nlp: Any, *texts: str) -> tuple[Story, list[Entity]]:
    """A story of ``texts``, one article and one outlet each, analysed for real."""
    story = texts_story(nlp, *texts)
    entities, _ = build_entities(story)
    return story, entities


def _together(story: Story, entities: list[Entity], first: str, second: str) -> bool:
    """Whether the sentences opening with ``first`` and ``second`` are in one fact group."""
    at = {s.text.split()[0]: k for k, s in enumerate(story.sentences)}
    i, j = at[first], at[second]
    return any(
        i in g.members + g.also and j in g.members + g.also
        for g in group_sentences(story, entities=entities)
    )


def test_who_acts_and_whom_others_call_on_are_two_slots(nlp: Any) -> None:
    story, entities = _story(
        nlp,
        "Premier Tomas Brenner on Monday dismissed calls to resign over the Velmora harbour "
        "scandal.",
        "Residents of Velmora are calling for Premier Tomas Brenner to resign over the harbour "
        "scandal.",
    )
    slots = sentence_slots(story, entities)
    (brenner,) = [e.id for e in entities if e.name.endswith("Brenner")]
    assert brenner in slots[0].speakers and brenner not in slots[0].told_of
    assert brenner in slots[1].told_of and brenner not in slots[1].speakers
    assert not _together(story, entities, "Premier", "Residents")


def test_one_speakers_words_in_two_outlets_stay_one_fact(nlp: Any) -> None:
    # negative: the same person says the same thing in two wordings
    story, entities = _story(
        nlp,
        "Premier Tomas Brenner said on Monday that he would not resign over the harbour "
        "scandal in Velmora.",
        "Brenner told reporters in Velmora that he would not resign over the harbour scandal.",
    )
    assert _together(story, entities, "Premier", "Brenner")


def test_a_figure_told_by_two_outlets_stays_one_fact(nlp: Any) -> None:
    # negative: one named speaker, and an outlet that gives the figure on no one's word
    story, entities = _story(
        nlp,
        "Police chief Ann Lee said 86 protesters were arrested in Velmora on Saturday.",
        "Some 86 protesters were arrested in Velmora on Saturday after the harbour march.",
    )
    assert _together(story, entities, "Police", "Some")


def test_a_possessor_of_the_speaker_is_no_speaker(nlp: Any) -> None:
    # negative: "Brenner's aides" speak, not Brenner; doctors telling of him say the same
    story, entities = _story(
        nlp,
        "Brenner's aides said the premier was taking antibiotics for a fever of 38.2 Celsius.",
        "Doctors said Tomas Brenner was being treated with antibiotics for a fever of 38.2 "
        "Celsius.",
    )
    slots = sentence_slots(story, entities)
    assert not slots[0].speakers
    assert _together(story, entities, "Brenner's", "Doctors")


def test_unnamed_speakers_telling_of_someones_own_act_are_no_other_side(nlp: Any) -> None:
    # the officials report what Lee will do, Lee its subject: one fact with Lee's own words
    story, entities = _story(
        nlp,
        "Ann Lee said on Monday she would step down as head of the Orsk rail board in June.",
        "Lee will step down as head of the Orsk rail board in June, city officials said on Monday.",
    )
    slots = sentence_slots(story, entities)
    (lee,) = [e.id for e in entities if e.name.endswith("Lee")]
    assert lee not in slots[1].told_of
    assert _together(story, entities, "Ann", "Lee")


def test_unnamed_speakers_acting_on_someone_still_tell_of_them(nlp: Any) -> None:
    # negative: named after the officials' verb or as the object of the clause they report,
    # Lee is what their words act on, so still only told of
    story, entities = _story(
        nlp,
        "City officials urged Ann Lee to step down as head of the Orsk rail board.",
        "Union leaders said the council should remove Ann Lee as head of the Orsk rail board.",
        '"Remove Ann Lee from the Orsk rail board now," union leaders told the council.',
    )
    slots = sentence_slots(story, entities)
    (lee,) = [e.id for e in entities if e.name.endswith("Lee")]
    assert lee in slots[0].told_of
    assert lee in slots[1].told_of
    # a direct quote's capital is no title: Lee is still what the words act on
    assert lee in slots[2].told_of
