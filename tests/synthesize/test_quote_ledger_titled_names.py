"""A speaker phrase that ends with a person's full name set right after their title ("vice
president of evening programming Dara Finch") is that person's; a name after "for" or "of" is
someone else's (a critic's). Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article, Brief
from crossbrief.synthesize import synthesize


def _brief(nlp: Any, text: str) -> Brief:
    return synthesize(list(analyze_articles([Article(id="a", text=text, source="s")], nlp=nlp)))


def _speaker(brief: Brief, words: str) -> str | None:
    names = {e.id: e.name for e in brief.entities}
    (q,) = [q for q in brief.quotes if words in q.text]
    return names.get(q.speaker or "")


def test_a_name_after_its_title_run_names_the_speaker(nlp: Any) -> None:
    text = (
        "Dara Finch joined the network in May. "
        "Vice president of evening programming Dara Finch said the interview would air on Sunday."
    )
    assert _speaker(_brief(nlp, text), "interview would air") == "Dara Finch"


def test_a_name_after_of_is_not_the_speaker(nlp: Any) -> None:
    # Negative: a critic of Dara Finch is someone else
    text = (
        "Dara Finch joined the network in May. "
        "A longtime critic of Dara Finch said the interview would air on Sunday."
    )
    assert _speaker(_brief(nlp, text), "interview would air") != "Dara Finch"


def test_a_name_inside_a_relation_is_not_the_speaker(nlp: Any) -> None:
    # Negative: the wife of a titled man is not him, though a title stands before his name
    text = (
        "Dara Finch joined the network in May. "
        "The wife of former harbour master Dara Finch said the interview would air on Sunday."
    )
    assert _speaker(_brief(nlp, text), "interview would air") != "Dara Finch"
