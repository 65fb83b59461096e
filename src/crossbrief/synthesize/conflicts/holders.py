"""Whose figure a figure is, which part or period it covers, and whether it is projected.

Two figures of one unit or counted noun in related sentences can still be two quantities:

- another holder: "Varga's 12.4 points" and "Lee averaged 11.8 points" are two players'
  figures; "he" is the person last named before it. The holder is the nearest possessive
  before the figure in its clause, else the subject of a reported clause when it is the
  last name before the figure ("confirmed that Hale has three cars", "Lee said Reed
  has 20"), else the name heading the clause (its subject; a source
  followed by a speech verb, "Reuters said", holds nothing), else a place after the
  figure ("1,000 marched in Lyon", "80 kilometers north of Lyon") or a fronted "In Lyon,",
  else the sentence's subject after fronted phrases. Holders are story entity ids where
  ``EntityIndex`` knows the name, with the surname as a fallback, so "Varga" and "Tom
  Varga" meet; a name the NER missed counts before a bracket holding the figure alone, or
  heading its clause (``untagged``); "he" or "she" heading the clause, also after a short fronted phrase of time
  or place ("in February he raised"), is the subject of the sentence before (``persons``). Two figures whose holders
  share nothing never conflict.
- another scope: a part or another period of the quantity ("13 home runs with the
  Angels" against the season's 33, "combined", "51 wins by knockout", "in 1998", "this
  season", "career", "a year earlier", "two weeks after she", "before July" anywhere
  before it in its sentence, an average, a count in brackets: "58-3 (51 KO)"),
  or a group of the population ("among Democrats": ``subgroups``), or a spread over several
  countries or another year ("230,000 across Asia", "the 2004 tsunami": ``extents``),
  or a part of a total its sentence states against a figure stated as a total ("a prize
  of $80,000 from a total fund of $300,000" / "a total of $20,000 in awards"),
  or one stretch of a series, or a rate ("its opening weekend", "the second half", "$5m
  a year": ``periods``).
  Figures of different scopes never conflict.
- a projection ("would raise the average to $3.1 million", "a proposed minimum of",
  "plans to", "expected", "forecast", "is set to", "due to", "on course to", a "target",
  an estimate "by 2030", a condition opened before the figure, "if 500,000 copies sold";
  not a bare "will", which reports plans as facts: "will pay $334 million"; ``projections``) is not compared with a reported actual figure, unless
  the figure's own relative clause reports it as past ("could include some 400 sailors who
  were lost"). In an indirect question ("could not say if the quake killed 41") only the
  question's own words count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.extents import extents
from crossbrief.synthesize.conflicts.objects import named_things
from crossbrief.synthesize.conflicts.periods import loose, periods
from crossbrief.synthesize.conflicts.persons import SPEECH, last_person, names, pronoun_person
from crossbrief.synthesize.conflicts.projections import projected
from crossbrief.synthesize.conflicts.subgroups import subgroups
from crossbrief.synthesize.conflicts.untagged import adds, bracket_name, subject_name
from crossbrief.synthesize.conflicts.values import SIGN
from crossbrief.synthesize.text import CAPITAL, case_blind, fold, holds_any

# Clause breaks: a figure's holder and modifiers sit in its own clause
_BREAK = re.compile(
    r"[;:()]|,\s|\s[-_]\s|\.\s|\bwhile\b(?!\s+(?:with|at|in|on)\b)|\bwhereas\b|\bbut\b"
)
# a bracket right after a figure restates it ("80 kilometers (50 miles) north of"): no break
_ASIDE = re.compile(r"^(?:\s*[a-z]+)?\s*\([^()]{0,40}\)")
_NAME = rf"{CAPITAL}[\w.-]*(?:\s+{CAPITAL}[\w.-]*)*"  # capitalised words in a row
_POSSESSIVE = re.compile(rf"\b({_NAME})['\u2019]s?\s")
# 'It's', 'That's', 'There's': contractions of 'is'/'has', which hold nothing
_CONTRACTED = frozenset(
    {"it", "that", "what", "there", "here", "who", "he", "she", "this", "let", "where", "how"}
)
POSSESSIVE_NEAR = 30  # characters before a figure in which a possessive holds it
_PRONOUN_POSSESSIVE = re.compile(r"\b(his|her)\b", re.I)
# "he raised", "in February he raised": a pronoun subject, after at most one short fronted
# phrase of time or place (the clause break at a comma cuts "Even so," off before it)
_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:(?:in|on|at|by|during|after|before|since|until|through|last|this)\s+"
    r"(?:[\w'-]+\s+){0,3}?)?(he|she)\b",
    re.I,
)
# "she said (that) she raised": the reported clause's own pronoun subject
_REPORTED_PRONOUN = re.compile(r"\s+(?:that\s+)?(?:he|she)\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.I)
_OWNER_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_IN_PLACE = re.compile(
    r"^(?:\s+[a-z]+){0,3}?\s+(?:in|of|from|outside)\s+(?:the\s+)?"
    rf"({_NAME})"
)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# "In Lyon, 1,000 people marched": a place fronted before the sentence's first comma
_FRONTED_PLACE = re.compile(rf"^\W*In\s+({_NAME}),")
# what may precede a sentence's subject: up to two fronted phrases ("Overall, in 1990, ...")
_FRONTED = re.compile(r"^\W*(?:[^,]{1,40},\s*){0,2}(?:the\s+)?$", re.I)
# "that" or "said" right before a name: it opens a reported clause whose subject is that name
_REPORTED = re.compile(r"\b(?:that|said|says)\s+(?:the\s+)?$", re.I)
# what may open a clause before its subject: quotes, "the"
_OPENING = re.compile(r"^[\s\"'`]*(?:the\s+)?$", re.I)

_SPELLED = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)"
_UNITS_OF_TIME = r"(?:days?|nights?|weeks?|months?|years?|seasons?|games?|matches)"
# Scope modifiers: the words that make a figure a part of a quantity or another period, each
# with words one of which every match holds (``case_blind``: most clauses hold none)
_SCOPE = (
    ("with", re.compile(rf"\bwith\s+(?:the\s+)?({_NAME})"), ("with",)),
    (
        "combined",
        re.compile(r"\b(combined|together|altogether)\b", re.I),
        ("combined", "together"),
    ),
    ("year", re.compile(r"\b(?:in|during|since|for)\s+((?:19|20)\d\d)\b", re.I), ("19", "20")),
    (
        "period",
        re.compile(
            r"\b(this|last|next|previous|past|that)\s+(season|year|decade)\b",
            re.I,
        ),
        ("season", "year", "decade"),
    ),
    (
        "period",
        re.compile(r"\b(career|lifetime|playoffs?|postseason)\b", re.I),
        ("career", "lifetime", "playoff", "postseason"),
    ),
    (
        "earlier",
        re.compile(r"\b(earlier|ago|previously|prior)\b", re.I),
        ("earlier", "ago", "previously", "prior"),
    ),
    # "two weeks after she ran 12 km": the subject's figure of another occasion (a
    # newly named subject, "a day after Lee fell 60 metres", brings in an event other
    # reports may tell as their own)
    (
        "occasion",
        re.compile(
            rf"\b{_SPELLED}\s+{_UNITS_OF_TIME}\s+(?:after|before)\s+(?:he|she|they)\b", re.I
        ),
        ("after", "before"),
    ),
    (
        "average",
        re.compile(r"\b(averag\w*|per\s+(?:game|season|year)|a\s+game)\b", re.I),
        ("averag", "per", "game"),
    ),
)
_LAST = re.compile(r"\b(?:past|previous)\b")
# a period written first in a sentence, before its first comma ("Last year,", "In 2004,")
# (with or without its comma: "Last season it was Lee that led")
_OPENING_PERIOD = re.compile(
    r"\s*(?:(?:in|during)\s+(?:19|20)\d\d|(?:last|previous|past)\s+(?:season|year|decade))\b",
    re.I,
)
# "During the closing 12-2 run, ...": a fronted stretch dates every figure of its sentence
_OPENING_DURING = re.compile(r"\W*during\b[^,;]{1,80},", re.I)
# "51 wins by knockout", "51 by KO": a method naming a part of the figure it follows
_BY_METHOD = re.compile(
    r"^(?:[\s-]+[a-z]+)?\s+by\s+(?:way\s+of\s+)?(?!(?:the|a|an|his|her|its|their|this|that|some|about|"
    r"more|less|than|nearly|almost|over|under|around|[0-9]|mon|tue|wed|thu|fri|sat|sun|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid|end|early|late|next|last)\w*\b)"
    r"([a-z]{2,})\b",
    re.I,
)
# "raise the threshold from £60,000", "up from 3%": the figure a change starts from, an
# earlier moment than the figure it changes to
_FROM = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?"
    rf"(?:{SIGN})?$",
    re.I,
)
# "Before July, ... 95%": a figure told of the time before a moment is of an earlier period
# than one of the reporting time, wherever in its sentence the moment is named
_BEFORE_MOMENT = re.compile(
    r"\b(?i:before|until|till|prior\s+to)\s+(?i:(?:early|mid|late|last|this)[\s-]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|fall|winter|(?:19|20)\d\d)\b",
)
# "a total fund of $300,000", "the total of 40": a figure its sentence calls a total
_TOTAL = re.compile(
    r"\btotal(?:\s+[a-z]+){0,2}?\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|"
    rf"more\s+than|over|up\s+to)\s+)?(?:{SIGN})?(?=\d)",
    re.I,
)


# "cut the lead to 3 points", "a margin of 5", "a 3-point lead": the size of a lead is the
# difference of two scores, no one's score or count
_MARGIN_BEFORE = re.compile(
    r"\b(?:lead|margin|deficit|gap|advantage)\s+(?:[a-z]+\s+){0,2}?(?:to|of|at|by)\s+"
    r"(?:just\s+|only\s+)?$",
    re.I,
)
_MARGIN_AFTER = re.compile(r"[\s-]*[a-z]+[\s-]+(?:lead|margin|deficit|advantage)\b", re.I)
# "five of the first eight points": a count after "first" or "last" sizes a leading stretch
_LEADING = re.compile(r"\b(?:first|last|opening|final)\s+$", re.I)
_WHOLES = frozenset({"part", "total"})  # marks that set a part apart from a total only
# Words one of which every match of a pattern holds, in lower case: the pattern is searched
# only in a sentence that holds one (``case_blind``; most hold none)
_MARGIN_WORDS = ("lead", "margin", "deficit", "gap", "advantage")
_LEADING_WORDS = ("first", "last", "opening", "final")
_BEFORE_WORDS = ("before", "until", "till", "prior")


@dataclass(frozen=True)
class Holder:
    """Whose figure, which part or period, and whether projected."""

    owner: frozenset[str] = frozenset()  # entity ids and surnames; empty when unknown
    scope: frozenset[str] = frozenset()  # "with:angels", "year:1998", "combined", ...
    projected: bool = False
    # the things its own clause names, sources left out ("objects"); empty when it names none
    things: frozenset[str] = frozenset()


def apart(x: Holder, y: Holder) -> bool:
    """Whether two figures are two quantities by their holders, scopes, projection or the
    things their clauses name (both name some, none shared: two bids, two titles)."""
    if x.owner and y.owner and not x.owner & y.owner:
        return True
    if x.things and y.things and not x.things & y.things:
        return True
    # a part of a total stated beside it against a figure stated as a total; either
    # against a figure marked neither way may be one quantity ("a total of 40" / "40")
    if ("part" in x.scope and "total" in y.scope) or ("total" in x.scope and "part" in y.scope):
        return True
    xs, ys = x.scope - _WHOLES, y.scope - _WHOLES
    lx, ly = loose(xs), loose(ys)
    if not (lx and ly):  # a weekend against no stretch may be one quantity
        xs, ys = xs - lx, ys - ly
    return xs != ys or x.projected != y.projected


def clause(text: str, low: int, high: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence ``low``-``high`` holding the figure at ``start``-``end``."""
    head = low
    for m in _BREAK.finditer(text, low, start):
        head = m.end()
    aside = _ASIDE.match(text[end:high])
    stop = _BREAK.search(text, end + (aside.end() if aside else 0), high)
    return head, stop.start() if stop else high


def holder(
    a: AnalyzedArticle,
    index: EntityIndex,
    low: int,
    high: int,
    start: int,
    end: int,
    count: bool = False,
) -> Holder:
    """The holder, scope and projection of the figure at ``start``-``end`` of article ``a``,
    whose sentence spans ``low``-``high``; a ``count`` in brackets is an aside."""
    text = a.article.text
    head, tail = clause(text, low, high, start, end)
    words = text[head:tail]
    scope = _scope(text[head:start], text[end:tail], words) | subgroups(
        text, low, high, head, tail, (start, count)
    )
    scope |= extents(text, low, head, tail, end, count, (a.article.published or "")[:4])
    # "on its opening weekend", "in the second half", "$5m a year": one stretch of a series
    scope |= periods(words, text[end:tail])
    # "Last year, a quake ... killing at least one person": a period opening the sentence
    # before its first comma dates every figure of the sentence, whatever clause it is in
    opening = _OPENING_PERIOD.match(text, low, start)
    if opening and opening.end() <= head:
        scope |= _scope("", "", opening.group(0))
    during = _OPENING_DURING.match(text, low, start)
    if during and during.end() <= head:
        scope |= periods(during.group(0), "")
    # the searches below only where their words are in the sentence (``case_blind``)
    said = case_blind(text[low:high])
    margin = holds_any(said, _MARGIN_WORDS) and _MARGIN_BEFORE.search(text, head, start)
    if margin or _MARGIN_AFTER.match(text, end, tail):
        scope |= {"margin"}
    # (not a compound modifier after "the first", "the first 7-magnitude quake", which picks
    # one thing of a sequence: ``thresholds``)
    leading = holds_any(said, _LEADING_WORDS) and _LEADING.search(text, head, start)
    if leading and not text.startswith("-", end):
        scope |= {"span:streak"}
    if holds_any(said, _BEFORE_WORDS) and _BEFORE_MOMENT.search(text, low, start):
        scope |= {"earlier"}
    # "$80,000 from a total fund of $300,000": another figure of its sentence is the
    # total, so this one is a part of it (a share, an award of a fund); "a total of $30,000"
    # is a whole (``apart`` keeps a part from a whole only)
    for m in _TOTAL.finditer(text, low, high) if "total" in said else ():
        scope |= {"total" if m.end() in range(start, end) else "part"}
    # a count in brackets ("58 wins (51 KO)", "(12 of them children)") breaks another figure
    # down; a bracketed sum or measure restates one in other units and stays comparable
    if count and text.count("(", low, start) > text.count(")", low, start):
        scope |= {"aside"}
    return Holder(
        _owner(a, index, (low, head), start, end, tail),
        scope,
        projected(text, said, (head, tail), start, end),
        named_things(a, index, head, tail, start, end),
    )


def _scope(before: str, after: str, words: str) -> frozenset[str]:
    found = set()
    if _FROM.search(before):
        found.add("from")
    lowered = case_blind(words)
    for name, pattern, keys in _SCOPE:
        if not any(k in lowered for k in keys):
            continue
        for m in pattern.finditer(words):
            found.add(f"{name}:{fold(m.group(1))}" if name in {"with", "year"} else name)
            if name == "period":
                # which period: "last year" and "this year" are two ("past" is "last")
                found.add("period:" + _LAST.sub("last", fold(m.group(0))))
    method = _BY_METHOD.match(after)
    if method:
        found.add(f"by:{fold(method.group(1))}")
    return frozenset(found)


def _owner(
    a: AnalyzedArticle, index: EntityIndex, where: tuple[int, int], start: int, end: int, tail: int
) -> frozenset[str]:
    """Who holds the figure: ``where`` is (sentence start, clause start)."""
    text, aid = a.article.text, a.article.id
    low, head = where
    before = text[head:start]
    # the nearest possessive before the figure: "Varga's 12.4 points", "his 33 home runs"
    owner: tuple[int, set[str]] | None = None
    # (within a few words of it: "Varga's average of 12.4 points")
    near = len(before) - POSSESSIVE_NEAR
    for m in _POSSESSIVE.finditer(before):
        if m.end() >= near and m.group(1).lower() not in _CONTRACTED:
            owner = (m.start(), names(index, aid, head + m.start(1), head + m.end(1), m.group(1)))
    for m in _PRONOUN_POSSESSIVE.finditer(before):
        if m.end() >= near and (owner is None or m.start() > owner[0]):
            owner = (m.start(), last_person(a, index, head + m.start()))
    if owner is not None and owner[1]:
        return frozenset(owner[1])
    # "Ann Lee (41 points)": the name before a bracket holding the figure alone
    if (named := bracket_name(text, low, head, end)) is not None:
        return frozenset(names(index, aid, *named, text[slice(*named)]))
    # the name heading the clause, unless it is a source ("Reuters said", "according to")
    if _holding_pronoun(before):
        return frozenset(pronoun_person(a, index, low, head))
    heads = sorted(
        (m for m in a.mentions if head <= m.start and m.end <= start and m.type in _OWNER_TYPES),
        key=lambda m: m.start,
    )
    # the subject of a reported clause holds its figure, not whoever reports or confirms it
    # ("sources confirmed that Hale has three cars", "Lee said Reed has 20 cars"),
    # when it is the last name before the figure ("that Reed has 20 and Hale has two")
    last = heads[-1] if heads else None
    if (
        last is not None
        and _REPORTED.search(text[head : last.start])
        and not SPEECH.match(text[last.end : start])
    ):
        return frozenset(names(index, aid, last.start, last.end, last.text))
    if heads and _OPENING.match(text[head : heads[0].start]):
        first = heads[0]
        said = (
            SPEECH.match(text[first.end : start]) and not adds(text, first.end, start, end)
        ) or _ACCORDING.search(text[head : first.start])
        if not said:
            return frozenset(names(index, aid, first.start, first.end, first.text))
    # a name the NER left untagged heading the clause ("Tom Vey added 30 points")
    untagged = None if heads else subject_name(text, head, start)
    if untagged is not None and (
        not SPEECH.match(text[untagged[1] : start]) or adds(text, untagged[1], start, end)
    ):
        return frozenset(names(index, aid, *untagged, text[slice(*untagged)]))
    # a place after the figure ("marched in Lyon", "80 kilometers north of Lyon") or fronted
    after = _BRACKETED.sub("", text[end:tail], count=1)
    place = _IN_PLACE.match(after) or _FRONTED_PLACE.match(text[low:start])
    if place:
        return frozenset({fold(place.group(1)).split()[-1].strip(".")})
    # else the sentence's subject, after fronted phrases ("Overall, Lee recorded ... 40")
    firsts = sorted(
        (m for m in a.mentions if low <= m.start and m.end <= start and m.type in _OWNER_TYPES),
        key=lambda m: m.start,
    )
    # (a name inside a fronted phrase, "in three seasons as a league coach,", is no subject)
    subject = next((m for m in firsts if _FRONTED.match(text[low : m.start])), None)
    if subject is not None and not (
        SPEECH.match(text[subject.end : start]) or _ACCORDING.search(text[low : subject.start])
    ):
        return frozenset(names(index, aid, subject.start, subject.end, subject.text))
    if _holding_pronoun(text[low:start]):
        return frozenset(pronoun_person(a, index, low, low))
    return frozenset()


def _holding_pronoun(words: str) -> bool:
    """Whether ``words``, from a clause's start to its figure, open with a "he"/"she" that
    holds the figure: not one who only reports it ("in a statement she said 40 had died"),
    unless the reported clause has a pronoun subject of its own ("she said she raised")."""
    subject = _PRONOUN_SUBJECT.match(words)
    if subject is None:
        return False
    rest = words[subject.end() :]
    said = SPEECH.match(rest)
    return not said or bool(_REPORTED_PRONOUN.match(rest, said.end()))
