"""Each quote's speaker is looked up in the story's entities once per article, however many
of the ledger's steps (fragment folding, the line itself) ask for it. Invented text, real
pipeline, with hand-built quotes."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article, BriefQuote, Quote
from crossbrief.synthesize import quotes as ledger
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story

TEXT = (
    "Ann Lee said the old pier was \u201cbeyond repair\u201d and would close in May. "
    "Lee spoke after the vote. Tom Varga said the ferry would run all summer."
)


def _quote(words: str, kind: str, speaker: str, name: str, cue: str | None) -> Quote:
    start, s = TEXT.index(words), TEXT.index(speaker)
    c = TEXT.index(cue) if cue else None
    return Quote(
        text=words,
        start=start,
        end=start + len(words),
        kind=kind,  # type: ignore[arg-type]
        speaker_text=speaker,
        speaker_start=s,
        speaker_end=s + len(speaker),
        speaker_name=name,
        cue=cue,
        cue_start=c,
        cue_end=None if c is None else c + len(cue or ""),
    )


# Lee's reported words, a fragment of them in marks given to "Lee" with no cue (so only
# their speakers' entities tell it is hers), and Varga's reported words.
REPORTED = _quote(
    "the old pier was \u201cbeyond repair\u201d and would close in May.",
    "indirect",
    "Ann Lee",
    "Ann Lee",
    "said",
)
FRAGMENT = _quote("beyond repair", "partial", "Lee spoke", "Lee", None)
OTHER = _quote(
    "the ferry would run all summer.", "indirect", "Tom Varga", "Tom Varga", "said the f"
)


def _ledger(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[BriefQuote], Counter[int | None]]:
    (art,) = analyze_articles([Article(id="a", text=TEXT)], nlp=nlp)
    story = Story([replace(art, quotes=(REPORTED, FRAGMENT, OTHER))])
    _, key_to_id = build_entities(story)
    calls: Counter[int | None] = Counter()
    real = ledger._speaker_id

    def counted(q: Quote, *args: Any, **kwargs: Any) -> str | None:
        calls[q.speaker_start] += 1
        return real(q, *args, **kwargs)

    monkeypatch.setattr(ledger, "_speaker_id", counted)
    return ledger.build_quotes(story, key_to_id), calls


def test_each_speaker_is_looked_up_once(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    lines, calls = _ledger(nlp, monkeypatch)
    assert calls[REPORTED.speaker_start] == 1, calls
    assert max(calls.values()) == 1, calls
    # Negative: the lookups are kept per speaker phrase, never shared across speakers:
    # the fragment folds into Lee's line and Varga keeps his own.
    lee, varga = lines
    assert lee.speaker_text == "Ann Lee" and varga.speaker_text == "Tom Varga", lines
    assert None not in {lee.speaker, varga.speaker} and lee.speaker != varga.speaker, lines
