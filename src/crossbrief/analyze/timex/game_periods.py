"""Quarters, halves, periods and innings of a game: no quarter or half of the calendar year.

A sports report times its events by the game's own clock ("a touchdown in the second
quarter", "two goals in the second half", "trailing at halftime"). Read as a TIMEX3 date,
such a phrase becomes a quarter or half of the article's year (2031-Q2, 2031-H2) and dates
the play months away from the game. TimeML gives a TIMEX3 a value on the calendar or the
clock; a period of a game has none the text gives (its day is the game's, which the sentence
seldom names), so in a sentence about play it is left untagged. A day named beside it
("on Saturday in the first quarter") is tagged as before and dates the sentence.

A quarter of a business year keeps its value: a sentence with a word of money or the
economy ("profit", "sales", "fiscal"), a company or a year named is no account of play,
whatever else it says ("the club said shirt sales fell in the second quarter"). A half
has a value only with a year named ("the second half of the year", ``dates.py``), whatever
the sentence: a bare one left tagged here gets none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.timex.normalise import clean
from crossbrief.analyze.timex.patterns import YEAR4
from crossbrief.analyze.timex.words import MONTHS, WEEKDAYS

# The period's whole text, once ``normalise.clean`` has dropped its preposition and hedge
# ("late in the fourth quarter" -> "the fourth quarter"). "Last" only with "the": "last
# quarter" alone is the quarter before the article's, a calendar quarter.
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|final|opening|closing|"
    r"extra|1st|2nd|3rd|[4-9]th)"
)
_PERIOD = re.compile(
    rf"(?:(?:the|a|another|some|that|this|its|their|his|her|our)\s+)?(?:(?:entire|whole)\s+)?(?:{_ORDINAL}|(?<=the )last)\s+"
    r"(?:quarter|half|period|inning|innings)"
    r"(?:\s+of\s+(?:the|this|that|a|its|their)\s+(?:game|match|contest|(?:\w+\s+)?season))?"
    r"|(?:the\s+)?(?:half\s?time|overtime|extra\s+time|stoppage\s+time|injury\s+time)"
)
# Word forms of play (the pipeline has no lemmatizer): scoring, the ball's moves, the game's
# parts and its sides' standing. Ambiguous business verbs ("won", "beat", "gained") are
# left out: alone they tell nothing.
_PLAY = frozenset(
    {
        "touchdown", "touchdowns", "goal", "goals", "score", "scores", "scored", "scoring",
        "kick", "kicks", "kicked", "kicker", "kickoff", "led", "leading", "lead", "trailed",
        "trailing", "trail", "drive", "drives", "game", "games", "match", "matches", "play",
        "plays", "yard", "yards", "yarder", "pass", "passes", "passing", "interception",
        "interceptions", "intercepted", "fumble", "fumbled", "quarterback", "inning",
        "innings", "punt", "punted", "sacked", "tackle", "tackled", "halftime", "half-time",
        "penalty", "shot", "shots", "basket", "baskets", "rebound", "rebounds", "foul",
        "fouled", "equaliser", "equalizer", "equalised", "equalized", "header", "striker",
        "goalkeeper", "referee", "wicket", "wickets", "homer", "comeback", "comebacks",
        "rallied", "victory", "teammate", "teammates", "opponent", "opponents",
    }
)  # fmt: skip
# Word forms of money, trade and the economy, and of a company: a quarter or half near them
# is the business year's.
_BUSINESS = frozenset(
    {
        "fiscal", "profit", "profits", "earnings", "revenue", "revenues", "sales", "growth",
        "economy", "economic", "gdp", "income", "dividend", "dividends", "shares", "share",
        "stock", "stocks", "investors", "analysts", "margin", "margins", "forecast",
        "forecasts", "quarterly", "turnover", "output", "inflation", "market", "markets",
        "prices", "price", "company", "companies", "firm", "inc", "inc.", "corp", "corp.",
        "ltd", "ltd.", "plc", "budget", "spending", "exports",
        "imports", "orders", "unemployment", "jobs", "rates", "loans", "bank", "banks",
    }
)  # fmt: skip


# Calendar words: a quarter or half in a sentence naming a year is the year's (an age,
# "a year-old record", "the 31-year-old", names none).
_CALENDAR = frozenset({"year", "years", "annual", "annually", "calendar"})
# A score spaCy tags with the period ("level at 9 late in the third period"): not part of it.
_SCORE_BEFORE = re.compile(r"^\d{1,3}(?:\s?-\s?\d{1,3})?\s+(?:late\s+|early\s+)?(?:in\s+)?")
# A stretch of the game's clock counted into a period ("the opening 90 seconds of the
# third quarter"): part of that period, no more a time of the calendar than the period itself.
_CLOCK_BEFORE = re.compile(
    r"^(?:the\s+)?(?:(?:first|last|final|opening|closing)\s+)?(?:\d+(?:\.\d+)?½?|½|\w+)\s+"
    r"(?:minutes?|mins?|seconds?|secs?)\s+of\s+"
)


def _calendar(tok: Any) -> bool:
    """Whether a word names a year or a calendar one, not an age ("year-old")."""
    if YEAR4.fullmatch(tok.text):
        return True
    if tok.lower_ not in _CALENDAR:
        return False
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]
    return not (after[:1] == ["old"] or after == ["-", "old"])


def _business(sent: Any) -> bool:
    """Whether a sentence speaks of money, trade, the economy or a company."""
    return any(t.lower_ in _BUSINESS for t in sent) or any(e.label_ == "MONEY" for e in sent.ents)


class ArticlePlay:
    """Whether an article as a whole tells of play: more sentences with a word of play than
    with a word of business, and at least ``least`` of them. Counted once, at the first
    period met, so an article with none costs nothing."""

    def __init__(self, docs: Sequence[Any], least: int = 3) -> None:
        self._docs = docs
        self._least = least
        self._about: bool | None = None

    @property
    def about_play(self) -> bool:
        """Whether the article's sentences of play outnumber its sentences of business."""
        if self._about is None:
            play = business = 0
            for doc in self._docs:
                for sent in doc.sents:
                    if _business(sent):
                        business += 1
                    elif any(t.lower_ in _PLAY for t in sent):
                        play += 1
            self._about = play >= self._least and play > business
        return self._about


# Words that open a day told right after a period ("the fourth quarter Sunday").
_DAY_AFTER = frozenset({*WEEKDAYS, *MONTHS, "today", "yesterday", "tonight", "on"})
# Words that may name a game's period; a span without one is not looked at further.
_PERIOD_WORD = re.compile(r"quarter|half|period|inning|overtime|extra\s+time|stoppage|injury")


def game_period(span: Any, article: ArticlePlay) -> int:
    """How many tokens at the start of a time expression name a period of a game, not of
    the calendar: all of them, the first few when a day follows ("the fourth quarter
    Sunday": the day stays), or none. A period is an ordinal quarter, half, period or
    inning, or halftime or overtime, in a sentence with no word of business or of the
    calendar, no sum of money and no year, which has a word of play or stands in an
    article about play ("a touchdown pass in the second quarter"; not "its profit rose in
    the second quarter", nor "the fourth quarter of 2030")."""
    if not _PERIOD_WORD.search(span.text.lower()):
        return 0
    cut = next(
        (
            k
            for k in range(len(span), 0, -1)
            if _PERIOD.fullmatch(_CLOCK_BEFORE.sub("", _SCORE_BEFORE.sub("", clean(span[:k].text))))
        ),
        0,
    )
    if not cut or (cut < len(span) and span[cut].lower_.rstrip(".") not in _DAY_AFTER):
        return 0  # "the second half of the league season": not cut to a fragment
    sent = span.sent
    if _business(sent) or any(_calendar(t) for t in sent):
        return 0
    return cut if any(t.lower_ in _PLAY for t in sent) or article.about_play else 0
