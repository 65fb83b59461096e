"""The part of a population a figure is of: "among Democrats", "among renters under 30".

A poll's or a vote's figure told "among" some group is that group's figure, not the whole
population's: "Among Greens alone, Lee leads 52 percent to 38 percent" and "Lee
leads, 61 percent to 27 percent, among renters under 30" are two quantities, as are a
group's figure and the whole's. The group is read where a sentence puts it: in the figure's
own clause, fronted at the sentence's start ("Among Greens alone, ..."), or opening the
clause right after the figure's (", among renters under 30"). Its key is the stems of its
content words, so "among Democrats" meets "among Democrats" and no other group.

"Among" marks a group only when it names people (a noun for people, "voters", "young women",
or a capitalised plural of members, "Democrats", "Londoners") and the figure is a share or a
count, which a group of people has: "57 people, among them 12 children", "among the deadliest
disasters", "among other measures, ... $15" and "a bill popular among voters raises the
wage to $15" tell no group's figure.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.conflicts.context import root
from crossbrief.synthesize.text import fold

# "among" and the words of its group, up to a clause break, a dash or a quote
_AMONG = re.compile(r"\bamong\s+([^,;:()\"\u201c\u201d\u2014\u2013.]{1,60})", re.I)
_FRONTED = re.compile(r"\W*among\s+([^,;:()\"\u201c\u201d\u2014\u2013.]{1,60}),", re.I)
_NEXT = re.compile(
    r"\s*(?:,|\u2014|\u2013|\s-)\s*among\s+([^,;:()\"\u201c\u201d\u2014\u2013.]{1,60})", re.I
)
_WORD = re.compile(r"[^\W\d_]+")
# the figures a group's phrase runs into ("among likely voters 47 percent to 43"): not the group
_FIGURES = re.compile(
    r"\s\d[\d.,]*\s*(?:%|percent|per\s+cent|(?-i:pc)\b|percentage|points?\b|to\s+\d|-\d)", re.I
)
GROUP_WORDS = 4  # content words of a group's key: "likely Democratic primary voters"
# "among them", "among other measures", "among the deadliest": membership in a set, no group
_NO_GROUP = re.compile(
    r"(?:them|those|these|others?|us|whom|which|the\s+(?:most|least|best|worst|"
    r"(?!(?:inter|cont|prot|for|harv|hon|mod|requ|sugg|conqu|arr|inv|man|midw)est\b)\w{2,}est))\b",
    re.I,
)
# nouns for people a poll or a vote breaks down into (the plural, or a collective adjective)
_PEOPLE_WORDS = """
    people persons voters electors respondents adults women men girls boys children kids teens teenagers youth youths young elderly seniors pensioners retirees residents citizens
    immigrants migrants refugees workers employees students graduates parents mothers fathers
    families households members supporters backers fans viewers readers users customers
    consumers patients doctors nurses teachers farmers owners investors economists analysts
    experts scientists officials lawmakers legislators senators delegates superdelegates
    caucusgoers donors partisans democrats republicans independents conservatives liberals
    moderates progressives evangelicals catholics protestants christians muslims jews hindus
    whites blacks hispanics latinos latinas asians millennials boomers participants veterans
    smokers drivers tories greens"""
PEOPLE = frozenset(_PEOPLE_WORDS.split())
# a capitalised plural of members: "Americans", "Socialists", "Londoners", "Hispanics"
_MEMBERS = re.compile(r"\b[A-Z][a-z]+(?:ans|ists|ers|ics|ites)\b")
# a share ("52 percent", "49%", "8 points", "52-40", "47 percent to 43"): poll-like figures
_SHARE = re.compile(
    r"[^\s%]+\s*(?:%|per\s*cent\b|(?<=\d)\s?(?-i:pc)\b|percentage\b|points?\b|(?:-|to\s+)\d)", re.I
)


def group_key(words: str) -> str:
    """The key of a group as written: the stems of its first content words, in order."""
    words = _FIGURES.split(words, maxsplit=1)[0]
    kept = [w for w in _WORD.findall(fold(words)) if w not in STOP_WORDS]
    return " ".join(root(w) for w in kept[:GROUP_WORDS])


def people(words: str) -> bool:
    """Whether the words after "among" name a group of people ("likely voters", "Democrats"),
    not a set something belongs to ("them", "other measures", "the deadliest disasters")."""
    if _NO_GROUP.match(words):
        return False
    words = _FIGURES.split(words, maxsplit=1)[0]
    return bool(_MEMBERS.search(words)) or any(w in PEOPLE for w in _WORD.findall(fold(words)))


def subgroups(
    text: str, low: int, high: int, head: int, tail: int, figure: tuple[int, bool]
) -> frozenset[str]:
    """The groups ("among:democrat") the figure whose clause is ``head``-``tail``, in the
    sentence ``low``-``high``, is told of; empty for a figure of the whole. ``figure`` is
    where the figure starts and whether it is a count; only a share or a count has a group."""
    start, count = figure
    if not count and not _SHARE.match(text, start, tail):
        return frozenset()
    found = [m.group(1) for m in _AMONG.finditer(text, head, tail)]
    fronted = _FRONTED.match(text, low, high)
    if fronted and fronted.end() <= head:
        found.append(fronted.group(1))
    after = _NEXT.match(text, tail, high)
    if after:
        found.append(after.group(1))
    return frozenset(
        f"among:{key}" for words in found if people(words) and (key := group_key(words))
    )
