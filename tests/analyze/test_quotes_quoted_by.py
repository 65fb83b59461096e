"""'"...," Lee was quoted by the Orsk Herald as saying': the passive names the outlet that
carried Lee's words, not a source saying that Lee was quoted. The words stay Lee's, and no
line gives the outlet the sentence as its own. Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote

LEAD = "Ann Lee runs the harbour board.\n\n"


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return analyze_article(Article(id="t", text=LEAD + text), nlp).quotes


def test_the_outlet_that_quoted_someone_says_nothing_of_its_own(nlp: Any) -> None:
    text = '"We will not sell the port," Lee was quoted by the state news agency as saying.'
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if q.speaker_text == "the state news agency"]
    words = next(q for q in quotes if q.text.startswith("We will not"))
    assert words.speaker_name == "Ann Lee"


def test_a_passive_verdict_keeps_its_agent(nlp: Any) -> None:
    text = "The sale of the port was criticized by the dockers' union on Monday."
    quotes = _quotes(nlp, text)
    assert [q for q in quotes if q.speaker_text == "the dockers' union"]
