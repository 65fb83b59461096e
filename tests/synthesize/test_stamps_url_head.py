"""An article's head is counted past the pieces of its web address (session 19): a page
saved with its address before the head line, the address spaced out by a tokenizer ("http:
/ / www. ..."), leaves the dateline after it at the head. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import AnalyzedArticle, Article
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.stamps import datelines
from crossbrief.synthesize.story import Story

_ADDRESS = (
    "http: / / www. velmoraherald.\n"
    "com / news / 2031 / mar / 04 / harbour-board-fines-trawler /\n"
    "print\n"
)
_HEAD = "Harbour board fines trawler\n4: 10 p. m. March 4, 2031\n"
_BODY = (
    "The harbour board fined a trawler on Tuesday for fishing inside the closed bay.\n"
    "The owner, Ola Brenn, said he would appeal.\n"
)


def _analyzed(nlp: Any, text: str) -> AnalyzedArticle:
    return analyze_article(Article(id="a", text=text), nlp)


def _dateline_texts(a: AnalyzedArticle) -> list[str]:
    return [a.article.text[a.sentences[i].start : a.sentences[i].end] for i in datelines(a)]


def test_a_dateline_after_a_spaced_web_address_is_at_the_head(nlp: Any) -> None:
    a = _analyzed(nlp, _ADDRESS + _HEAD + _BODY)
    assert _dateline_texts(a) == ["4: 10 p. m. March 4, 2031"]
    assert infer_dates(Story([a]))["a"].date == "2031-03-04"


def test_a_dateline_after_three_sentences_of_words_is_not_at_the_head(nlp: Any) -> None:
    # Negative: sentences of words before it, one naming a web address among its words,
    # still count, so the stamp is past the head.
    text = (
        "Harbour board fines trawler\n"
        "The board posted its ruling at www. velmoraherald. com on its own page.\n"
        "The owner, Ola Brenn, said he would appeal.\n"
        "4: 10 p. m. March 4, 2031\n"
        "The harbour board fined a trawler on Tuesday for fishing inside the closed bay.\n"
    )
    assert _dateline_texts(_analyzed(nlp, text)) == []
