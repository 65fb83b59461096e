"""``readings`` reads a sentence word by word as ``occurrences`` does, by its own loop."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.polarity import (
    DONE,
    PLAN,
    _base,
    _content_base,
    bases,
    occurrences,
    readings,
)

SENTENCES = [
    "The harbour board refused to rule out a second pier at Velmora.",
    "Ann Lee, who never lost a vote, resigned on Friday.",
    "The board in May closed the ferry, and it won\u2019t reopen until spring.",
    "The council didn't decide whether or not to sell the old docks, officials said.",
    "Velmora",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_readings_are_the_occurrences_by_word(text: str) -> None:
    by_word: dict[str, set[tuple[bool, str]]] = {}
    for _, base, negated, mode in occurrences(text).found:
        by_word.setdefault(base, set()).add((negated, mode))
    assert readings(text) == {base: frozenset(found) for base, found in by_word.items()}


def test_readings_skip_side_clauses_and_names() -> None:
    found = readings(SENTENCES[1])
    assert found[_base("resigned")] == frozenset({(False, DONE)})
    # the side clause's act is not the sentence's
    assert _base("lost") not in found
    # "May" inside a sentence is a month's name, no modal over "closed"
    closed = readings(SENTENCES[2])[_base("closed")]
    assert closed == frozenset({(False, DONE)})
    assert (False, PLAN) not in closed


def test_content_base_reads_content_words_only() -> None:
    assert _content_base("closed") == _base("closed")
    assert _content_base("pier") == _base("pier")
    # stop words, verbs of saying, marks and a name's "#" are not read
    for word in ("the", "said", "#", ",", "not"):
        assert _content_base(word) == ""


def test_bases_are_read_in_lower_case() -> None:
    found = bases("The Board CLOSED the pier")
    assert found == {_base("the"), _base("board"), _base("closed"), _base("pier")}
    assert not any(word != word.lower() for word in found)
