"""The writer's framing of a direct quote is not the speaker's reported speech: the clause
before a colon that opens the quote, and words the parser hangs on a quoted verb. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Quote
from tests.analyze.test_quotes import one, quotes


def _indirect_at(found: list[Quote], cue_start: int | None) -> list[Quote]:
    return [q for q in found if q.kind == "indirect" and q.cue_start == cue_start]


def test_the_clause_before_a_colon_opening_a_quote_is_not_the_later_cue_s(nlp: Any) -> None:
    text = 'In her speech, Mara Quist declared war on the plan: "It is dead," she said.'
    found = quotes(nlp, text)
    quote = one(found, "direct", "It is dead")
    assert quote.cue == "said"
    assert _indirect_at(found, quote.cue_start) == []
    assert not any("declared war" in q.text for q in found if q.cue == "said")


def test_a_reporting_verb_before_the_colon_keeps_its_own_content(nlp: Any) -> None:
    text = (
        "Soon after the storm, Mara Quist asserted that the pier had lost its charm: "
        '"The pier is no longer a pier," she claimed.'
    )
    found = quotes(nlp, text)
    own = one(found, "indirect", "the pier had lost its charm")
    assert own.cue == "asserted"
    assert _indirect_at(found, one(found, "direct", "no longer a pier").cue_start) == []


def test_words_hung_on_a_quoted_verb_before_the_quote_are_the_writer_s(nlp: Any) -> None:
    texts = [
        "As for the harbour master\u2019s ability to deflect blame, she said, "
        "\u201cThe tide tables have not even been checked.\u201d",
        "Mara Quist said on the radio on Monday, in reference to the old ferry, a boat "
        "built in 1950, \u201cNext summer, it will sail again.\u201d",
    ]
    for text in texts:
        found = quotes(nlp, text)
        assert [q.kind for q in found] == ["direct"], text


def test_said_that_adding_a_quote_keeps_both_pieces(nlp: Any) -> None:
    # Negative: the that-clause is the first cue's own content, the quote the second's.
    text = 'Mara Quist said that the pier was safe, adding: "The tide tables were wrong."'
    found = quotes(nlp, text)
    said = one(found, "indirect", "the pier was safe")
    added = one(found, "direct", "tide tables were wrong")
    assert (said.cue, added.cue) == ("said", "adding")


def test_a_that_clause_or_words_after_the_quote_keep_the_reported_speech(nlp: Any) -> None:
    # Negative: the cue's own "that" before the quote, or the writer's sentence running
    # on past it, make the quote a fragment of reported speech, which stays.
    that = (
        "Mara Quist added that after rent, as a household with one wage, "
        "\u201cThey were not living well.\u201d"
    )
    assert "after rent" in one(quotes(nlp, that), "indirect", "after rent").text
    after = (
        "Edvin Salo said \u201cwe are horrified\u201d by the collapse of the old pier "
        "at the harbour."
    )
    assert any(q.kind == "indirect" and "collapse" in q.text for q in quotes(nlp, after))
