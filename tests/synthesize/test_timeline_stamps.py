"""A page's time stamp left in the copy ("Updated Tuesday, Apr 22 at 4:10 PM") tells when the
page was written, no event: it places no timeline row; a sentence that tells something on
such a day keeps its row."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _rows(nlp: Any, text: str) -> list[tuple[str, str]]:
    # Undated, as a page with a stamp often comes: its date is read from the text.
    brief = brief_articles([Article(id="a", text=text)], nlp=nlp)
    return [(e.expression, e.text) for e in brief.timeline]


def test_an_updated_stamp_places_no_row(nlp: Any) -> None:
    text = (
        "Velmora mayor quits\n\nUpdated Tuesday, Apr 22 at 4:10 PM\n\n"
        "Ann Lee resigned as mayor of Velmora on Monday, the harbour board said.\n\n"
        "She will face the board on Friday."
    )
    rows = _rows(nlp, text)
    assert not any(sentence.startswith("Updated") for _, sentence in rows)
    assert any(expression == "Monday" for expression, _ in rows)


def test_a_sentence_telling_an_update_keeps_its_row(nlp: Any) -> None:
    # Negative: "updated" as the verb of a sentence that tells something is no stamp.
    text = "Updated figures from the harbour board on Monday showed the ferry lost money."
    assert any(expression == "Monday" for expression, _ in _rows(nlp, text))
