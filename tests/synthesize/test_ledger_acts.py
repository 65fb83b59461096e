"""Lines that report an act or the writer's reading, not words, and direct quotes that are
no statement, have no ledger line (``ledger_acts``): appointing and signing, "found
himself", "to find", "to see", a topic discussed, "sought-after", "..., showing that", a
bet, "described X in words ...", a result clause after "so"/"such", an impersonal "it
became clear", a speaker "what", an editor's note, a name a naming verb gives, a form of
address (a name the article knows, a title), a label in quote marks. Negative cases: a
clause about such an act under "said", "described ... as", "found that", "saw that", a
pledge with its that-clause, "so" inside the content or in an aside, figures showing, a
"Yes," or a retort ("Nonsense,") opening a split quote, a short quote that is no name, a
naming verb with a claim or a pronoun object. Invented sentences, hand-built analyses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import Quote
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import ledger_of, lee_quote, quoted_article


def _shown(text: str, q: Quote) -> bool:
    return bool(ledger_of(("a", text, q)))


@pytest.mark.parametrize(
    ("text", "content", "cue", "shown"),
    [
        ("Lee nominated Ann Reed to lead the harbour board.",
         "Ann Reed to lead the harbour board", "nominated", False),
        ("The accord was signed by Lee and the port's owners.",
         "The accord was signed by Lee and the port's owners", "signed", False),
        ("Ann Reed was named by Lee as one of the port's best pilots.",
         "Ann Reed was named by Lee as one of the port's best pilots", "named", False),
        ("Lee found himself caught in a row over the fares.",
         "himself caught in a row over the fares", "found", False),
        ("Lee used a boat to find the missing diver near the pier.",
         "the missing diver near the pier", "find", False),
        ("Lee bets that voters will tire of the fares.",
         "voters will tire of the fares", "bets", False),
        ("Lee described the ferry in words far from his speech in May.",
         "described the ferry in words far from his speech in May", "described", False),
        ("Lee spoke with such force it seemed the hall would shake.",
         "it seemed the hall would shake", "spoke", False),
        ("The ferry has a deck Lee calls `` lounge.''", "calls `` lounge.''", "calls", False),
        ("Lee and Reed discussed the fares that rose in May.", "the fares that rose in May",
         "discussed", False),
        ("Lee thinks pilots will be sought-after hires this year.", "sought-after hires this year",
         "sought", False),
        ("Lee spoke for an hour, showing that he would not back down.",
         "he would not back down", "showing", False),
        ("We shall have to see whether the ferry Lee built holds up.",
         "whether the ferry Lee built holds up", "see", False),
        ("Lee was often named as a likely chair of the board.",
         "Lee was often named as a likely chair of the board", "named", False),
        # negative cases
        ("Lee said the board had nominated Ann Reed to lead it.",
         "the board had nominated Ann Reed to lead it", "said", True),
        ("Lee described the ferry as unsafe for children.",
         "described the ferry as unsafe for children", "described", True),
        ("Lee described a string of bangs near the pier.",
         "described a string of bangs near the pier", "described", True),
        ("Lee described the scene at the pier to the Harbor Times.",
         "described the scene at the pier to the Harbor Times", "described", False),
        ("Lee hoped a push by his allies, such as Reed, would bring him a win.",
         "would bring him a win", "hoped", True),
        ("Lee frets so much about fares that riders must pay in cash.",
         "riders must pay in cash", "frets", False),
        ("Lee found that the fares were too high.", "the fares were too high", "found", True),
        ("Lee signed a pledge that the pier would stay open.",
         "signed a pledge that the pier would stay open", "signed", True),
        ("Lee said so many fares were too high.", "so many fares were too high", "said", True),
        ("Lee released figures showing that fares rose sharply in May.",
         "fares rose sharply in May", "showing", True),
        ("Lee saw that the fares rose in May.", "the fares rose in May", "saw", True),
        ("Lee calls the ferry plan 'a waste of money.'",
         "calls the ferry plan 'a waste of money.'", "calls", True),
        # a pronoun object is no name given: "called it shameful" judges what it stands for
        ("Lee called it shameful.", "called it shameful", "called", True),
        ("Lee calls them reckless.", "calls them reckless", "calls", True),
        ("The boat has a name Lee calls `` Swift Gull ''.", "calls `` Swift Gull ''", "calls",
         False),
        # "so" in an aside set off by commas opens no result clause
        ("Lee insisted, as he has done so often this year, that the fares were fair.",
         "the fares were fair", "insisted", True),
        ("Lee spoke so softly that few heard the fares would rise.",
         "few heard the fares would rise", "spoke", False),
        ("Lee frets so much about fares that riders on the early ferry must pay in cash.",
         "must pay in cash", "frets", False),
    ],
)  # fmt: skip
def test_acts_and_frames(text: str, content: str, cue: str, shown: bool) -> None:
    assert _shown(text, lee_quote(text, content, cue)) is shown


def _nobody(q: Quote, text: str, speaker: str | None) -> Quote:
    """``q`` with ``speaker`` (or none) for its speaker phrase and no name found for it."""
    at = None if speaker is None else text.index(speaker)
    end = None if at is None or speaker is None else at + len(speaker)
    return replace(q, speaker_text=speaker, speaker_name=None, speaker_start=at, speaker_end=end)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker", "shown"),
    [
        ("Once it became clear that Lee would not run, the hall went quiet.",
         "Lee would not run", "became", None, False),
        ("The mayor toured what Lee called the finest summer palace in the port.",
         "called the finest summer palace in the port", "called", "what", False),
        ("CORRECTION: Lee gave the wrong fare in an earlier version of this story.",
         "Lee gave the wrong fare in an earlier version of this story.", ":", "CORRECTION",
         False),
        ("This story has been updated to show that Lee won the vote.", "Lee won the vote",
         "show", "This story", False),
        # negative cases: a hedge the writer passes on, a colon cue after a speaker's name
        ("It seems that Lee will not run for the board.", "Lee will not run for the board",
         "seems", None, True),
        ("Harbour Board: Lee gave the wrong fare in an earlier version of this story.",
         "Lee gave the wrong fare in an earlier version of this story.", ":", "Harbour Board",
         True),
    ],
)  # fmt: skip
def test_writers_frames_and_editors_notes(
    text: str, content: str, cue: str, speaker: str | None, shown: bool
) -> None:
    q = _nobody(lee_quote(text, content, cue), text, speaker)
    assert _shown(text, q) is shown


def _direct_shown(text: str, content: str, people: tuple[str, ...]) -> bool:
    """Whether direct quote ``content`` of Lee's has a line, the article naming ``people``
    (PERSON mentions at their first occurrence)."""
    story = Story([quoted_article(text, lee_quote(text, content, "said", kind="direct"), people)])
    return bool(build_quotes(story, build_entities(story)[1]))


@pytest.mark.parametrize(
    ("text", "content", "people", "shown"),
    [
        ('Ann Reed sat down. "Ann," Lee said, "the ferry is late."', "Ann,", ("Ann Reed",),
         False),
        ('Lee, wearing "Harbour First" pins, said the fares were high.', "Harbour First", (),
         False),
        ('Ann Reed sat down. "Ann Reed," Lee said, "the ferry is late."', "Ann Reed,",
         ("Ann Reed",), False),
        ('"Donald," Lee said, "the ferry is late."', "Donald,", ("Donald",), False),
        ('"Sir," Lee said, "the ferry is late."', "Sir,", (), False),
        ('"Mr President," Lee said, "the ferry is late."', "Mr President,", (), False),
        # negative cases: an answer or a retort opening a split quote, a short quote that is
        # no name, a capitalised word that names no one the article knows
        ('"Yes," Lee said, "the ferry is late."', "Yes,", (), True),
        ('"We know," Lee said, "that the ferry is late."', "We know,", (), True),
        ('"Fares stay high" and more, Lee said.', "Fares stay high", (), True),
        ('"The ferry is late," Lee said.', "The ferry is late,", (), True),
        ('Ann Reed sat down. "Nonsense," Lee said, "the ferry is safe."', "Nonsense,",
         ("Ann Reed",), True),
        ('"Ridiculous," Lee said, "the ferry is safe."', "Ridiculous,", (), True),
        ('"Never," Lee said, "will the ferry stop."', "Never,", (), True),
        ('"Nonsense," Lee said, "the ferry is safe."', "Nonsense,", ("Nonsense",), True),
    ],
)  # fmt: skip
def test_direct_quotes_that_are_no_statement(
    text: str, content: str, people: tuple[str, ...], shown: bool
) -> None:
    assert _direct_shown(text, content, people) is shown
