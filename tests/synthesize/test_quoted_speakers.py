"""Who speaks a quotation's first-person words in fact grouping: the speaker phrase's own
noun, never a person who possesses it or is the object of its preposition (session 16)."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Entity, Quote
from crossbrief.synthesize.actors import sentence_leads
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.paraphrase import fact_evidence
from crossbrief.synthesize.quoted_speakers import QuotedSpeakers
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import story_with_entities, tagged_article
from tests.synthesize.stories import texts_story

_PLAN = '"The harbour board broke its own rules. I will ask the court in Velmora to void the vote."'


def _story(nlp: Any, *texts: str) -> tuple[Story, list[Entity]]:
    story = texts_story(nlp, *texts, source="s")
    entities, _ = build_entities(story)
    return story, entities


def _person(entities: list[Entity], name: str) -> str:
    return next(e.id for e in entities if e.name == name and e.type == "PERSON")


def _i_sentence(story: Story, article: str) -> int:
    """The story index of ``article``'s first-person sentence (its second)."""
    return next(k for k, s in enumerate(story.sentences) if (s.article, s.index) == (article, 1))


def test_a_lawyer_named_beside_his_client_speaks_his_own_first_person_words(nlp: Any) -> None:
    # Lee's "I will ask the court" and her lawyer's, word for word, are two people's acts
    story, entities = _story(
        nlp,
        f"Ann Lee said on Monday: {_PLAN}",
        f"Tom Reed, a lawyer for Ann Lee, said on Monday: {_PLAN}",
        f"Ann Lee's lawyer, Tom Reed, said on Tuesday: {_PLAN}",
    )
    lee, reed = _person(entities, "Ann Lee"), _person(entities, "Tom Reed")
    leads = sentence_leads(story, entities)
    assert leads.lead[_i_sentence(story, "a0")] == lee  # negative: "Ann Lee said" is Lee
    assert leads.lead[_i_sentence(story, "a1")] == reed  # not the object of "for"
    assert leads.lead[_i_sentence(story, "a2")] == reed  # not the possessor
    other = fact_evidence(story, entities).other_people
    assert other is not None
    lee_own, for_lee, lees = (_i_sentence(story, a) for a in ("a0", "a1", "a2"))
    assert other[lee_own, for_lee] and other[lee_own, lees]  # two people's acts
    assert not other[for_lee, lees]  # one lawyer's, twice


def test_an_unnamed_proxy_speaks_for_no_one_in_fact_grouping(nlp: Any) -> None:
    story, entities = _story(
        nlp,
        f"Ann Lee's lawyer said on Monday: {_PLAN}",
        f"Ann Lee told reporters on Monday: {_PLAN}",
    )
    leads = sentence_leads(story, entities)
    assert leads.lead[_i_sentence(story, "a0")] is None  # the lawyer, whom no name tells
    assert leads.lead[_i_sentence(story, "a1")] == _person(entities, "Ann Lee")


def _speaker(phrase: str, name: str | None = None) -> str | None:
    """Who QuotedSpeakers finds for a quotation whose speaker ``phrase`` opens its line."""
    text = f'{phrase} said: "I will ask the court to void the vote."'
    people = (("Ann Lee", "PERSON"), ("Tom Reed", "PERSON"))
    article = tagged_article("a", [text, "Ann Lee met Tom Reed in Velmora."], people)
    _, entities = story_with_entities(article)
    at = text.index('"') + 1
    quote = Quote(text[at:-2], at, len(text) - 2, "direct", phrase, 0, len(phrase), name)
    found = QuotedSpeakers(entities).of("a", quote)
    return next(e.name for e in entities if e.id == found) if found else None


def test_a_title_with_a_preposition_is_the_named_speakers_own() -> None:
    assert _speaker("Secretary of State Ann Lee") == "Ann Lee"
    assert _speaker("A lawyer for Ann Lee, Tom Reed") == "Tom Reed"
    assert _speaker("a source close to Ann Lee", "Ann Lee") is None
    # a proxy's resolved name is its principal's, not the one whose "I" this is
    assert _speaker("her lawyer", "Ann Lee") is None
    assert _speaker("He", "Ann Lee") == "Ann Lee"  # negative: a pronoun is who it stands for
