"""A name written surname first ("Lin Wei", Mr. Lin) is known by the word the article uses
for it alone or after a title: a later "Lin said" or "Mr. Lin said" is that person, while
a surname written last still wins where one matches. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_bare_surname_written_first_is_the_full_name(nlp: Any) -> None:
    text = (
        "Tom Hale spoke on Monday. Board chairman Lin Wei spoke to reporters. "
        "Lin said the work would take a year."
    )
    assert one(quotes(nlp, text), "indirect", "work").speaker_name == "Lin Wei"


def test_a_titled_surname_written_first_is_the_full_name(nlp: Any) -> None:
    text = (
        "The harbour board met on Monday. Board chairman Lin Wei spoke to reporters. "
        "\u201cWe will rebuild the pier,\u201d Mr. Lin said."
    )
    assert one(quotes(nlp, text), "direct", "pier").speaker_name == "Lin Wei"


def test_a_surname_written_last_wins_over_a_first_word(nlp: Any) -> None:
    # Negative: "Lin" ends Tom Lin's name, so it is his, not Lin Wei's, though she is
    # named later and is the subject too.
    text = (
        "Port engineer Tom Lin spoke on Monday. Board chairman Lin Wei spoke to reporters. "
        "Lin said the work would take a year."
    )
    assert one(quotes(nlp, text), "indirect", "work").speaker_name == "Tom Lin"


def test_a_word_inside_no_name_is_no_one(nlp: Any) -> None:
    # Negative: a surname no one named before bears, first or last, stays as written.
    text = "Board chairman Lin Wei spoke to reporters. Varga said the work would take a year."
    assert one(quotes(nlp, text), "indirect", "work").speaker_name == "Varga"
