"""Typewriter dashes ("--", a horizontal bar) are parsed as the em dash they stand for,
while every Doc stays over the original text. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.typewriter import typographic
from tests.analyze.test_quotes import one, quotes

# Each text with stand-ins, and the same text with the marks they stand for.
PAIRS = [
    ("The vote was close \u2015Ann Lee, Velmora", "The vote was close \u2014Ann Lee, Velmora"),
    (
        "When Ann Lee noted that the board paid no rent \u2015 as was true for years \u2015 "
        "Tom Varga replied, \u201cThat is thrift.\u201d",
        "When Ann Lee noted that the board paid no rent \u2014 as was true for years \u2014 "
        "Tom Varga replied, \u201cThat is thrift.\u201d",
    ),
    (
        "The board paid nothing -- not a cent -- for the land, Ann Lee said.",
        "The board paid nothing \u2014 not a cent \u2014 for the land, Ann Lee said.",
    ),
    ("--Ann Lee, Velmora", "\u2014Ann Lee, Velmora"),
]


def _parse(doc: Any) -> list[tuple[str, int, str, str]]:
    return [(t.dep_, t.head.i, t.tag_, t.ent_type_) for t in doc]


@pytest.mark.parametrize(("typed", "typeset"), PAIRS)
def test_stand_ins_are_parsed_as_the_marks_they_stand_for(
    nlp: Any, typed: str, typeset: str
) -> None:
    assert _parse(nlp(typed)) == _parse(nlp(typeset))


@pytest.mark.parametrize("typed", [typed for typed, _ in PAIRS])
def test_the_doc_keeps_the_original_text_and_offsets(nlp: Any, typed: str) -> None:
    doc = nlp(typed)
    assert doc.text == typed
    assert all(typed[t.idx : t.idx + len(t)] == t.text for t in doc)
    assert not doc.user_data  # the reading left nothing behind


def test_a_stand_in_is_one_token_of_its_own(nlp: Any) -> None:
    doc = nlp("The vote was close \u2015Ann Lee, Velmora")
    assert [t.text for t in doc][4:6] == ["\u2015", "Ann"]


def test_piped_docs_keep_their_context(nlp: Any) -> None:
    texts = [("A gift -- ''That is thrift,'' Lee said.", 7), ("No stand-ins here.", 8)]
    out = list(nlp.pipe(texts, as_tuples=True))
    assert [context for _, context in out] == [7, 8]
    assert [doc.text for doc, _ in out] == [text for text, _ in texts]


def test_a_quote_before_a_typewriter_dash_is_verbatim(nlp: Any) -> None:
    text = "''We will open the bridge in May,'' Ann Lee said -- and she meant it."
    q = one(quotes(nlp, text), "direct", "open the bridge")
    assert q.speaker_text == "Ann Lee"
    assert text[q.start : q.end] == "We will open the bridge in May,"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("a gift -- and more", "a gift \u2014 and more"),
        ("the plan--or most of it", "the plan\u2014or most of it"),
        ("close \u2015Ann Lee", "close \u2014Ann Lee"),
    ],
)
def test_each_stand_in_is_read_as_its_mark(text: str, reading: str) -> None:
    found = typographic(text)
    assert found is not None
    assert found[0] == reading
    origins = found[1]
    assert len(origins) == len(reading) + 1 and origins[-1] == len(text)
    # Every character of the reading comes from the original one, or its stand-in.
    for k, ch in enumerate(reading):
        assert text[origins[k]] == ch or text[origins[k] : origins[k + 1]] in {
            "--",
            "\u2015",
        }


@pytest.mark.parametrize(
    "text",
    [
        "rock''n''roll at the Ta''ira club",  # apostrophe pairs inside a word
        "pages 10\u201312 and 10--12",  # an en dash range; two hyphens between figures
        "a well-known, hard-won plan",  # hyphenated words
        "a rule --- or three",  # a longer run of hyphens
        "''No,'' she said: ''Never.''",  # two apostrophes: read as marks already
        "``Yes,'' she said",  # two backticks: left as written
        "\u201cYes,\u201d she said \u2014 or \u2018no\u2019.",  # marks that are typeset already
    ],
)
def test_no_stand_in_is_read_where_there_is_none(nlp: Any, text: str) -> None:
    assert typographic(text) is None
    assert nlp(text).text == text


def test_caches_of_parsed_text_key_on_the_reading(nlp: Any) -> None:
    from crossbrief.analyze.nlp import tokenizer_key
    from crossbrief.analyze.typewriter import RESTORE_COMPONENT, STAND_INS

    assert STAND_INS in tokenizer_key() and RESTORE_COMPONENT in tokenizer_key()
    # The restoring component runs after every other one.
    assert nlp.pipe_names[-1] == RESTORE_COMPONENT
