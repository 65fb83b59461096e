"""A transcript header naming the article's own outlet ("GAZETTE: And the fund?") opens
the interviewer's turn: the paper's question, not a source's words, has no ledger line;
the same header in another outlet's article (a source quoted) keeps its line. Invented
transcripts, hand-built analyses."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, BriefQuote, Quote, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story

_TEXT = "GAZETTE: The harbour fund ran dry in March, did it not?"


def _ledger(source: str) -> list[BriefQuote]:
    content = _TEXT[len("GAZETTE: ") :]
    q = Quote(
        text=content,
        start=len("GAZETTE: "),
        end=len(_TEXT),
        kind="indirect",
        speaker_text="GAZETTE",
        speaker_start=0,
        speaker_end=len("GAZETTE"),
        cue=":",
        cue_start=len("GAZETTE"),
        cue_end=len("GAZETTE:"),
    )
    article = AnalyzedArticle(
        article=Article(id="a", text=_TEXT, source=source),
        sentences=(Span(0, len(_TEXT)),),
        quotes=(q,),
    )
    story = Story([article])
    _, key_to_id = build_entities(story)
    return build_quotes(story, key_to_id)


@pytest.mark.parametrize("source", ["The Velmora Gazette", "gazette", "VELMORA GAZETTE"])
def test_the_outlets_own_header_has_no_line(source: str) -> None:
    assert _ledger(source) == []


@pytest.mark.parametrize("source", ["Orsk Wire", "", "Gazette Weekly"])
def test_a_header_naming_another_outlet_keeps_its_line(source: str) -> None:
    assert len(_ledger(source)) == 1
