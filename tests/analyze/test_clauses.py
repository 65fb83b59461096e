"""Each sentence's shape read from its parse: whether it has a verb, and where its main
clauses' subjects' head words are (``analyze.clauses``)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import AnalyzedArticle, Article

LINES = [
    "The new harbour plan covers the docks and two old piers of Velmora.",
    "Price: $80.",
    "The ferry will sail at dawn, the harbour master of Dunmore said.",
    "Ann Lee, who runs the ferry, said nothing about the fares.",
]


def _analyzed(nlp: Any) -> AnalyzedArticle:
    article = Article(id="a", text="\n\n".join(LINES), source="a", published="2031-05-06")
    (analyzed,) = analyze_articles([article], nlp=nlp)
    assert [analyzed.sentence_text(i) for i in range(len(analyzed.sentences))] == LINES
    return analyzed


def _heads(a: AnalyzedArticle, k: int) -> list[str]:
    assert a.clauses is not None
    (c,) = [c for c in a.clauses if c.sentence == k]
    return [a.article.text[s:].split()[0].strip(",") for s in c.subjects]


def test_a_subject_is_found_by_its_dependency_not_its_place(nlp: Any) -> None:
    a = _analyzed(nlp)
    # "plan", not "covers", which a reading by word order may take for a plural noun
    assert _heads(a, 0) == ["plan"]
    # the reported clause's subject and the reporting verb's
    assert _heads(a, 2) == ["ferry", "master"]
    # a relative clause's subject ("who") is no main clause's
    assert _heads(a, 3) == ["Lee"]


def test_a_sentence_without_a_verb_is_marked(nlp: Any) -> None:
    a = _analyzed(nlp)
    assert a.clauses is not None
    assert [c.verb for c in a.clauses] == [True, False, True, True]


def test_clauses_survive_the_json_round_trip(nlp: Any) -> None:
    a = _analyzed(nlp)
    back = AnalyzedArticle.from_dict(a.to_dict())
    assert back.clauses == a.clauses
    # an analysis saved before clauses were read has none, not an empty tuple
    data = a.to_dict()
    del data["clauses"]
    assert AnalyzedArticle.from_dict(data).clauses is None
