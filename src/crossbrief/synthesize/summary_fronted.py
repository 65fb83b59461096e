"""Fronted phrases that point back at a sentence told before.

"Following the talks, ...", "Despite this, ...", "In response, ..." read only after what
they point to; "In the morning, ...", "In the capital, ..." and "For the first time, ..."
set the scene and point nowhere. ``points_back`` reads the phrase; which sentence it may
point at is ``summary_rules.pointed_at``'s.
"""

from __future__ import annotations

import re

# marks that may open a sentence before its first word
OPENERS = "\"'\u201c\u2018`( "

# A fronted prepositional phrase whose object points back, set off by a comma: a definite or
# demonstrative description in lower case ("After the vote,", "Following these talks,"; a
# capital is a name, "At the University of Wyoming,", which points nowhere), a bare
# demonstrative ("Despite this,") or a connective phrase with no object ("In response,").
_FRONTED = re.compile(
    r"^(?P<prep>(?i:after|following|despite|since|before|during|amid|amidst|against|with|"
    r"without|under|besides|unlike|like|over|through|in|at|on|by|for|from|to|because\s+of|"
    r"in\s+spite\s+of|in\s+response\s+to|in\s+the\s+wake\s+of|as\s+a\s+result\s+of))\s+"
    r"(?:(?i:this|that|these|those|it|them)"
    # the object's words case-sensitive: a capital is a name
    r"|(?i:the|this|that|these|those|such)\s+(?P<mods>(?:[a-z][a-z'-]*\s+){0,2})"
    r"(?P<noun>[a-z][a-z'-]*))"
    r"\s*,"
    r"|^(?i:in\s+response|in\s+return|in\s+turn|in\s+addition|as\s+a\s+result|by\s+contrast|"
    r"in\s+contrast|on\s+the\s+other\s+hand|for\s+(?:his|her|their|its)\s+part|"
    # connectives that add to or weigh what was told before: "Even so, ...", "In fact, ..."
    # ("In other words," measured and left out: docs/benchmarks.md, session 12)
    r"in\s+short|that\s+is|even\s+so|after\s+all|what['\u2019]?s\s+more|"
    r"on\s+top\s+of\s+that|in\s+that\s+case|for\s+example|for\s+instance|in\s+fact|indeed|"
    r"similarly|conversely|again|even\s+then|as\s+such|to\s+be\s+sure|"
    r"by\s+the\s+same\s+token|all\s+the\s+same)\s*,"
)
# Nouns of a fronted time phrase that point at no earlier sentence ("In the morning,", "Over
# the years,", "In the spring,"); and those that point at the time of the event told before,
# named by no noun ("At the time,", "In the meantime,").
_NEUTRAL = frozenset(
    [
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "past",
        "future",
        "end",
        "beginning",
        "moment",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "spring",
        "summer",
        "autumn",
        "winter",
    ]
)
_THEN = frozenset({"time", "meantime", "interim"})
# An ordinal makes "time" a count, not the time of something told before: "For the first
# time," (but "At the same time," still points back).
_ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "only", "latest"]
)
# In, on or at a place noun sets the scene rather than pointing at a sentence before ("In the
# capital,", "On the border,", "At the front,"); other prepositions keep their reading
# ("After the city, ..." does not occur; "Following the vote," does).
_PLACE_PREPS = frozenset({"in", "on", "at"})
_PLACES = frozenset(
    [
        "capital",
        "city",
        "country",
        "countryside",
        "region",
        "province",
        "provinces",
        "state",
        "town",
        "village",
        "villages",
        "streets",
        "suburbs",
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "coast",
        "border",
        "interior",
        "front",
        "ground",
    ]
)


def points_back(text: str) -> str | None:
    """What a fronted phrase of ``text`` points back to: its noun, lower case ("talks" in
    "Following the talks, the leaders ..."), "" for a demonstrative or connective with no noun
    ("Despite this, ...", "In response, ..."), None when ``text`` opens with no such phrase
    or with one that sets the scene ("In the morning, ...", "In the capital, ...", "For the
    first time, ...")."""
    m = _FRONTED.match(text.lstrip(OPENERS))
    if m is None:
        return None
    noun = m.group("noun")
    if noun is None:
        return ""
    noun = noun.lower()
    if noun in _NEUTRAL or (m.group("prep").lower() in _PLACE_PREPS and noun in _PLACES):
        return None
    if noun in _THEN:
        return None if _ORDINALS & set(m.group("mods").lower().split()) else ""
    return noun
