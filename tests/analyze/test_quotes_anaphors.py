"""Whom a "he" or "the newspaper" speaker stands for: a surname the tagger read as another
word ("Sharp", an adjective too) is still the named subject a later "he" goes on with; "the
newspaper" is the paper last named as a source, not another body named after it. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes

_SECRETARY = "Harbour Secretary Dan Sharp announced the new pier rules on Thursday. "


def test_a_surname_tagged_an_adjective_is_the_subject_a_later_he_goes_on_with(nlp: Any) -> None:
    text = (
        _SECRETARY + "Committee chairman Tom Reed said the rules would ruin the coast. "
        "Sharp, at a news conference in Velmora, said that he knew the changes would anger "
        'many. "Nothing in the rule relieves the board of its duties," he said.'
    )
    assert one(quotes(nlp, text), "direct", "Nothing in").speaker_name == "Dan Sharp"


def test_a_surname_subject_of_any_verb_is_the_he_of_its_own_clause(nlp: Any) -> None:
    text = (
        _SECRETARY + 'Committee chairman Tom Reed said the board was "determined to ruin the '
        'coast." Sharp, on his side, seemed well aware of the deadline during a briefing for '
        "the press, when he remarked he had 20 days left as secretary."
    )
    assert one(quotes(nlp, text), "indirect", "20 days").speaker_name == "Dan Sharp"


def test_the_surname_as_a_plain_adjective_is_no_subject_for_he(nlp: Any) -> None:
    # Negative: "Sharp words" uses the word, not the name: the "he" stays with Tom Reed.
    text = (
        _SECRETARY + 'Committee chairman Tom Reed said the board was "determined to ruin the '
        'coast." Sharp words followed during a briefing for the press, when he remarked he '
        "had 20 days left as secretary."
    )
    assert one(quotes(nlp, text), "indirect", "20 days").speaker_name == "Tom Reed"


def test_the_newspaper_is_the_paper_named_as_a_source_not_a_body_after_it(nlp: Any) -> None:
    text = (
        "According to the Velmora Gazette, in its latest meeting Brookfield Port will try to "
        "woo the harbour board. The newspaper said the port will offer to run the market."
    )
    speaker = one(quotes(nlp, text), "indirect", "run the market").speaker_name
    assert speaker is not None and speaker.endswith("Velmora Gazette")


def test_the_newspaper_goes_past_a_body_named_in_its_own_sentence(nlp: Any) -> None:
    text = (
        "However, the Velmora Herald report added that Harbour Board chief Tom Reed is "
        "becoming impatient with the bid process. Despite the Harbour Board's efforts, the "
        "newspaper suggested he might walk away from the talks."
    )
    speaker = one(quotes(nlp, text), "indirect", "walk away").speaker_name
    assert speaker is not None and speaker.endswith("Velmora Herald")


def test_with_no_paper_named_as_a_source_the_newspaper_is_the_body_named(nlp: Any) -> None:
    # Negative: the paper is named only as what a firm bought, no source: the body stands.
    text = (
        "Brookfield Port bought the Velmora Herald last year. The newspaper said the port "
        "will offer to run the market out of Velmora."
    )
    speaker = one(quotes(nlp, text), "indirect", "run the market").speaker_name
    assert speaker is not None and speaker.endswith("Velmora Herald")


def test_a_person_named_as_a_source_is_no_newspaper(nlp: Any) -> None:
    # Negative: Ann Lee is a source but no paper; "the newspaper" keeps the paper before.
    text = (
        "Brookfield Port bought the Velmora Herald last year. Ann Lee said the talks were "
        "going well. The newspaper said the port will offer to run the market out of Velmora."
    )
    speaker = one(quotes(nlp, text), "indirect", "run the market").speaker_name
    assert speaker is not None and speaker.endswith("Velmora Herald")
