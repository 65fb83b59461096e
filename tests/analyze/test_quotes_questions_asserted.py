"""A question in the writer's own voice ("Will it matter that ...?", "Do you think ...?")
asserts nothing: its reporting verb gives no reported speech. A statement with the same verb
does. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.quote_rows import reported


def test_a_rhetorical_question_reports_nothing(nlp: Any) -> None:
    text = "Will it matter to the voters of Velmora that Ann Lee is not a kind person?"
    assert not any("kind person" in content for _, content in reported(nlp, text))


def test_a_question_to_the_reader_reports_nothing(nlp: Any) -> None:
    text = "Do you think Ann Lee will make a good mayor of Velmora?"
    assert not any("good mayor" in content for _, content in reported(nlp, text))


def test_the_same_verb_in_a_statement_still_reports(nlp: Any) -> None:
    # Negative: no inverted auxiliary and no question mark, so the claim is reported.
    text = "Tom Hale thinks Ann Lee will make a good mayor of Velmora."
    assert any("good mayor" in content for _, content in reported(nlp, text))


def test_a_question_someone_is_reported_to_ask_is_not_the_writers(nlp: Any) -> None:
    # Negative: the question sits inside a statement of what Hale said; the report stays.
    text = "Tom Hale said Ann Lee would make a good mayor, but would the council agree?"
    assert any("good mayor" in content for _, content in reported(nlp, text))
