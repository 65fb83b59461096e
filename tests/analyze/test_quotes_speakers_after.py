"""The speaker of a cue right after a quote when the parser gives the cue a subject before
the quote too. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_the_subject_between_a_quote_and_its_cue_speaks(nlp: Any) -> None:
    # The parser takes "His final assessment" for a second subject of "said".
    text = (
        "\u201cI am worried,\u201d Varga said. His final assessment: "
        "\u201cIt\u2019s not quite optimistic,\u201d he said. \u201cWe\u2019re hopeful.\u201d"
    )
    found = quotes(nlp, text)
    assert one(found, "direct", "optimistic").speaker_text == "he"
    assert one(found, "direct", "hopeful").speaker_text == "he"
    assert one(found, "direct", "optimistic").speaker_name == "Varga"


def test_a_subject_before_the_quote_speaks_when_none_follows_it(nlp: Any) -> None:
    text = "Mara Quist said on Monday: \u201cThe ferry will run on time.\u201d"
    assert one(quotes(nlp, text), "direct", "ferry").speaker_text == "Mara Quist"
