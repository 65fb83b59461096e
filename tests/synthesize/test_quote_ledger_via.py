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


# A second outlet carrying Lee's words first-hand, or from a medium of its own.
DIRECT_TEXT = "\u201cThe ferry will sail on time,\u201d Ann Lee told reporters on Monday."
OTHER_RELAY_TEXT = "\u201cThe ferry will sail on time,\u201d Ann Lee said, according to Bay Radio."


def _told(text: str, article_id: str, medium: str | None) -> AnalyzedArticle:
    """An article with Lee's words, passed on by ``medium`` where one is given."""
    start, s = text.index(WORDS), text.index("Ann Lee")
    cue = "told" if medium is None else "said"
    c = text.index(cue)
    inner = Quote(
        text=WORDS,
        start=start,
        end=start + len(WORDS),
        kind="direct",
        speaker_text="Ann Lee",
        speaker_start=s,
        speaker_end=s + 7,
        speaker_name="Ann Lee",
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
    )
    quotes: tuple[Quote, ...] = (inner,)
    if medium is not None:
        m, a = text.index(medium), text.index("according to")
        quotes += (
            Quote(
                text=text[start : c + len(cue)],
                start=start,
                end=c + len(cue),
                kind="direct",
                speaker_text=medium,
                speaker_start=m,
                speaker_end=m + len(medium),
                cue="according to",
                cue_start=a,
                cue_end=a + len("according to"),
                relays=True,
            ),
        )
    return AnalyzedArticle(
        article=Article(id=article_id, text=text), sentences=(Span(0, len(text)),), quotes=quotes
    )


def _grouped(*arts: AnalyzedArticle) -> BriefQuote:
    story = Story(list(arts))
    _, key_to_id = build_entities(story)
    (line,) = build_quotes(story, key_to_id)
    return line


def test_a_line_two_outlets_carry_names_no_medium_only_one_of_them_used() -> None:
    relayed = _told(TEXT, "a", "the Harbor Times")
    first_hand = _told(DIRECT_TEXT, "b", None)
    for order in ((relayed, first_hand), (first_hand, relayed)):
        line = _grouped(*order)
        assert {line.article, *line.also_in} == {"a", "b"}
        assert line.via is None  # outlet b had Lee's words from no medium


def test_a_line_every_outlet_had_from_the_same_medium_keeps_it() -> None:
    line = _grouped(_told(TEXT, "a", "the Harbor Times"), _told(TEXT, "b", "the Harbor Times"))
    assert line.also_in == ("b",) and line.via == "the Harbor Times"


def test_a_line_outlets_had_from_different_media_names_neither() -> None:
    line = _grouped(_told(TEXT, "a", "the Harbor Times"), _told(OTHER_RELAY_TEXT, "b", "Bay Radio"))
    assert line.also_in == ("b",) and line.via is None
