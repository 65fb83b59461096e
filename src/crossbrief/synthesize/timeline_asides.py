"""Times in a side phrase of their sentence, which date that phrase and not the event the
sentence tells: a year in a relative clause ("Tom Reed, who founded the board in 1994,
said ..."; "Orlen Dairies, which collapsed in 2031, hopes ..."), a work's year in brackets
("her memoir (Orlen Press, 2031)"), the base of a comparison ("up 7% on 2030", "lower than
in 2036", "up from 38m in 2030"), a goal's deadline ("accused her of missing her target of
... by 2031"), and an event's day named in passing beside the sentence's own time ("replied
on June 13, ahead of the September 20 vote"). The entry's sentence would stand under a date
it does not tell."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.main_tense import present_main
from crossbrief.synthesize.saying import SAYING, forms

_PLACED = {"DATE", "TIME"}
# A relative pronoun opening a clause after a comma (or a dash or bracket) that has not
# closed before the time: the time is that clause's ("Reed, the master who moved it in 1994").
_BOUNDARY = re.compile(r"[,(;\u2014\u2013]|\s_\s|\s-\s")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)
# A year, or a month and year, or a part of a year ("early 2031", "the end of 2031"): a
# background date a biography gives, not a day of the news.
_COARSE = re.compile(
    r"(?:(?:in|of)\s+)?(?:(?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?"
    r"(?:[A-Z][a-z]+\.?\s+)?\d{4}"
)
_YEAR = re.compile(r"\d{4}")
# Verbs of saying and "according to": the sentence tells a statement. Past forms of the
# verbs that tell a denial, a warning or a claim too ("denied reports that ..., which ... in
# 2014"): their "-ed" form is a verb, where "reports" or "claims" may be the noun.
_SAID = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|insisted|argued|according\s+to"
    r"|denied|warned|claimed|confirmed|announced|admitted|declared|acknowledged)\b",
    re.I,
)
# The base a figure is measured against: "up 7% on 2030", "a rise of 3 per cent over 2030",
# "lower than (in) 2036", "more than they did in 2036" (a clause of its own, not "than ever
# in 2036", which dates its sentence), "compared with 2036", "versus 2036".
_COMPARED = re.compile(
    r"(?:(?:%|\bper\s?cent|\bpercent|(?<=\d)\s?(?-i:pc)|\bpoints?)\s+(?:(?:up|down|higher|lower)\s+)?(?:on|over)"
    r"|\bthan(?:\s+\w+){0,2}?\s+(?:did|was|were|had|has|have|is|are|do|does)"
    r"(?=\s+(?:in|on|during|for|at)\s)|\bthan"
    r"|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)"
    r"\s+(?:(?:in|on|during|for|at)\s+)?(?:the\s+same\s+\w+\s+(?:of|in)\s+)?$",
    re.I,
)
# The figure a change starts from, then its time: "up from 38m in 2030", "down from 7% in
# the same period of 2030", "rose to 9m from 6m euros in 2030" (at most two words of unit,
# none a clock's "am" or a function word: "open from 9am on June 20" gives a clock time).
_NOT_UNIT = r"(?!(?:am|pm|on|in|at|for|during|by|to|and|or|the|a)\b)"
_FROM_FIGURE = re.compile(
    rf"\bfrom\s+[^\s\d]{{0,3}}(?P<figure>\d)[\d.,]*{_NOT_UNIT}(?-i:[a-z%]*)"
    rf"(?:\s+{_NOT_UNIT}(?-i:[a-z]+)){{0,2}}?"
    r"\s+(?:(?:in|on|during|for|at)\s+)?(?:the\s+same\s+\w+\s+(?:of|in)\s+)?$",
    re.I,
)
# A goal's deadline: "by" right before the time, a noun naming a goal at most
# ``_GOAL_REACH`` characters before it ("his target of ... by 2031", "a commitment to ...").
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_GOAL_NOUN = re.compile(
    r"\b(?:targets?|goals?|commitments?|ambitions?|objectives?|pledges?|promises?)\b", re.I
)
_GOAL_REACH = 150
# An event's day named in passing: "set for September 20", "scheduled for ...", or a day
# premodifying an event noun after a determiner ("ahead of the September 20 election").
_SET_FOR = re.compile(r"\b(?:set|scheduled|slated|due|planned|called|fixed)\s+for\s+$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|next)\s+$", re.I)
_EVENT_NOUN_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:elections?|votes?|polls?|referendum|primary|ballot|runoff|"
    r"hearing|trial|summit|meeting|deadline|talks|launch|opening|final|match|race)\b",
    re.I,
)


# The determiner opening an appositive noun phrase, and the dashes that open one.
_DETERMINER_AFTER = re.compile(r"\s*(?:a|an|the|another)\s", re.I)
_OPENER = re.compile(
    r"\W*(?:in|on|at|from|for|after|before|during|by|with|near|outside|inside|across|since"
    r"|under|over|throughout|within|like|unlike|as)\s",
    re.I,
)
_DASHES = {"\u2014", "\u2013", "_", "-"}
# A list of years or of year-named events walked back from a time to its first item:
# "2030, 2032, 2034 and ", "2030 Orlen Games, 2034 Velmora Games and ".
_LIST_BEFORE = re.compile(
    r"(?:\d{4}(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$"
)
# The things a sentence is about, named by their years inside a phrase of a non-temporal
# preposition: "(alleged bribery) for the regattas of 2030", "(cheating) in the ballot over
# the 2030 Orlen Games": the year tells which regatta, not when the sentence's event was
# ("at"/"during"/"before the 2030 Games" would place that event, so they are not here).
_TOPIC = r"\b(?:for|about|over|into|against|concerning|regarding)\s+the\s+"
_TIME_NOUN = (
    r"(?:end|start|beginning|middle|rest|course|half|quarter|part|spring|summer|autumn|fall"
    r"|winter|months?|weeks?|years?|season|first|last)\b"
)
_OF_YEAR = re.compile(_TOPIC + r"(?:[\w-]+\s+){0,2}?(?!" + _TIME_NOUN + r")[a-z][\w-]*\s+of\s+$")
_NAMED_BY_YEAR = re.compile(_TOPIC + r"$")
_PROPER_AFTER = re.compile(r"\s+[A-Z]")
_YEARS = re.compile(r"\d{4}(?:\s*(?:,|and|or)\s*\d{4})*")
# Verbs whose sentence tells a statement: the allegation, forecast or claim is the event.
_STATING = re.compile(
    r"\b(?:"
    + "|".join(sorted(forms(SAYING | {"allege", "accuse", "charge"}), key=len)[::-1])
    + r")\b",
    re.I,
)


def _sentence(a: AnalyzedArticle, t: TimeExpr) -> tuple[int, int]:
    span = a.sentences[a.sentence_index(t.start)]
    return span.start, span.end


def _relative_clause(a: AnalyzedArticle, t: TimeExpr) -> tuple[int, int] | None:
    """The stretch of the sentence from the comma, dash or bracket opening the relative
    clause the time lies in to the next such mark after the time (or the sentence's end),
    or None when the time is in no such clause."""
    start, end = _sentence(a, t)
    text = a.article.text
    bounds = list(_BOUNDARY.finditer(text, start, t.start))
    if not bounds:
        return None  # "Who won in 1994?": the main clause's, not a side clause's
    if not _RELATIVE.search(text, bounds[-1].end(), t.start):
        return None
    after = _BOUNDARY.search(text, t.end, end)
    return bounds[-1].start(), after.start() if after else end


def _appositive(a: AnalyzedArticle, t: TimeExpr) -> tuple[int, int] | None:
    """The stretch of the sentence from the mark opening the appositive noun phrase the time
    lies in to the next mark after it (or the sentence's end): a dash, or a comma after a
    name, then a determiner ("the Orlen Front, a group blamed for a fire in 1984"; "... _ the
    raids of 1984"); None when the time is in none. A comma after a time ("On Monday, a
    court ...") opens the main clause, not an appositive."""
    start, end = _sentence(a, t)
    text = a.article.text
    bounds = list(_BOUNDARY.finditer(text, start, t.start))
    if not bounds or not _DETERMINER_AFTER.match(text, bounds[-1].end()):
        return None
    mark = bounds[-1]
    if mark.group().strip() == ",":
        before = text[start : mark.start()].split()
        if not before or not before[-1][:1].isupper():
            return None
        if any(o.end == mark.start() for o in a.times):
            return None
        if len(bounds) == 1 and _OPENER.match(text, start):
            return None  # "In Velmora, the board ...": an opening adverbial, not a name's
    elif mark.group().strip() not in _DASHES:
        return None
    after = _BOUNDARY.search(text, t.end, end)
    return mark.start(), after.start() if after else end


def _in_appositive_of_a_statement(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a year (or month and year) lies in an appositive describing someone or
    something of a sentence that tells a statement outside it or has its own time: the
    year is that description's history, not the sentence's event."""
    span = _appositive(a, t)
    if span is None or not _COARSE.fullmatch(t.text.strip()):
        return False
    start, end = _sentence(a, t)
    text = a.article.text
    outside = text[start : span[0]] + " " + text[span[1] : end]
    return bool(_STATING.search(outside)) or _main_time(a, t) or _told_now(a, t, span)


def _in_relative_clause(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time lies in a relative clause opened after a comma, dash or bracket that
    has not closed before it."""
    return _relative_clause(a, t) is not None


def _reports_speech(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the sentence outside the time's relative clause reports what someone said:
    its event is the saying, and a year in the speaker's description is a biography's."""
    clause = _relative_clause(a, t)
    if clause is None:
        return False
    start, end = _sentence(a, t)
    text = a.article.text
    outside = text[start : clause[0]] + " " + text[clause[1] : end]
    return bool(_SAID.search(outside))


def _told_now(a: AnalyzedArticle, t: TimeExpr, span: tuple[int, int] | None) -> bool:
    """Whether the sentence outside the side phrase ``span`` the time lies in tells its main
    act in the present or the present perfect (``main_tense.present_main``: "has been
    banned", "hopes"): it tells how things stand, not what happened in the phrase's year."""
    if span is None:
        return False
    start, end = _sentence(a, t)
    text = a.article.text
    outside = text[start : span[0]] + " " + text[span[1] : end]
    return present_main(a, a.sentence_index(t.start), outside)


def _targeted(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time is a goal's deadline, "by <time>" after a noun naming a goal in its
    sentence ("missed his target of 50 new ferries by 2031"), in a sentence that tells a
    statement outside that phrase or has its own time: the time is the goal's, not the
    event's (the accusation, the report). A goal alone in its sentence ("The board's goal is
    to open the quay by 2031") tells what is to come then, and keeps its entry."""
    start, end = _sentence(a, t)
    text = a.article.text
    if not _BY_BEFORE.search(text, max(start, t.start - 8), t.start):
        return False
    nouns = list(_GOAL_NOUN.finditer(text, max(start, t.start - _GOAL_REACH), t.start))
    if not nouns:
        return False
    outside = text[start : nouns[-1].start()] + " " + text[t.end : end]
    return bool(_STATING.search(outside)) or _main_time(a, t)


def _in_brackets(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a bare year stands inside brackets in its sentence: a work's or a life's year."""
    if not _YEAR.fullmatch(t.text):
        return False
    start, end = _sentence(a, t)
    text = a.article.text
    opened = text.rfind("(", start, t.start)
    return opened >= 0 and ")" not in text[opened : t.start] and ")" in text[t.end : end]


def _compared(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time is the base a figure is compared with ("up 7% on 2030", "up from
    38m in 2030": the number after "from" a figure of the analysis, not a clock time)."""
    start, _ = _sentence(a, t)
    window = max(start, t.start - 60)
    if _COMPARED.search(a.article.text, window, t.start):
        return True
    base = _FROM_FIGURE.search(a.article.text, window, t.start)
    if base is None:
        return False
    at = base.start("figure")
    return any(f.start <= at < f.end for f in a.figures) and not any(
        o.start <= at < o.end for o in a.times
    )


def _named_in_passing(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time is the day of an event the sentence names ("the September 20
    election", "a vote set for September 20")."""
    text = a.article.text
    start, _ = _sentence(a, t)
    window = max(start, t.start - 40)
    if _SET_FOR.search(text, window, t.start):
        return True
    return bool(
        _DETERMINER_BEFORE.search(text, window, t.start) and _EVENT_NOUN_AFTER.match(text, t.end)
    )


def _names_a_topic(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a year (or list of years) names which things a statement of its sentence is
    about ("alleged bribery in the bids for the regattas of 2030 and 2032"): the sentence
    tells a statement, or has its own time, and the year stands in a phrase of a
    non-temporal preposition, after "the <noun> of" or before an event's proper name."""
    if not _YEARS.fullmatch(t.text.strip()):
        return False
    text = a.article.text
    start, end = _sentence(a, t)
    head = text[max(start, t.start - 160) : t.start]
    listed = _LIST_BEFORE.search(head)
    first = head[: listed.start()] if listed else head
    topic = bool(_OF_YEAR.search(first)) or bool(
        _NAMED_BY_YEAR.search(first) and _PROPER_AFTER.match(text, t.end, end)
    )
    if not topic:
        return False
    outside = text[start : t.start] + " " + text[t.end : end]
    return bool(_STATING.search(outside)) or _main_time(a, t)


def _side(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time lies in any side phrase this module knows."""
    return (
        _in_relative_clause(a, t)
        or _in_brackets(a, t)
        or _compared(a, t)
        or _named_in_passing(a, t)
    )


def _main_time(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether another placed time of the sentence lies in no side phrase: the sentence's
    event has its own date."""
    sentence = a.sentence_index(t.start)
    return any(
        o is not t
        and o.type in _PLACED
        # a day or year, or one counted from the article's date; "now" places nothing
        and (o.relative is not None or bool(o.value and o.value[:1].isdigit()))
        and a.sentence_index(o.start) == sentence
        and not _side(a, o)
        for o in a.times
    )


def in_side_phrase(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time dates only a side phrase of its sentence, so makes no entry: a base of
    comparison or a year in brackets always; a goal's deadline in a sentence that tells a
    statement or has its own time (``_targeted``); a year (or month and year, or part of a
    year) in a relative clause when the main clause has its own time, reports speech (the
    speaker's biography) or is told in the present or the present perfect ("whose militia
    held the docks in 1990, now chairs ...": how things stand, not what happened then), not
    alone in a sentence told in the past that tells no statement (the clause may be its
    news), and never a day there, often news of its own ("the suit, which goes to trial on
    Monday"); an event's day named in passing only beside the sentence's own time (alone,
    the sentence may be that event's)."""
    if _compared(a, t) or _in_brackets(a, t) or _names_a_topic(a, t) or _targeted(a, t):
        return True
    if _in_appositive_of_a_statement(a, t):
        return True
    if (clause := _relative_clause(a, t)) is not None:
        # A day there is often news of its own ("the suit, which goes to trial on Monday").
        coarse = bool(_COARSE.fullmatch(t.text.strip()))
        return coarse and (_reports_speech(a, t) or _main_time(a, t) or _told_now(a, t, clause))
    return _named_in_passing(a, t) and _main_time(a, t)
