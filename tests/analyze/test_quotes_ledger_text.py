"""Reported content read as a reader would, on invented sentences with the real pipeline: a
unit sign after the last number stays ('below 60%'), punctuation after it does not."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import indirect


def test_a_percent_sign_after_the_last_number_stays(nlp: Any) -> None:
    text = "The share of homes on the old meter has fallen to below 60%, say harbour analysts."
    (q,) = indirect(nlp, text, "say")
    assert q.text.endswith("below 60%")


def test_a_percent_sign_closing_the_sentence_stays(nlp: Any) -> None:
    (q,) = indirect(nlp, "Other counters say the share is nearer to 25%.", "say")
    assert q.text == "the share is nearer to 25%"


def test_punctuation_after_a_number_is_still_trimmed(nlp: Any) -> None:
    (q,) = indirect(nlp, "Lee said the levy rose by 12.", "said")
    assert q.text == "the levy rose by 12"  # negative: the full stop is no unit


def test_a_percent_sign_in_an_according_to_line_stays(nlp: Any) -> None:
    text = "According to the harbour board, the toll rose by 8%."
    (q,) = indirect(nlp, text, "According to")
    assert q.text == "the toll rose by 8%"


def test_according_to_two_joined_sources_names_both(nlp: Any) -> None:
    text = (
        "According to marine engineers and outside experts hired by the Lee family, the hull "
        "was cracked before the storm."
    )
    (q,) = indirect(nlp, text, "According to")
    assert q.text == "the hull was cracked before the storm"
    assert q.speaker_text == "marine engineers and outside experts"


def test_a_joined_phrase_in_the_content_stays_in_it(nlp: Any) -> None:
    # negative: only the source's own conjuncts leave the content
    text = "According to the harbour board, the pier and the old ferry dock were shut."
    (q,) = indirect(nlp, text, "According to")
    assert q.text == "the pier and the old ferry dock were shut"
    assert q.speaker_text == "the harbour board"


def test_an_aside_on_the_object_does_not_end_the_content(nlp: Any) -> None:
    text = (
        "Council members accused Ann Lee, who runs the harbour board, of hiding the repair costs."
    )
    (q,) = indirect(nlp, text, "accused")
    assert q.text == ("accused Ann Lee, who runs the harbour board, of hiding the repair costs")


def test_a_comma_after_the_object_with_no_aside_still_ends_it(nlp: Any) -> None:
    # negative: the clause after a plain comma is the writer's, not the accusation
    text = "Council members accused Ann Lee of hiding the costs, and the mayor resigned."
    (q,) = indirect(nlp, text, "accused")
    assert q.text == "accused Ann Lee of hiding the costs"


def test_the_verb_after_an_aside_on_the_object_is_content(nlp: Any) -> None:
    text = (
        "The young fishermen promised to wait at the docks until their concerns, including "
        "anger at the unpopular council and worry over fuel prices, are addressed."
    )
    (q,) = indirect(nlp, text, "promised")
    assert q.text.startswith("promised to wait at the docks")
    assert q.text.endswith("worry over fuel prices, are addressed")


def test_the_verb_after_an_aside_is_content_when_parsed_as_the_root(nlp: Any) -> None:
    # the parser makes the verb after the aside the sentence's root, the cue its clause
    text = (
        "The striking nurses vowed to stay on the wards until their demands, including "
        "protection from the increasingly hostile board and worry over pay, are met."
    )
    (q,) = indirect(nlp, text, "vowed")
    assert q.text.startswith("vowed to stay on the wards")
    assert q.text.endswith("worry over pay, are met")


def test_a_subject_set_off_by_an_aside_keeps_its_verb(nlp: Any) -> None:
    text = (
        "She said harsh harbour tactics, like keeping the crews cold and wet, could "
        "encourage fights on the docks."
    )
    (q,) = indirect(nlp, text, "said")
    assert q.text == (
        "harsh harbour tactics, like keeping the crews cold and wet, could encourage "
        "fights on the docks"
    )


def test_a_verb_after_a_plain_comma_is_the_speakers_own(nlp: Any) -> None:
    # negative: no aside opens after the object, so the verb after the comma is the
    # speaker's next act, not what was said
    text = "She thanked the crews at the pier, could not stay long, and left for the capital."
    for q in indirect(nlp, text, "thanked"):
        assert "stay" not in q.text


def test_content_opening_with_a_relative_pronoun_takes_its_noun(nlp: Any) -> None:
    text = "He faces fraud charges, which he says were invented by his rivals in the council."
    (q,) = indirect(nlp, text, "says")
    assert q.text == "fraud charges, which he says were invented by his rivals in the council"


def test_the_noun_of_a_relative_pronoun_climbs_past_its_preposition(nlp: Any) -> None:
    text = "Varga has a bruise on his arm, which he claims was caused by guards last week."
    (q,) = indirect(nlp, text, "claims")
    assert q.text.startswith("a bruise on his arm, which he claims was caused")


def test_a_relative_speaker_keeps_the_clause_it_says(nlp: Any) -> None:
    # negative: 'who' is the speaker here, not part of the content
    text = "Ann Lee, who says the pier is unsafe, left the meeting early."
    (q,) = indirect(nlp, text, "says")
    assert q.text == "the pier is unsafe"


def test_who_stands_for_the_person_it_follows(nlp: Any) -> None:
    text = (
        "The town mourned the loss of Tom Varga, who his friends say was the best sailor "
        "on the coast."
    )
    (q,) = indirect(nlp, text, "say")
    assert q.text.startswith("Tom Varga, who his friends say")  # negative: not 'the loss'
