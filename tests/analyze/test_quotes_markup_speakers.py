"""A speaker span with no word in it, or markup left in the text, names no one."""

from __future__ import annotations

import pytest

from crossbrief.analyze.quotes import _named_by_words
from crossbrief.model import Quote, QuoteKind


def _quote(kind: QuoteKind, speaker: str) -> Quote:
    return Quote(
        text="the pier will reopen",
        start=40,
        end=60,
        kind=kind,
        speaker_text=speaker,
        speaker_start=0,
        speaker_end=len(speaker),
        speaker_name=None,
        cue="said",
        cue_start=30,
        cue_end=34,
    )


@pytest.mark.parametrize(
    "speaker", ["<", "\u202a", "-", 'tweet id="', ">Mayor Ann Park", "x</tweet"]
)
def test_no_words_or_markup_name_no_one(speaker: str) -> None:
    direct = _named_by_words([_quote("direct", speaker)])
    assert len(direct) == 1
    assert direct[0].speaker_text is None and direct[0].speaker_start is None
    assert _named_by_words([_quote("indirect", speaker)]) == []


@pytest.mark.parametrize("speaker", ["Mayor Ann Park", "42%", "the harbour board (R-Maine)"])
def test_words_and_figures_stay_speakers(speaker: str) -> None:
    kinds: tuple[QuoteKind, ...] = ("direct", "indirect")
    for kind in kinds:
        kept = _named_by_words([_quote(kind, speaker)])
        assert [q.speaker_text for q in kept] == [speaker]
