"""The tokenizer splits quote marks glued to a word, and nothing else. Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("gone,\u201dLee said", ["gone", ",", "\u201d", "Lee", "said"]),
        ("a ruin.\u201dThe", ["a", "ruin", ".", "\u201d", "The"]),
        ("said:\u201cwe go", ["said", ":", "\u201c", "we", "go"]),
        ('the "good"guys', ["the", '"', "good", '"', "guys"]),
        ("a deal.''Lee said", ["a", "deal", ".", "''", "Lee", "said"]),
        ("Why?\u201dasked Ann", ["Why", "?", "\u201d", "asked", "Ann"]),
        ("\u2018fine,\u2019he said", ["\u2018", "fine", ",", "\u2019", "he", "said"]),
        (
            "vote\u2014\u201cnow\u201d\u2014and",
            ["vote", "\u2014", "\u201c", "now", "\u201d", "\u2014", "and"],
        ),
    ],
)
def test_a_quote_mark_glued_to_a_word_is_a_token(nlp: Any, text: str, tokens: list[str]) -> None:
    # The whole pipeline: its tokenizer reads "''" as a curly mark (``typewriter``), and its
    # last component gives the Doc its original text again.
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(
    "text",
    [
        "don\u2019t go, O\u2019Brien said of rock\u2019n\u2019roll in the \u201990s.",
        "The U.S. team, 6'2\" tall, isn't Lee's.",
        '"We win," said Lee. \u201cYes.\u201d',
        "http://example.com/a?b=c, e-mail: ann@example.com",
        "a well-known\u2014and rare\u2014thing",
    ],
)
def test_text_with_no_glued_mark_is_tokenized_as_before(nlp: Any, text: str) -> None:
    # Apostrophes, abbreviations, inches and spaced quote marks: spaCy's English rules.
    default = spacy.blank("en").tokenizer
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in default(text)]


def test_a_speaker_right_after_a_closing_mark_is_found(nlp: Any) -> None:
    text = "\u201cThe ferry runs on time again,\u201dWilla Brandt said on Monday."
    q = one(quotes(nlp, text), "direct", "ferry runs")
    assert q.speaker_text == "Willa Brandt"
    assert q.cue == "said"


def test_the_loaded_pipeline_keys_caches_on_its_rules() -> None:
    from crossbrief.analyze.nlp import QUOTE_INFIXES, tokenizer_key

    assert all(rule in tokenizer_key() for rule in QUOTE_INFIXES)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The road was shut at noon, said Sgt. Ann Pike of the police.", 1),
        ("Lt. Col. Ben Ross and Insp. Ada Vale spoke.", 1),
        ("It was calm, said Supt. Ola Berg. The road reopened later.", 2),
    ],
)
def test_a_rank_abbreviation_before_a_name_ends_no_sentence(
    nlp: Any, text: str, sentences: int
) -> None:
    assert len(list(nlp(text).sents)) == sentences


def test_rank_abbreviations_are_part_of_the_tokenizer_key() -> None:
    from crossbrief.analyze.nlp import TITLE_ABBREVIATIONS, tokenizer_key

    assert all(a in tokenizer_key() for a in TITLE_ABBREVIATIONS)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A party/state tag's full stop before a lower-case word ends no sentence.
        ("She routed primary challenger Gov. Ola Finn (R-Tex.) in nine towns.", 1),
        # A capital after the bracket, or a stop after it, still may.
        ("The plan passed (see p. 4.) Then the vote came.", 2),
        ("It was won by Sen. Ola Finn (R-Tex.). The count went on.", 2),
    ],
)
def test_a_bracket_tag_ending_in_a_stop_ends_no_sentence_before_a_lower_case_word(
    nlp: Any, text: str, sentences: int
) -> None:
    assert len(list(nlp(text).sents)) == sentences


def test_the_bracket_tag_component_is_part_of_the_tokenizer_key(nlp: Any) -> None:
    from crossbrief.analyze.nlp import BRACKET_TAG_COMPONENT, tokenizer_key

    assert BRACKET_TAG_COMPONENT in tokenizer_key()
    assert BRACKET_TAG_COMPONENT in nlp.pipe_names
