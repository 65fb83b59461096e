"""A degree set off after a speaker's name ("Ann Lee, MD") is no one: the line is never
filed under an entity of that name (a state's abbreviation, say). Hand-built analyses."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, BriefQuote, Mention, Quote, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.entities.roles import degree
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story


def _line(text: str, speaker: str, tagged: dict[str, str]) -> tuple[BriefQuote, dict[str, str]]:
    """The one ledger line of ``text``'s "said" quote, and the story's entity keys."""
    s, c = text.index(speaker), text.index("said")
    quote = Quote(
        text=text[c + 5 : -1],
        start=c + 5,
        end=len(text) - 1,
        kind="indirect",
        speaker_text=speaker,
        speaker_start=s,
        speaker_end=s + len(speaker),
        cue="said",
        cue_start=c,
        cue_end=c + 4,
    )
    mentions = tuple(
        Mention(text=t, start=text.index(t), end=text.index(t) + len(t), type=k)  # type: ignore[arg-type]
        for t, k in tagged.items()
    )
    art = AnalyzedArticle(
        article=Article(id="a", text=text),
        sentences=(Span(0, len(text)),),
        mentions=mentions,
        quotes=(quote,),
    )
    story = Story([art])
    _, key_to_id = build_entities(story)
    (line,) = build_quotes(story, key_to_id)
    return line, key_to_id


def test_a_degree_after_the_name_is_no_speaker() -> None:
    text = "Harbor Board President Ann Lee, MD, said the new clinic would open in May."
    tagged = {"Ann Lee": "PERSON", "MD": "GPE"}
    line, keys = _line(text, "Harbor Board President Ann Lee, MD", tagged)
    # (and since session 12 the degree after a person's name is no entity at all)
    assert "md" not in keys and line.speaker in (None, keys["ann lee"])


def test_a_name_after_the_comma_is_the_speaker() -> None:
    # Negative: a name set off by the comma is linked as before.
    text = "The board's president, Ann Lee, said the new clinic would open in May."
    line, keys = _line(text, "The board's president, Ann Lee", {"Ann Lee": "PERSON"})
    assert line.speaker is not None and line.speaker == keys["ann lee"]


def test_degrees_are_told_from_names() -> None:
    assert degree("MD") and degree("M. D.") and degree("Ph.D.") and degree("RN")
    assert not degree("Ann Lee") and not degree("director of the port")
