"""An interview answer printed after "A:" is the interviewee's own words as printed, with
no quotation marks: the ledger shows it as an interview answer under them, never as words
reported of them, never in marks the article does not have, never "as A". Invented
articles, real pipeline."""

from __future__ import annotations

import json
from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.render import render_html, render_json, render_markdown
from crossbrief.schema import validate_brief
from crossbrief.synthesize import synthesize

_INTRO = "Harbour master Ann Lee spoke to the Velmora Gazette about the new pier on Monday."
_ANSWER = "We will build the pier before the winter storms arrive."
_QA = f"{_INTRO}\n\nQ: Will the pier be ready before the winter?\n\nA: {_ANSWER}"
_REPORTED = "Tom Varga said on Tuesday that the ferry would stop running in March."


def _ledger(nlp: Any, text: str) -> tuple[str, str]:
    arts = list(analyze_articles([Article(id="a", text=text, source="Velmora Gazette")], nlp=nlp))
    brief = synthesize(arts)
    data = json.loads(render_json(brief))
    validate_brief(data)  # the contract carries the answer flag
    assert [q.get("answer", False) for q in data["quotes"] if "winter" in q["text"]] == [True]
    md = render_markdown(brief).split("## Who said what")[1].split("\n## ")[0]
    return md, render_html(brief)


def test_an_answer_is_shown_as_an_interview_answer(nlp: Any) -> None:
    md, html = _ledger(nlp, f"{_QA}\n\n{_REPORTED}")
    line = next(x for x in md.splitlines() if "winter storms" in x)
    assert line.lstrip().startswith("- (interview answer) We will build")
    assert "\u201c" not in line and "(as \u201cA\u201d)" not in line
    assert "interview answer" in html
    # reported speech keeps its own label
    other = next(x for x in md.splitlines() if "ferry would stop" in x)
    assert "(reported)" in other and "interview answer" not in other


def test_an_empty_answer_is_no_line(nlp: Any) -> None:
    arts = analyze_articles([Article(id="a", text=_QA.replace(_ANSWER, '""'))], nlp=nlp)
    assert [q for a in arts for q in a.quotes if q.speaker_text == "A"] == []
