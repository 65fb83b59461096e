"""Time expressions that are no timeline entry though they resolve to a date: a year that
names a thing ("the 1999 budget"), a vague span or count ("the past year", "decades ago"), a
time inside markup or an embedded post's stamp, a moment restated in another zone's
bracket, a dateline's date ("ORLEN, June 14 (AP) -"), a time after "since" that dates the last
like event ("the first time since 2009"), a time of a sentence that makes no trusted row
(a wire editor's note, a web address's path, a day given up, a quotation with no speaker), a day of a repeated
time ("every year on May 1") or of a weather report, and a weekday that names no day of a
week ("Bloody Sunday", "Monday through Friday")."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.timeline_asides import in_side_phrase
from crossbrief.synthesize.timeline_fragments import (
    given_up,
    lead_in,
    page_stamp,
    speakerless_quotation,
    web_path,
    wire_note,
)
from crossbrief.synthesize.timeline_outlook import outlook_time
from crossbrief.synthesize.timeline_repeated import repeated
from crossbrief.synthesize.timeline_since import since_last_like
from crossbrief.synthesize.timeline_weather import weather_report

# A year between a determiner (and at most two modifiers) and a word names a thing ("the
# 1999 budget", "his deficit-cutting 1999 budget"): it dates the thing, not the sentence's
# event. A preposition between them ("the attack in 2004 killed") dates the event.
_YEAR_AS_NAME_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this)|'s|\u2019s)"
    r"(?:\s+(?!(?:in|since|by|of|on|at|from|until|before|after|during|for|to|through|year)\b)"
    r"[a-z][\w-]*){0,2}\s+$",
    re.I,
)
_YEAR_AS_NAME_AFTER = re.compile(r"\s+[^\W\d_]")
# A year joined to one before it ("2013 and 2014", "2013 or 2014", "2013-2014"): the end of
# the text before the later year.
_JOINED_YEAR = re.compile(r"(\d{4})\s*(?:\s(?:and|or|to)\s|[-\u2013/])\s*$", re.I)


def _joined_year_as_name(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a bare year is joined to a year that names a thing, both premodifying one
    noun ("its 2013 and 2014 spending plans"): it names the thing too (``_year_as_name``);
    not a year after a preposition ("rebuilt in 2011 and 2012"), which dates an event."""
    text = a.article.text
    if not _YEAR.fullmatch(t.text) or not _YEAR_AS_NAME_AFTER.match(text, t.end):
        return False
    joined = _JOINED_YEAR.search(text[max(0, t.start - 20) : t.start])
    if joined is None:
        return False
    first = t.start - len(joined.group())
    return bool(_YEAR_AS_NAME_BEFORE.search(text[max(0, first - 40) : first]))


# Nouns naming an event that happens at a time (not a thing made or kept, like a budget),
# after at most two modifiers ("the 2004 Indian Ocean tsunami").
_EVENT_NOUNS = (
    "tsunami|earthquake|quake|election|elections|vote|referendum|primary|attack|attacks|"
    "bombing|bombings|shooting|massacre|war|invasion|coup|uprising|revolution|riots?|"
    "protests?|olympics|games|tournament|final|cup|championship|summit|crash|collision|"
    "flood|floods|flooding|storm|hurricane|cyclone|typhoon|tornado|wildfire|fire|eruption|"
    "explosion|blast|disaster|spill|crisis|outbreak|pandemic|epidemic|strike|strikes"
)
_EVENT_NOUN_AFTER = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_EVENT_NOUNS})\b", re.I)
# A headline drops the determiner: "region hit by 2004 tsunami", "a year after 2031 floods".
# The year after a preposition that places no time, right before an event noun (at most two
# modifiers, none a determiner or a pronoun opening a clause: "by 2004 the war had ended"
# is a time), names the event as "the 2004 tsunami" does.
_BARE_BEFORE = re.compile(
    r"\b(?:by|after|of|from|before|following|like|amid|over|about|since)\s+$", re.I
)
_BARE_EVENT_AFTER = re.compile(
    r"(?:\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|it|he|she|they|we)\b)"
    rf"[\w-]+){{0,2}}?\s+(?:{_EVENT_NOUNS})\b",
    re.I,
)
_YEAR = re.compile(r"\d{4}")  # compiled once: tried for every time


def _year_as_name(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a bare year premodifies a noun after a determiner: "the 1999 budget"; not
    when that noun is an event opening its sentence ("The 2004 tsunami killed ..."). In a
    headline's style, with no determiner, an event noun after a preposition ("hit by 2004
    tsunami", ``_BARE_BEFORE``)."""
    text = a.article.text
    if not _YEAR.fullmatch(t.text):
        return False
    if _BARE_BEFORE.search(text, max(0, t.start - 12), t.start) and _BARE_EVENT_AFTER.match(
        text, t.end
    ):
        return True
    before = _YEAR_AS_NAME_BEFORE.search(text[max(0, t.start - 40) : t.start])
    if not (before and _YEAR_AS_NAME_AFTER.match(text, t.end)):
        return False
    opening = text[a.sentences[a.sentence_index(t.start)].start : t.start - len(before.group())]
    # The event the sentence is about is the year's: its subject or topic, nothing before it.
    return not (_EVENT_NOUN_AFTER.match(text, t.end) and not re.search(r"\w", opening))


_PLACED = {"DATE", "TIME"}


# A post embedded in the page signs off with its author's handle and its date ("— Paul Ryan
# (@SpeakerRyan) July 5, 2016"): that date stamps the post, not an event.
_HANDLE_BEFORE = re.compile(r"\(@\w+\)\s*$")
# A tag opens with "<" and a letter and closes with ">" with no other "<" or ">" between: a
# "<" in prose ("fell by <1%") opens none.
_TAG_OPEN = re.compile(r"<[A-Za-z][^<>]*$")
_TAG_CLOSE = re.compile(r"[^<>]*>")


# Expressions that resolve to a calendar value but name no point a reader can place: a count
# back of decades or centuries, or a hedged one ("four decades ago", "less than two weeks
# ago": the resolved year or day is false precision); "the past year" or "the last year", a
# span up to the article; a part of day with no day ("at night", "began the morning": which
# day is not said).
_VAGUE = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|approximately|some|more than|less than|over|"
    r"under|at least|at most|close to|well over|just over|just under)\s.*\b(?:ago|earlier)"
    r"|.*\b(?:decades?|centur(?:y|ies))\s+(?:ago|earlier)"
    r"|(?:during\s+|over\s+|in\s+)?the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?)"
    r"|(?:at\s+|in\s+)?(?:the\s+)?(?:night|morning|evening|afternoon))$",
    re.I,
)


def _vague(t: TimeExpr) -> bool:
    """Whether an expression places no point on the timeline (see ``_VAGUE``)."""
    return bool(_VAGUE.match(t.text.strip()))


# A day in brackets after a clock time in another zone restates the moment told before the
# bracket ("struck at 6:15 am (2315 GMT Monday)"): the same event, on the zone's calendar.
_ZONE_BEFORE = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,5}\s+$")
# A clock time alone, which names no day ("6:15 am", "2315 GMT", "at 9.30 local time").
_CLOCK = re.compile(
    r"(?:at\s+)?\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|local\s+time)?", re.I
)
# The words between a clock time and the bracket that restates it in another zone.
_TO_BRACKET = re.compile(r"\s*(?:local\s+time\s*)?,?\s*\(\s*")


def _restated(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time is no entry of its own beside a bracket that restates a moment in
    another zone with a day ("at 6:15 am local time (2315 GMT Monday)"): the bracket's day
    when the sentence gives the local day too (the local day is the entry), else the clock
    times before and in the bracket (the zone's day is the only day the sentence gives)."""
    text = a.article.text
    sentence = a.sentence_index(t.start)
    span = a.sentences[sentence]
    if "(" not in text[span.start : span.end]:
        return False  # most sentences: no bracket, nothing restated
    days = [o for o in a.times if a.sentence_index(o.start) == sentence and o.type in _PLACED]
    brackets = [o for o in days if _ZONE_BEFORE.search(text, max(0, o.start - 30), o.start)]
    for day in brackets:
        # The bracket opens at the "(" of the clock time in the other zone.
        opened = text.rfind("(", 0, day.start)
        clocks = [
            o
            for o in days
            if _CLOCK.fullmatch(o.text.strip())
            and (opened <= o.start < day.start or _TO_BRACKET.fullmatch(text, o.end, opened + 1))
        ]
        local = any(o is not day and o not in clocks for o in days)
        if t is day and local:
            return True
        if t in clocks and not local:
            return True
    return False


def _embedded(text: str, t: TimeExpr) -> bool:
    """Whether a time is markup, not prose: inside a tag ("<tweet datetime=...>") or the
    stamp after an embedded post's handle."""
    opened = text.rfind("<", 0, t.start)
    inside_tag = (
        opened >= 0
        and bool(_TAG_OPEN.match(text, opened, t.start))
        and bool(_TAG_CLOSE.match(text, t.start))
    )
    return inside_tag or bool(_HANDLE_BEFORE.search(text, max(0, t.start - 40), t.start))


def no_entry(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time of ``a`` places no entry: a year naming a thing, a vague span, markup
    or a post's stamp, a moment another time of its sentence restates, a dateline's date,
    the time of the last like event after "since" ("the first time since 2009"), one of a
    sentence that makes no trusted row (``timeline_fragments``), a day of a repeated time
    ("every year on May 1", ``timeline_repeated``) or of a weather report
    (``timeline_weather``), a time in a side phrase of its sentence (a relative clause,
    brackets, a comparison's base: ``timeline_asides``), or one qualifying a noun of outlook
    ("the prospects for the Velmora region in 2031", ``timeline_outlook``)."""
    return (
        _year_as_name(a, t)
        or _joined_year_as_name(a, t)
        or _vague(t)
        or _embedded(a.article.text, t)
        or _restated(a, t)
        or _dateline(a, t)
        or since_last_like(a, t)
        or wire_note(a, t)
        or web_path(a, t)
        or page_stamp(a, t)
        or given_up(a, t)
        or speakerless_quotation(a, t)
        or lead_in(a, t)
        or repeated(a, t)
        or weather_report(a, t)
        or in_side_phrase(a, t)
        or outlook_time(a, t)
    )


# A dateline opening a report: a place in capitals, or any place with a wire's or paper's
# name in brackets after the date ("ORLEN, June 14 -", "Orlen, June 14 (AP) -"), a region
# after it at most ("ORLEN, Velmora, June 14"), then a dash. It tells where and when the
# report was filed, not an event; a date with no place before it heads a chronology's entry.
_DATELINE_PLACE = re.compile(
    r"\W*(?:[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*|(?P<mixed>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}))"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*"
)
_DATELINE_DASH = re.compile(
    r"\s*(?P<wire>\([A-Z][\w .&/-]{0,30}\)\s*)?[\u2014\u2013-]{1,2}(?:\s|$)"
)
# A dateline opens one of the article's first sentences.
_DATELINE_WITHIN = 3


def _dateline(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time is the date of a dateline opening one of the article's first
    sentences (see ``_DATELINE_PLACE``)."""
    index = a.sentence_index(t.start)
    if index >= _DATELINE_WITHIN:
        return False
    text = a.article.text
    place = _DATELINE_PLACE.fullmatch(text, a.sentences[index].start, t.start)
    if place is None and not re.search(r"\w", text[a.sentences[index].start : t.start]):
        # The parser may read the place into the date ("Orsk, March 11"): the place then
        # opens the time's own text, and the date must follow it.
        place = _DATELINE_PLACE.match(text, t.start, t.end)
        if place is not None and not re.search(r"\w", text[place.end() : t.end]):
            place = None
    dash = _DATELINE_DASH.match(text, t.end)
    if place is None or dash is None:
        return False
    return not place.group("mixed") or bool(dash.group("wire"))


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A weekday joined to another in a range ("open Monday through Friday", "Monday-Friday",
# "from Monday to Friday", "between Monday and Friday"): a habit or a stretch, not a day.
_RANGE_TO = r"\s*(?:-|\u2013|\s(?:through|thru|to|till|until)\s)\s*"
_RANGE_AFTER = re.compile(rf"{_RANGE_TO}{_WEEKDAY}\b", re.I)
_RANGE_BEFORE = re.compile(rf"\b{_WEEKDAY}{_RANGE_TO}$", re.I)
_BETWEEN = re.compile(rf"\bbetween\s+{_WEEKDAY}\s+and\s+$", re.I)
_AND_AFTER = re.compile(rf"\s+and\s+{_WEEKDAY}\b", re.I)
_BETWEEN_OPEN = re.compile(r"\bbetween\s+$", re.I)
# The word right before an expression.
_WORD_BEFORE = re.compile(r"(?P<word>[\w'-]+)\s+$")


def weekday_no_day(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a weekday alone names no day of its own: it ends a name after a capitalised
    word that does not open the sentence ("Bloody Sunday", "Super Tuesday": a named day,
    not this week's), or it is an end of a range of weekdays ("Monday through Friday").
    The word is no named day's when it ends a name the analysis found before the weekday
    or is an abbreviation: news style puts the weekday right after a place, a body or a
    zone ("arrived in Velmora Monday", "the Harbour Board Tuesday", "0900 GMT Friday")."""
    text = a.article.text
    opened = a.sentences[a.sentence_index(t.start)].start
    word = _WORD_BEFORE.search(text, max(opened, t.start - 30), t.start)
    # a sentence's first word is capitalised whatever it is ("Last Tuesday", "On Monday")
    if (
        word
        and word.group("word")[0].isupper()
        and not word.group("word").isupper()
        and re.search(r"\w", text[opened : word.start()])
        and not any(m.start <= word.start() < m.end <= t.start for m in a.mentions)
    ):
        return True
    before = max(opened, t.start - 40)
    return bool(
        _RANGE_AFTER.match(text, t.end)
        or _RANGE_BEFORE.search(text, before, t.start)
        or _BETWEEN.search(text, before, t.start)
        or (_BETWEEN_OPEN.search(text, before, t.start) and _AND_AFTER.match(text, t.end))
    )
