"""A quote a medium passed on ('"...," Lee said, according to the Harbor Times') is Lee's
line "via" the medium; the medium's own attribution is no line. Hand-built analyses."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, BriefQuote, Quote, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story

TEXT = "\u201cThe ferry will sail on time,\u201d Ann Lee said, according to the Harbor Times."
WORDS = "The ferry will sail on time,"


def _quote(speaker: str, cue: str, end: int, relays: bool = False) -> Quote:
    s, c = TEXT.index(speaker), TEXT.index(cue)
    start = TEXT.index(WORDS)
    return Quote(
        text=TEXT[start:end],
        start=start,
        end=end,
        kind="direct",
        speaker_text=speaker,
        speaker_start=s,
        speaker_end=s + len(speaker),
        speaker_name=None if relays else speaker,
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
        relays=relays,
    )


INNER = _quote("Ann Lee", "said", TEXT.index(WORDS) + len(WORDS))
RELAY = _quote("the Harbor Times", "according to", TEXT.index(" said") + 5, relays=True)


def _ledger(*quotes: Quote) -> list[BriefQuote]:
    art = AnalyzedArticle(
        article=Article(id="a", text=TEXT), sentences=(Span(0, len(TEXT)),), quotes=quotes
    )
    story = Story([art])
    _, key_to_id = build_entities(story)
    return build_quotes(story, key_to_id)


def test_a_relayed_quote_is_the_speakers_line_via_the_medium() -> None:
    (line,) = _ledger(INNER, RELAY)
    assert line.speaker_text == "Ann Lee" and line.text == WORDS
    assert line.via == "the Harbor Times"


def test_a_quote_no_one_relayed_has_no_via() -> None:
    (line,) = _ledger(INNER)
    assert line.via is None
