"""Reported speech a source passed on ("According to Z, Lee said X", "Lee says X, according
to Z") is the named speaker's line, via Z (``synthesize.relayed``). Negative cases: a
pronoun for the speaker, content with no speaker of its own, another cue than "according
to". Invented sentences, hand-built analyses."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, BriefQuote, Quote, Span
from crossbrief.synthesize import synthesize
from tests.synthesize.builders import quoted_article


def _source(text: str, content: str, source: str, cue: str) -> Quote:
    start, s, c = text.index(content), text.index(source), text.index(cue)
    return Quote(
        text=content,
        start=start,
        end=start + len(content),
        kind="indirect",
        speaker_text=source,
        speaker_start=s,
        speaker_end=s + len(source),
        speaker_name=None,
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
    )


def _line(text: str, content: str, source: str, cue: str = "according to") -> BriefQuote:
    """The story's one ledger line, through synthesis (which unwraps relayed reports)."""
    q = _source(text, content, source, cue)
    art = AnalyzedArticle(
        article=Article(id="a", text=text), sentences=(Span(0, len(text)),), quotes=(q,)
    )
    (line,) = synthesize([art]).quotes
    return line


@pytest.mark.parametrize(
    ("text", "content", "source", "cue", "speaker", "words"),
    [
        ("According to a 1998 profile in the Harbor Times, Ann Lee said she sailed early.",
         "in the Harbor Times, Ann Lee said she sailed early", "a 1998 profile", "According to",
         "Ann Lee", "she sailed early"),
        ("Earlier Monday, her deputy, Tom Reed, says the fares will fall, according to the "
         "Harbor Times.", "Earlier Monday, her deputy, Tom Reed, says the fares will fall",
         "the Harbor Times", "according to", "her deputy, Tom Reed", "the fares will fall"),
        ("Ann Lee told reporters on Monday that the fares will fall, according to the Harbor "
         "Times.", "Ann Lee told reporters on Monday that the fares will fall",
         "the Harbor Times", "according to", "Ann Lee", "the fares will fall"),
        # the listener of "told", or where and how it was said, is no part of the words
        ("According to court papers, Ann Lee told the court that the ferry contract was void.",
         "Ann Lee told the court that the ferry contract was void", "court papers",
         "According to", "Ann Lee", "the ferry contract was void"),
        ("According to the Harbor Times, Ann Lee told the Velmora Gazette that the fares rose "
         "in May.",
         "Ann Lee told the Velmora Gazette that the fares rose in May", "the Harbor Times",
         "According to", "Ann Lee", "the fares rose in May"),
        ("According to the Harbor Times, Ann Lee said in a written statement that the fares "
         "rose in May.",
         "Ann Lee said in a written statement that the fares rose in May", "the Harbor Times",
         "According to", "Ann Lee", "the fares rose in May"),
        # negative: a "that" further on, after the listener and more words, is the content's
        ("According to the Harbor Times, Ann Lee told reporters the ferry that sank was old.",
         "Ann Lee told reporters the ferry that sank was old", "the Harbor Times",
         "According to", "Ann Lee", "the ferry that sank was old"),
        ("According to the Harbor Times, Ann Lee said on Monday the ferry that sank was old.",
         "Ann Lee said on Monday the ferry that sank was old", "the Harbor Times",
         "According to", "Ann Lee", "on Monday the ferry that sank was old"),
    ],
)  # fmt: skip
def test_the_named_speaker_says_it_via_the_source(
    text: str, content: str, source: str, cue: str, speaker: str, words: str
) -> None:
    line = _line(text, content, source, cue)
    assert (line.speaker_text, line.text, line.via) == (speaker, words, source)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("He said the fares will fall, according to the Harbor Times.",
         "He said the fares will fall", "according to"),
        ("The fares will fall sharply, according to the Harbor Times.",
         "The fares will fall sharply", "according to"),
        ("Ann Lee said the fares will fall, the Harbor Times reported.",
         "Ann Lee said the fares will fall", "reported"),
    ],
)  # fmt: skip
def test_no_named_speaker_or_another_cue_keeps_the_source(
    text: str, content: str, cue: str
) -> None:
    # Negative: a pronoun, no speaker inside, or a cue other than "according to".
    line = _line(text, content, "the Harbor Times", cue)
    assert (line.speaker_text, line.text, line.via) == ("the Harbor Times", content, None)


def _people_line(text: str, content: str, people: tuple[str, ...]) -> tuple[str | None, str]:
    """The speaker's entity name and the speaker phrase of the story's one relayed line, the
    article naming ``people`` (PERSON mentions at their first occurrence)."""
    q = _source(text, content, "the Velmora Post", "According to")
    brief = synthesize([quoted_article(text, q, people)])
    (line,) = brief.quotes
    names = {e.id: e.name for e in brief.entities}
    return names.get(line.speaker or ""), line.speaker_text or ""


@pytest.mark.parametrize(
    ("text", "people", "speaker"),
    [
        # two people share the surname: the one named last before the relay
        ("Ann Lee spoke first. Her brother Tom Lee spoke next. According to the Velmora Post, "
         "Lee said the ferry would never run.", ("Ann Lee", "Tom Lee"), "Tom Lee"),
        ("Tom Lee spoke first. His sister Ann Lee spoke next. According to the Velmora Post, "
         "Lee said the ferry would never run.", ("Tom Lee", "Ann Lee"), "Ann Lee"),
        # negative: one person of that surname, as before
        ("Ann Lee spoke first. According to the Velmora Post, Lee said the ferry would never "
         "run.", ("Ann Lee",), "Ann Lee"),
    ],
)  # fmt: skip
def test_a_relayed_surname_is_the_full_name_named_last_before_it(
    text: str, people: tuple[str, ...], speaker: str
) -> None:
    content = "Lee said the ferry would never run"
    assert _people_line(text, content, people) == (speaker, "Lee")
