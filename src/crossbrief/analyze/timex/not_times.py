"""Words spaCy tags as times that are not: a four-digit price or measure ("$1499", "1333
MHz", "1680 x 1050") and a common time word inside a title-cased name ("City News
Tonight", a weekday of a paper's name: "the Sunday Chronicle"), with the holiday names that
are times whatever their case."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.feasts import feast_form
from crossbrief.analyze.timex.patterns import YEAR4
from crossbrief.analyze.timex.words import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    holiday_name,
)

# Units after a four-digit number that make it a measure, not a year ("1333 MHz", "2048
# pixels"); "x" before another number makes it a size ("1680 x 1050").
_MEASURE_UNITS = {
    "hz", "khz", "mhz", "ghz", "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "px", "pixels",
    "pixel", "dpi", "ppi", "rpm", "mah", "mm", "cm", "km", "kg", "mg", "lb", "lbs", "ft",
    "feet", "metres", "meters", "miles", "kilometres", "kilometers", "watts", "kw", "mw",
    "volts", "calories", "percent", "%", "degrees",
}  # fmt: skip
# No currency word: after a year-shaped number it is more often the year ("In 2008 dollars
# flowed into gold", "in 2020 dollars" for constant prices). After these words the number is
# always a year, whatever follows it.
_YEAR_BEFORE = {"since", "until", "till", "during"}
_CURRENCY_SIGNS = {"$", "£", "€", "¥", "us$", "a$", "c$", "hk$"}
# Small words a title-cased name or headline may leave in lower case.
_TITLE_SMALL = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from",
    "'s", "’s",
}  # fmt: skip
_DAY_WORDS = {"today", "tonight", "tomorrow", "yesterday", "weekend", "noon", "midnight"}


def measure_not_year(span: Any) -> bool:
    """Whether a lone four-digit span is a price or a measure, not a year: a currency sign
    before it ("$1499"), or a unit or "x NNNN" after it ("1333 MHz", "1680 x 1050")."""
    if len(span) != 1 or not YEAR4.fullmatch(span.text):
        return False
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].lower_ in _CURRENCY_SIGNS:
        return True
    if i > 0 and doc[i - 1].lower_ in _YEAR_BEFORE:
        return False
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt in _MEASURE_UNITS:
        return True
    return nxt in {"x", "×"} and i + 2 < len(doc) and doc[i + 2].like_num


# Capitalised words a year follows as a year: a fiscal year, an era.
_YEAR_NAMES = {"FY", "AD", "BC", "CE", "BCE"}
# Words that end the names of events held in a year: tournaments, games, fairs, festivals,
# summits, votes ("Euro 2004", "Expo 2010", "Election 2005").
_EVENT_WORDS = frozenset(
    {
        "cup",
        "games",
        "olympics",
        "euro",
        "expo",
        "open",
        "championship",
        "championships",
        "trophy",
        "series",
        "festival",
        "summit",
        "election",
        "elections",
        "budget",
        "tour",
        "world",
        "classic",
        "fair",
        "biennale",
        "congress",
        "conference",
    }
)


def version_not_year(span: Any) -> bool:
    """Whether a year-shaped number ending a span is a product's version, not a year: right
    after a capitalised name word that is no time word ("Windows 2000", "Velmosoft Server
    2003"), with no preposition between to make it a date ("in 2000"). A month, weekday,
    season or holiday before it ("March 2003", "Easter 2003") dates it, and so does "FY"."""
    if not YEAR4.fullmatch(span[-1].text) or span.end - 2 < 0:
        return False
    name = span.doc[span.end - 2]
    if not (name.is_alpha and name.text[:1].isupper() and name.pos_ == "PROPN"):
        return False
    # A place and a year name what is held there that year ("France 2030"): a year. So does
    # an event's name: one the tagger reads as an event ("the Velmora Cup 2006"), or one
    # ending in a word events are named by ("Expo 2010"); the tagger's date reading alone
    # tells nothing, as it reads versions as dates too ("Server 2003").
    held = name.ent_type_ in {"GPE", "LOC", "EVENT"} or name.lower_ in _EVENT_WORDS
    return name.text not in _YEAR_NAMES and not held and not _time_word(name)


def holiday(text: str) -> bool:
    """Whether lower-case text names a holiday or a moveable feast."""
    return feast_form(text) is not None or holiday_name(text) is not None


def _named(tok: Any) -> bool:
    """Whether a word is capitalised because it names a month or a weekday."""
    w = tok.lower_.rstrip(".")
    return w in MONTHS or w.rstrip("s") in WEEKDAYS


def _time_word(tok: Any) -> bool:
    w = tok.lower_.rstrip(".")
    return (
        _named(tok)
        or w in PARTS_OF_DAY
        or w in SEASONS
        or w.rstrip("s") in UNITS
        or w in _DAY_WORDS
        or holiday(w)
    )


def inside_title(span: Any) -> bool:
    """Whether a capitalised common time word is part of a title-cased name ("City News
    Tonight", "Good Morning Orlen"): a capitalised word that is no time word stands right
    beside it, in a sentence that is not all title case (a headline). A span with a month
    or a weekday, or a holiday, is capitalised as the name of a time and stays."""
    if not all(t.text[:1].isupper() for t in span) or any(_named(t) for t in span):
        return False
    if span[0].is_sent_start or holiday(span.text.lower()):
        return False
    doc, sent = span.doc, span[0].sent
    if not any(t.is_alpha and t.text[0].islower() and t.lower_ not in _TITLE_SMALL for t in sent):
        return False  # a title-cased headline capitalises every word
    beside = [doc[i] for i in (span.start - 1, span.end) if sent.start <= i < sent.end]
    # A word capitalised only because it opens the sentence ("On Tonight's ...") is no name.
    return any(
        t.is_alpha and t.text[0].isupper() and not t.is_sent_start and not _time_word(t)
        for t in beside
    )


# Nouns of a newspaper: a weekday before one after a capitalised word names the paper ("the
# Velmora Post and Free Sunday newspapers"), not a day.
_PAPERS = {"newspaper", "newspapers", "paper", "papers", "edition", "editions", "magazine"}
# Words of a newspaper's masthead: a capitalised one right after a weekday makes the two a
# paper's name ("Sunday Herald columnist", "told the Sunday Post"), whatever comes before.
_MASTHEADS = {
    "Telegraph", "Times", "Post", "Mirror", "Express", "Herald", "Tribune", "Mail",
    "Independent", "Observer", "Journal", "Chronicle", "Gazette", "Standard", "Sun", "Star",
    "Record", "Mercury", "Examiner", "Globe", "Dispatch", "Courier", "Inquirer", "Enquirer",
}  # fmt: skip


def weekday_in_name(span: Any) -> bool:
    """Whether a lone capitalised weekday is a word of a name: after "the" and before a
    capitalised word that is no time word ("the Sunday Chronicle"), or after a capitalised
    word (not the sentence's first) and before a capitalised word or a noun of a
    newspaper ("Free Sunday newspapers"), or before a masthead word ("Sunday Herald"), or
    ending a Sunday edition's name ("the Herald on Sunday's editor"). A
    weekday after a name and before a verb ("Mayor Lena Ortiz Tuesday said") or with its
    possessive stays a day."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS or not span.text[:1].isupper():
        return False
    doc, sent = span.doc, span[0].sent
    if span.start - 1 < sent.start or span.end >= sent.end:
        return False
    if _sunday_edition(span):
        return True
    before, after = doc[span.start - 1], doc[span.end]
    if after.text in _MASTHEADS:
        return True
    name_after = (
        after.is_alpha
        and after.text[0].isupper()
        and after.pos_ == "PROPN"
        and not _time_word(after)
    )
    if before.lower_ == "the":
        return name_after
    capital_before = (
        before.is_alpha and before.text[0].isupper() and not before.is_sent_start
    ) and not _time_word(before)
    return capital_before and (name_after or after.lower_ in _PAPERS)


# Mastheads of dailies that print no Sunday issue under their own name, whose Sunday paper is
# "<Masthead> on Sunday": "the Mail on Sunday" is that paper whatever follows, as the daily
# has no Sunday issue to report in.
_NO_SUNDAY_ISSUE = {"Mail", "Independent"}


def _sunday_edition(span: Any) -> bool:
    """Whether a lone "Sunday" ends the name of a paper's Sunday edition, "<Masthead> on
    Sunday": after "on" and a masthead word, with a possessive or a common noun it heads
    right after ("the Herald on Sunday's editor", "a Mail on Sunday survey"), or after a
    masthead with no Sunday issue of its own (``_NO_SUNDAY_ISSUE``: "the Mail on Sunday
    reported"). Otherwise a verb or a part of the day after leaves it a day, as a paper may
    report on a Sunday ("the Post on Sunday reported", "the Post on Sunday night")."""
    doc, i = span.doc, span.start
    if span[0].lower_ != "sunday" or i < 2 or i + 1 >= len(doc):
        return False
    if doc[i - 1].text != "on" or doc[i - 2].text not in _MASTHEADS:
        return False
    if doc[i - 2].text in _NO_SUNDAY_ISSUE:
        return True  # "the Mail on Sunday reported": that daily does not report on Sundays
    after = doc[i + 1]
    return after.text in {"'s", "\u2019s"} or (
        after.pos_ == "NOUN" and after.text[:1].islower() and not _time_word(after)
    )  # "the Post on Sunday night" is a night


# Nouns a broadcast's name comes before ("the Tonight show", "the Today programme").
_PROGRAMMES = {"programme", "programmes", "program", "programs", "show", "shows", "bulletin"}
# Tokens before a capitalised word that make it capitalised as a sentence's or quote's first
# word, not as a name ('He said: "Today we ...', "- Tonight, ...").
_OPENERS = {'"', "“", "``", "'", "‘", ":", ";", "-", "–", "—", "(", "[", "..."}
# Day words that name broadcasts; "Midnight" or "Noon" capitalised mid-sentence is as often
# a clumsy time as a name.
_BROADCAST_DAYS = {"today", "tonight", "tomorrow", "yesterday"}


def programme_name(span: Any) -> bool:
    """Whether a lone capitalised day word ("Today", "Tonight") is a broadcast's name: before
    a noun of a programme ("the Today programme", "the Tonight show"), or written with a
    capital inside a sentence where nothing else capitalises it, as after a possessive
    broadcaster ("Radio 4's Today") or a verb ("told Today that"). A capital after an
    opening quote mark, a colon or a dash opens a quoted or set-off clause; a day word with
    its own possessive ("Today's") is a day; a title-cased sentence (a headline) tells
    nothing."""
    if len(span) != 1 or span[0].lower_ not in _BROADCAST_DAYS or not span.text[:1].isupper():
        return False
    doc, i, sent = span.doc, span.start, span[0].sent
    after = doc[i + 1] if i + 1 < sent.end else None
    if after is not None and after.lower_ in _PROGRAMMES:
        return True  # "Today programme presenter ..." opens a sentence as a name too
    if span[0].is_sent_start or i == sent.start or span.text.isupper():
        return False
    if after is not None and after.text in {"'s", "’s"}:
        return False
    before = doc[i - 1]
    if before.text in _OPENERS or not (
        before.is_alpha or before.like_num or before.text in {"'s", "’s"}
    ):
        return False
    # A headline capitalises every word; running text leaves its small words in lower case.
    return any(t.is_alpha and t.text[0].islower() and t.lower_ not in _TITLE_SMALL for t in sent)
