"""A "he" or "she" speaking goes on from the last speaker the text followed: a person named
inside what someone else was reported to say is talked about, not the next speaker; and a
surname the tagger took for a common noun ("Trump tweeted") is still that person. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_name_in_reported_words_is_not_the_next_speaker(nlp: Any) -> None:
    text = (
        "Tom Hale spoke on Monday. Dan Reed said that there was no intent, whereas Hale knew "
        "the papers he shared with his lover Ann Lee were secret. He also said that Hale lied "
        "to investigators."
    )
    assert one(quotes(nlp, text), "indirect", "lied").speaker_name == "Dan Reed"


def test_a_name_outside_reported_words_stays_the_antecedent(nlp: Any) -> None:
    # Negative: the subject of the sentence before is the "he" that goes on.
    text = "Dan Reed spoke on Monday. Tom Hale met Ann Lee in May. He said the talks went well."
    assert one(quotes(nlp, text), "indirect", "talks").speaker_name == "Tom Hale"


def test_a_surname_tagged_a_noun_is_the_person(nlp: Any) -> None:
    text = (
        "Donald Trump spoke on Monday. Ann Lee said the vote would be close. \u201cAnn Lee and "
        "her staff were very sloppy. Not ready!\u201d Trump tweeted, quoting Reed\u2019s "
        "report. He added, \u201cSneaky Ann has again been shown to be unreliable.\u201d"
    )
    found = quotes(nlp, text)
    assert one(found, "direct", "sloppy").speaker_name == "Donald Trump"
    assert one(found, "direct", "unreliable").speaker_name == "Donald Trump"


def test_a_name_in_words_told_by_a_participle_is_not_the_next_speaker(nlp: Any) -> None:
    text = (
        "Police arrested Tom Hale on Monday. A woman came by, telling reporters that Hale was "
        "her husband. She said Dan Reed was also arrested."
    )
    assert one(quotes(nlp, text), "indirect", "Dan Reed").speaker_name is None


def test_one_of_the_wives_is_the_next_she(nlp: Any) -> None:
    text = (
        "Police arrested Tom Hale on Monday. One of the wives of former church leader Tom Hale "
        "confirmed his arrest on Wednesday. She also said Dan Reed was arrested."
    )
    assert one(quotes(nlp, text), "indirect", "Dan Reed").speaker_name is None


def test_one_of_the_wives_is_no_he(nlp: Any) -> None:
    # Negative: a described woman is skipped by "he", who goes on to the man named before.
    text = (
        "Tom Hale spoke on Monday. One of the wives of Dan Reed left. He said the talks went well."
    )
    assert one(quotes(nlp, text), "indirect", "talks").speaker_name == "Tom Hale"


def test_a_surname_in_reported_words_is_not_the_next_speaker(nlp: Any) -> None:
    # The tagger takes "Trump" inside the reported clause for a common noun: still talked
    # about, not the "he" who goes on.
    text = (
        "Donald Trump met Ann Lee on Monday. Tom Hale, director for Trump's council, said "
        "Trump would challenge the threats during any meeting with Lee. The goal, he said, is "
        "peace."
    )
    assert one(quotes(nlp, text), "indirect", "goal").speaker_name == "Tom Hale"


def test_the_possessor_of_a_subject_is_the_next_he(nlp: Any) -> None:
    # "The president's youth" talks about the president, who goes on as "he"; an aide
    # named "one of the president's aides" is no president.
    text = (
        "President Ivo Brenn spoke in May. Tom Hale, one of the president's trusted aides, "
        "recalled Mr. Brenn talking about the book. The president's youth also came up. "
        "In Velmora, he told leaders that the islands were at risk."
    )
    assert one(quotes(nlp, text), "indirect", "islands").speaker_name == "Ivo Brenn"
