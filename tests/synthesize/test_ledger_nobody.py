"""Ledger lines no one spoke: a heading's words, a finding "in" a poll, a norm something is
"according to", a name things are "so called", and a medium carrying another's report; each
rule with a line it must keep. Invented sentences, hand-built analyses."""

from __future__ import annotations

import dataclasses

import pytest

from crossbrief.model import AnalyzedArticle, Article, BriefQuote, Quote, QuoteKind, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story


def _quote(text: str, content: str, cue: str, speaker: str, kind: QuoteKind = "indirect") -> Quote:
    start, c, s = text.index(content), text.index(cue), text.index(speaker)
    return Quote(
        text=content,
        start=start,
        end=start + len(content),
        kind=kind,
        speaker_text=speaker,
        speaker_start=s,
        speaker_end=s + len(speaker),
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
    )


def _ledger(text: str, q: Quote, headings: tuple[Span, ...] = ()) -> list[BriefQuote]:
    article = AnalyzedArticle(
        article=Article(id="a", text=text),
        sentences=(Span(0, len(text)),),
        quotes=(q,),
        headings=headings,
    )
    story = Story([article])
    _, key_to_id = build_entities(story)
    return build_quotes(story, key_to_id)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker", "shown"),
    [
        (
            "In the latest polls, Lee trails Voss.",
            "Lee trails Voss",
            "In",
            "the latest polls",
            False,
        ),
        (
            "The latest polls show that Lee trails Voss.",
            "Lee trails Voss",
            "show",
            "The latest polls",
            True,
        ),
        (
            "According to harbour law, the ferry must carry a pilot.",
            "the ferry must carry a pilot",
            "According to",
            "harbour law",
            False,
        ),
        (
            "According to the harbour report, the ferry must carry a pilot.",
            "the ferry must carry a pilot",
            "According to",
            "the harbour report",
            True,
        ),
        (
            "The island sits in a zone so called the Ring of Storms by sailors.",
            "called the Ring of Storms by sailors",
            "called",
            "The island",
            False,
        ),
        (
            "Lee called the toll a disgrace to the island.",
            "called the toll a disgrace to the island",
            "called",
            "Lee",
            True,
        ),
        (
            "No boats sailed, harbour chief Ann Lee was quoted by the wire as saying.",
            "harbour chief Ann Lee was quoted by the wire as saying",
            "quoted",
            "the wire",
            False,
        ),
        (
            "We will sail,'' he told the crew, the wire reports.",
            "We will sail,'' he told the crew",
            "reports",
            "the wire",
            False,
        ),
        (
            # a quote inside the content with the story going on after it is no relay
            "Lee said the toll was ''too high,'' Voss added, and the ferry would stop.",
            "the toll was ''too high,'' Voss added, and the ferry would stop",
            "said",
            "Lee",
            True,
        ),
        (
            "The wire reports that the ferry will sail on Monday.",
            "the ferry will sail on Monday",
            "reports",
            "The wire",
            True,
        ),
    ],
)
def test_lines_no_one_said_have_none(
    text: str, content: str, cue: str, speaker: str, shown: bool
) -> None:
    assert bool(_ledger(text, _quote(text, content, cue, speaker))) is shown


def test_a_heading_gives_no_line_and_the_text_below_does() -> None:
    head = "Lee: Ahead by a mile."
    text = head + "\n\nLee said the ferry would sail on Monday."
    q = _quote(text, "Ahead by a mile", ":", "Lee")
    assert _ledger(text, q, (Span(0, len(head)),)) == []
    below = _quote(text, "the ferry would sail on Monday", "said", "Lee said")
    assert _ledger(text, below, (Span(0, len(head)),))


def test_a_claimless_attribution_has_no_line() -> None:
    text = "The mayor told 300 people gathered at the harbour."
    q = _quote(text, "300 people gathered at the harbour", "told", "The mayor")
    assert _ledger(text, q)  # the same line with a claim in it has a line
    assert _ledger(text, dataclasses.replace(q, claimless=True)) == []
