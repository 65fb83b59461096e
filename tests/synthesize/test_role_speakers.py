"""Ledger speakers written as a role, linked to the holder the article names: an outlet's
own correspondent, a description the entity panel already gives as the holder's role alias
in that article, the person just named when the story introduces no one with the office,
and a spokesman's principal before an apposition. Invented stories, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article, Quote
from crossbrief.pipeline import analyze
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.role_speakers import aliased_holder, as_definite, just_named
from crossbrief.synthesize.story import Story


def _speaker(nlp: Any, *texts: str, words: str) -> str | None:
    """The name the ledger gives the speaker of the line holding ``words``."""
    story = Story(analyze([Article(id=f"a{i}", text=t) for i, t in enumerate(texts)], nlp=nlp))
    entities, key_to_id = build_entities(story)
    names = {e.id: e.name for e in entities}
    lines = [q for q in build_quotes(story, key_to_id, entities) if words in q.text]
    assert lines, f"no ledger line holds {words!r}"
    return names.get(lines[0].speaker or "")


_VARGA = "The ferry talks will resume in March, said Orsk Radio harbour correspondent Tom Varga."
_OURS = "The unions were still split on the timetable, our correspondent added."


def test_our_correspondent_is_the_one_correspondent_the_story_names(nlp: Any) -> None:
    assert _speaker(nlp, _VARGA + "\n\n" + _OURS, words="split") == "Tom Varga"
    # Negative: with two correspondents named, "our" one could be either.
    other = "The pier will close, said Orsk Radio ferry correspondent Ann Lee."
    assert _speaker(nlp, _VARGA + "\n\n" + other + "\n\n" + _OURS, words="split") is None


def test_as_definite_reads_our_as_the() -> None:
    assert as_definite("our correspondent") == "the correspondent"
    assert as_definite("Our reporter") == "the reporter"
    # Negative: any other phrase is left as written.
    assert as_definite("the minister") == "the minister"
    assert as_definite("Ourania Lee") == "Ourania Lee"


_DORN = (
    "Chancellor Ian Dorn arrived in Orsk on Monday for a six-day tour.\n\n"
    "The chancellor has promised new funds for the harbour.\n\n"
)


def test_a_qualified_description_takes_the_holders_role_alias_in_its_article(nlp: Any) -> None:
    said = "On the second day of his tour, the UK chancellor said a deal was near."
    assert _speaker(nlp, _DORN + said, words="deal was near") == "Ian Dorn"


def test_a_rank_or_another_holder_of_the_office_blocks_the_alias(nlp: Any) -> None:
    former = "On the second day of his tour, the former chancellor said a deal was near."
    assert _speaker(nlp, _DORN + former, words="deal was near") != "Ian Dorn"
    rival = "Chancellor Lena Brandt of Velmora met him in Orsk.\n\n"
    said = "Later the UK chancellor said a deal was near."
    assert _speaker(nlp, _DORN + rival + said, words="deal was near") is None


def _quote(speaker: str, start: int = 40) -> Quote:
    return Quote(
        text="a deal was near",
        kind="indirect",
        speaker_text=speaker,
        speaker_name=None,
        cue="said",
        start=60,
        end=75,
        speaker_start=start,
        speaker_end=start + len(speaker),
    )


def test_aliased_holder_needs_the_same_noun_and_one_holder() -> None:
    aliases = [("E1", ("chancellor",))]
    assert aliased_holder(_quote("the UK chancellor"), aliases, {}) == "E1"
    assert aliased_holder(_quote("the chancellor"), aliases, {}) == "E1"
    # Negatives: another noun, a rank, a word that is no country, two holders.
    assert aliased_holder(_quote("the UK minister"), aliases, {}) is None
    assert aliased_holder(_quote("the deputy chancellor"), aliases, {}) is None
    assert aliased_holder(_quote("the harbour chancellor"), aliases, {}) is None
    two = [("E1", ("chancellor",)), ("E2", ("chancellor",))]
    assert aliased_holder(_quote("the chancellor"), two, {}) is None


_LEE = 'The harbour law is "very clear", Ann Lee has said.\n\n'
_MINISTER = "The ports minister said it would be obvious if anyone broke it."


def test_a_description_no_one_is_introduced_with_is_the_person_just_named(nlp: Any) -> None:
    assert _speaker(nlp, _LEE + _MINISTER, words="obvious") == "Ann Lee"
    # A person introduced with another office is not the minister: the one with none is.
    both = "The harbour law is clear, Ann Lee told Senator Tom Varga on Monday.\n\n"
    assert _speaker(nlp, both + _MINISTER, words="obvious") == "Ann Lee"


def test_two_untitled_people_or_a_titled_minister_leave_it_unlinked(nlp: Any) -> None:
    two = "The harbour law is clear, Ann Lee and Tom Varga have said.\n\n"
    assert _speaker(nlp, two + _MINISTER, words="obvious") is None
    titled = "Health Minister Ida Brenn was in Orsk on Monday.\n\n"
    assert _speaker(nlp, titled + _LEE + _MINISTER, words="obvious") is None


def test_just_named_reads_only_the_sentence_before_and_its_own() -> None:
    named = {0: [(0, "E1")], 2: [(0, "E2")]}
    assert just_named(_quote("the minister"), 1, named, {}, {}) == "E1"
    # Negatives: a name two sentences back, a name after the description, a pronoun phrase.
    assert just_named(_quote("the minister"), 2 + 1 + 1, named, {}, {}) is None
    assert just_named(_quote("the minister", start=0), 2, {2: [(50, "E2")]}, {}, {}) is None
    assert just_named(_quote("he"), 1, named, {}, {}) is None
    # Negatives: staff, a group and someone else's post are no post the one named holds.
    assert just_named(_quote("the spokesman"), 1, named, {}, {}) is None
    assert just_named(_quote("the family"), 1, named, {}, {}) is None
    assert just_named(_quote("the mayor's chief"), 1, named, {}, {}) is None
    # An office the story gives E1 keeps E1 out; anyone's "minister" keeps everyone out.
    assert just_named(_quote("the minister"), 1, named, {"E1": {"senator"}}, {}) is None
    assert just_named(_quote("the minister"), 1, named, {"E1": {"minister"}}, {}) is None
    assert just_named(_quote("the minister"), 1, named, {"E3": {"minister"}}, {}) is None


def test_a_spokesman_for_a_named_union_with_an_apposition_is_filed_under_it(nlp: Any) -> None:
    intro = "The Velmora Dockers Union will ballot its members on Friday.\n\n"
    said = (
        "A spokesman for the Velmora Dockers Union, the port's biggest union, said: "
        '"We are at least in talks about the pier."'
    )
    found = _speaker(nlp, intro + said, words="in talks about")
    assert found is not None and "Dockers" in found


def test_a_person_named_only_with_her_title_is_the_bare_description(nlp: Any) -> None:
    titled = "Health Minister Ida Brenn was in Orsk on Monday.\n\n"
    said = "The minister said the clinic would open in June."
    assert _speaker(nlp, titled + said, words="clinic") == "Ida Brenn"
    # Negative: another office's description is not hers.
    said = "The mayor said the clinic would open in June."
    assert _speaker(nlp, titled + said, words="clinic") is None
