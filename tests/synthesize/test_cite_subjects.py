"""A summary sentence never cites a sentence that opens on another entity of the same kind,
neither naming the other's: one club's home tie is no support for another club's. Invented
text."""

from __future__ import annotations

from crossbrief.model import (
    Alias,
    Entity,
    EntityMention,
    SentenceRef,
    SummarySentence,
)
from crossbrief.synthesize.citations import agreeing_summary
from tests.synthesize.builders import outlets_story

TEXTS = {
    "a": "Velmora will host Orsk in the fourth round of the harbour cup.",
    # the same subject told again
    "b": "Velmora will host Orsk at home in the fourth round of the harbour cup.",
    # another club of the same shape
    "c": "Brask will host Tolvik in the fourth round of the harbour cup.",
    # the other side of the same tie: names the cited sentence's club
    "d": "Orsk will be hosted by Velmora in the fourth round of the harbour cup.",
    # opens on a person, another kind of entity
    "e": "Ivo Tarn will host Orsk in the fourth round of the harbour cup.",
}
CLUBS = ("Velmora", "Orsk", "Brask", "Tolvik")


def _entities() -> list[Entity]:
    out = []
    for name, kind in [*((c, "ORG") for c in CLUBS), ("Ivo Tarn", "PERSON")]:
        mentions = tuple(
            EntityMention(k, 0, t.index(name), t.index(name) + len(name), name)
            for k, t in TEXTS.items()
            if name in t
        )
        articles = tuple(m.article for m in mentions)
        out.append(
            Entity(name, name, kind, (Alias(name, articles, len(articles)),), articles, mentions)
        )
    return out


def _cited(entities: list[Entity]) -> list[str]:
    refs = tuple(SentenceRef(k, 0) for k in TEXTS)
    summary = [SummarySentence(TEXTS["a"], refs, len(refs))]
    (line,) = agreeing_summary(outlets_story(TEXTS), summary, [], entities=entities)
    return [r.article for r in line.sources]


def test_a_sentence_opening_on_another_entity_of_the_kind_is_no_citation() -> None:
    assert "c" not in _cited(_entities())


def test_the_same_subject_the_other_side_and_another_kind_stay_cited() -> None:
    # Negative: the same club, a sentence naming the cited club, a person's sentence.
    assert _cited(_entities()) == ["a", "b", "d", "e"]


def test_without_entities_no_citation_is_dropped_for_its_subject() -> None:
    assert _cited([]) == list(TEXTS)


# A place that only modifies the subject: a hyphenated "-born" name, or two sentences on one
# arrested person told from two places' police.
PLACES = {
    "p": "Velmora City police arrested Tom Varga over the mill fire on Tuesday.",
    # the same person named: one arrest
    "q": "Karvia police arrested Tom Varga over the mill fire on Tuesday.",
    # a hyphenated place modifies the noun after it
    "r": "Karvia-born police arrested a fisherman over the mill fire on Tuesday.",
    # another place's police and another person: another arrest
    "s": "Karvia police arrested Ola Brenn over the mill fire on Tuesday.",
}


def _place_entities() -> list[Entity]:
    out = []
    kinds = [("Velmora City", "GPE"), ("Karvia", "GPE"), ("Tom Varga", "PERSON")]
    for name, kind in [*kinds, ("Ola Brenn", "PERSON")]:
        mentions = tuple(
            EntityMention(k, 0, t.index(name), t.index(name) + len(name), name)
            for k, t in PLACES.items()
            if name in t
        )
        articles = tuple(m.article for m in mentions)
        out.append(
            Entity(name, name, kind, (Alias(name, articles, len(articles)),), articles, mentions)
        )
    return out


def test_a_place_modifying_the_subject_keeps_the_citation() -> None:
    story = outlets_story(PLACES)
    refs = tuple(SentenceRef(k, 0) for k in PLACES)
    summary = [SummarySentence(PLACES["p"], refs, len(refs))]
    (line,) = agreeing_summary(story, summary, [], entities=_place_entities())
    # Negative: another place's police arresting another person is still dropped.
    assert [r.article for r in line.sources] == ["p", "q", "r"]


# Openings behind a descriptor ("New <club> manager <name>"): the club and the name are the
# subject.
DESCRIBED = {
    "m": "New Velmora manager Ann Lee faces a reunion with her old club Orsk in the harbour cup.",
    # another club's manager facing a reunion with his old club: another subject
    "n": "Brask boss Ivo Tarn faces a reunion with his old club Tolvik in the harbour cup.",
    # the same manager behind another descriptor: the same subject
    "o": "Former Tolvik coach Ann Lee faces a reunion with her old club Orsk in the harbour cup.",
    # other clubs open it, and it names the same manager: the same subject
    "p": "Brask beat Tolvik, so Ann Lee faces a reunion with her old club Orsk in the cup.",
}


def _described_entities() -> list[Entity]:
    out = []
    kinds = [*((c, "ORG") for c in CLUBS), ("Ann Lee", "PERSON"), ("Ivo Tarn", "PERSON")]
    for name, kind in kinds:
        mentions = tuple(
            EntityMention(k, 0, t.index(name), t.index(name) + len(name), name)
            for k, t in DESCRIBED.items()
            if name in t
        )
        articles = tuple(m.article for m in mentions)
        out.append(
            Entity(name, name, kind, (Alias(name, articles, len(articles)),), articles, mentions)
        )
    return out


def test_a_name_behind_another_clubs_descriptor_is_another_subject() -> None:
    story = outlets_story(DESCRIBED)
    refs = tuple(SentenceRef(k, 0) for k in DESCRIBED)
    summary = [SummarySentence(DESCRIBED["m"], refs, len(refs))]
    (line,) = agreeing_summary(story, summary, [], entities=_described_entities())
    # Negative: the same manager behind another descriptor, and a sentence opening on other
    # clubs that names the same manager, stay cited.
    assert [r.article for r in line.sources] == ["m", "o", "p"]


# Two clubs opening sentences of one shape that both name a third club: the shared name is
# the shape's object ("host the holders Orsk"), no sign of one act.
SHARED = {
    "s": "Velmora will host the holders Orsk should they beat Tolvik in the replay.",
    "t": "Brask will host Tolvik if they beat the holders Orsk in a replay.",
}


def test_clubs_naming_one_third_club_still_tell_two_subjects() -> None:
    story = outlets_story(SHARED)
    entities = []
    for name in CLUBS:
        mentions = tuple(
            EntityMention(k, 0, t.index(name), t.index(name) + len(name), name)
            for k, t in SHARED.items()
            if name in t
        )
        articles = tuple(m.article for m in mentions)
        entities.append(
            Entity(name, name, "ORG", (Alias(name, articles, len(articles)),), articles, mentions)
        )
    refs = tuple(SentenceRef(k, 0) for k in SHARED)
    (line,) = agreeing_summary(
        story, [SummarySentence(SHARED["s"], refs, 2)], [], entities=entities
    )
    assert [r.article for r in line.sources] == ["s"]
