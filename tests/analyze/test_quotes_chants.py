"""Words a crowd chants, quoted after a noun for chanting: the chanters' words, never those
of the speaker nearby."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_crowd_breaking_into_chants_says_them(nlp: Any) -> None:
    text = 'The crowd broke into chants of "We want more!" as Lee spoke.'
    q = one(quotes(nlp, text), "direct", "We want more")
    assert q.cue == "chants" and q.speaker_text == "The crowd"


def test_a_crowd_roused_to_chants_says_them(nlp: Any) -> None:
    text = 'Waving a flag, Ann Lee stirred the crowd to loud chants of "We want more!"'
    q = one(quotes(nlp, text), "direct", "We want more")
    assert q.cue == "chants" and q.speaker_text == "the crowd"


def test_chants_with_no_chanter_named_are_no_ones_words(nlp: Any) -> None:
    text = 'Ann Lee was welcomed with chants of "Four more years!" and spoke for an hour.'
    assert not [q for q in quotes(nlp, text) if "Four more years" in q.text]


def test_a_noun_of_no_chanting_keeps_the_verbs_speaker(nlp: Any) -> None:
    q = one(quotes(nlp, 'Lee spoke of "a new dawn" for the town.'), "partial", "new dawn")
    assert q.cue == "spoke" and q.speaker_text == "Lee"


def test_a_thing_that_has_a_refrain_chants_nothing(nlp: Any) -> None:
    text = 'The song, with its refrain of "never again," became an anthem.'
    assert not [q for q in quotes(nlp, text) if q.speaker_text == "its"]


def test_their_chants_are_the_chanters_words(nlp: Any) -> None:
    text = 'The fans stood up, and their chants of "We want more!" filled the hall.'
    q = one(quotes(nlp, text), "direct", "We want more")
    assert q.cue == "chants" and q.speaker_text == "their"


def test_a_passive_joined_by_and_names_no_chanter(nlp: Any) -> None:
    text = 'Reed spoke for an hour, and was welcomed with chants of "Four more years!" at the end.'
    assert not [q for q in quotes(nlp, text) if "Four more years" in q.text]
