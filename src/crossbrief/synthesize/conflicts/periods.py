"""The stretch of time a figure's own clause ties it to: one weekend, day, match or quarter.

A figure told of one stretch of a running quantity ("made $7m in its opening weekend", "$4m
in its second weekend", "scored twice in the first half", "sales rose 4% in the third
quarter") is another quantity than the same thing told of another stretch, or of none (the
running total, "has taken $14m"): the clause that names the stretch says which part of the
time line the figure covers. So a figure whose clause names such a stretch is compared only
with a figure whose clause names the same one (``holders.apart`` compares the scopes).

Stretches are a counted unit of time or play (weekend, week, day, night, month, quarter,
half, round, leg, match, game, session) after an ordinal that places it in a series
("opening", "first", "second", "3rd", "final"), with a count between allowed ("the first
three months"); "opening", "debut" and "first" are one place. A deictic stretch ("last
week", "this month") only locates an event in time, which ``moments`` and ``when`` weigh,
so it is no part of a series here; a weekend, however placed ("over the weekend", "this
weekend"), one day's match ("in Saturday's match") and the running total ("so far") are
stretches too, but loose ones that also date an event ("the weekend storm"): they keep a
figure apart only from one naming another such stretch (``loose``). A streak ("four straight
points", "six games in a row", "during a 9-0 run") is one run inside a longer count. A rate ("$5m a year", "200 per
day") is a figure of each such stretch, so it is a quantity of its own too. The year and
season words ("last year", "this season") are ``holders``' own period scope.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.text import case_blind


def within(most: int, words: str, lead: str = "", skip: str = "") -> re.Pattern[str]:
    """A case-blind pattern: ``lead``, then at most ``most`` other words (none of ``skip``),
    then one of ``words`` ("$5m a year": a rate's "a year" within two words of the figure;
    "Saturday's 2-1 win": a match word within two words of a day's name)."""
    avoid = rf"(?!(?:{skip})\b)" if skip else ""
    return re.compile(rf"{lead}(?:{avoid}[\w'\u2019-]+\s+){{0,{most}}}?(?:{words})\b", re.I)


_ORDINALS = {
    "opening": "1",
    "debut": "1",
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
    "final": "last",
}
_PLACE = (
    r"opening|debut|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th)|final"
)
_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"weekends?|weeks?|days?|nights?|months?|quarters?|halves|half|rounds?|legs?|matche?s?|games?|sessions?"
# a word every unit of ``_UNIT`` holds
_UNIT_WORDS = ("week", "day", "night", "month", "quarter", "halves", "half", "round", "leg", "match", "game", "session")  # fmt: skip
# "its opening weekend", "the first three months", "in the second half", "third-quarter"
_STRETCH = re.compile(
    rf"\b({_PLACE})[\s-]+(?:({_COUNT})\s+)?({_UNIT})\b(?![\s-]+(?:old|long)\b)",
    re.I,
)
# a weekend however placed ("over the weekend", "this weekend", "at the weekend"): the
# stretch a running count of takings, sales or matches is told by
_WEEKEND = re.compile(r"\bweekend\b", re.I)
# "has taken $14m so far", "to date": the running total, the whole run of such stretches
_RUN = re.compile(r"\b(?:so\s+far|to\s+date|all\s+told|since\s+(?:its|their)\s+release)\b", re.I)
# "in Saturday's match", "Sunday's 2-1 win": one day's match, one of a series
_DAYS_MATCH = within(
    2,
    "match|game|tie|clash|fixture|defeat|win|victory|draw|race",
    lead=r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)['\u2019]s\s+",
)
# "$5m a year", "200 barrels of oil per day": "a"/"per" and a unit after the figure's own
# noun phrase (at most two words, "of" its only preposition: "killed 30 in a day of fighting"
# puts 30 in one day, it is no rate)
_RATE = within(
    2,
    r"(?:a|an|per|each)\s+(day|week|month|year|night|game|match)\b"
    r"(?!\s+(?:ago|earlier|later|before|after)\b)",
    lead=r"^\s*",
    skip="in|within|for|over|during|on|at|by|from|to|into|after|before",
)

# "four straight points", "six consecutive games", "six games in a row": a streak, one run
# inside a longer count ("straight" right after the figure, not "went straight home")
_STREAK_AFTER = re.compile(
    r"^\s+(?:straight|consecutive|successive|unanswered)\b"
    r"|^(?:\s+[\w-]+){0,2}?\s+in\s+a\s+row\b",
    re.I,
)
# "during the closing 12-2 run", "during a late spurt": a figure told of one run of play
_DURING_RUN = re.compile(
    r"\bduring\s+(?:[\w'\u2019-]+\s+){0,6}?(?:run|spurt|streak|spell|stretch|burst)\b", re.I
)

_LOOSE = frozenset({"span:weekend", "span:run"})


def loose(scope: frozenset[str]) -> frozenset[str]:
    """The stretches of ``scope`` that a weekend or one day's match names, however placed
    ("span:weekend", "span:saturday:match") or the running total ("so far"); unlike a place in a series they also date an
    event ("the weekend storm killed 12"), so they keep a figure apart only from a figure
    that names another such stretch, not from one that names none."""
    return frozenset(s for s in scope if s in _LOOSE or s.count(":") == 2)


def _singular(unit: str) -> str:
    unit = unit.lower()
    if unit == "halves":
        return "half"
    if unit in {"matches", "match"}:
        return "match"
    return unit[:-1] if unit.endswith("s") else unit


def periods(clause: str, after: str) -> frozenset[str]:
    """The stretches of time that ``clause`` (a figure's own clause) ties its figure to
    ("span:1:weekend" for "its opening weekend") and the rate that ``after`` (the clause's
    words after the figure) makes of it ("rate:year" for "$5m a year")."""
    found = set()
    # each pattern searched only where one of the words its matches hold is written (most
    # clauses name no stretch: ``case_blind``)
    lowered = case_blind(clause)
    stretch = any(u in lowered for u in _UNIT_WORDS)
    for m in _STRETCH.finditer(clause) if stretch else ():
        place = m.group(1).lower()
        place = _ORDINALS.get(place, re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", place))
        count = (m.group(2) or "").lower()
        found.add(f"span:{place}:{count}:{_singular(m.group(3))}")
    weekend = "weekend" in lowered and _WEEKEND.search(clause)
    if weekend and not any(f.endswith(":weekend") for f in found):
        found.add("span:weekend")
    if any(w in lowered for w in ("far", "date", "told", "release")) and _RUN.search(clause):
        found.add("span:run")
    for m in _DAYS_MATCH.finditer(clause) if "day" in lowered else ():
        found.add(f"span:{m.group(1).lower()}:match")
    if _STREAK_AFTER.match(after) or ("during" in lowered and _DURING_RUN.search(clause)):
        found.add("span:streak")
    rate = _RATE.match(after)
    if rate:
        found.add(f"rate:{rate.group(1).lower()}")
    return frozenset(found)
