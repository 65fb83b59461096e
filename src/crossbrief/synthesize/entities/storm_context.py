"""A storm named alone, with no designator anywhere in the story ("Ivara made landfall"), is
known by what news writes storms do and have: it makes landfall or slams into a coast, it
has winds, an eye, remnants (in the weather) and a storm surge, it is "a Category 3 storm", and it is "a storm
named Ivara". A person named so speaks, is addressed or related, or is "who": any such
mention of the name keeps it a person's story-wide ("Ivara said")."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.vocabulary import FIRM_NOUNS, HONORIFICS, PERSON_TITLES
from crossbrief.synthesize.text import fold

_STORM = r"(?:storm|hurricane|typhoon|cyclone)"
_BE = r"(?:(?:has|had|have|is|was|will|would)[ \t]+(?:been[ \t]+)?)?"
# What only a storm does or is, right after its name as the subject: one such mention will do.
_STRONG_AFTER = re.compile(
    r"(?:"
    # "Ivara made landfall", "Ivara, which made landfall"
    rf"(?:,[ \t]+which)?[ \t]+{_BE}(?:made|makes|make|making)[ \t]+landfall\b"
    # "Ivara weakened to a tropical storm", "Ivara was upgraded to a Category 4 hurricane"
    rf"|[ \t]+{_BE}(?:weakened|strengthened|intensified|downgraded|upgraded)[ \t]+(?:in)?to"
    rf"[ \t]+an?[ \t]+(?:tropical|category|{_STORM}|depression)"
    # "Ivara is a Category 3 storm", "Ivara, a powerful hurricane, ..." (not the idiom "a
    # perfect storm", a run of troubles said of firms and plans)
    rf"|(?:,|[ \t]+(?:is|was|became|remains|remained))[ \t]+(?:now[ \t]+|once[ \t]+)?"
    rf"(?:an?|the)[ \t]+(?!(?:[\w-]+[ \t]+)?perfect[ \t]+storm)"
    rf"(?:[\w-]+[ \t]+){{0,2}}?(?:category[ \t-]*\d|{_STORM}(?=[ \t]*[,.;]))"
    r")",
    re.IGNORECASE,
)
# ... or right before its name: "a storm named Ivara", "the landfall of Ivara".
_STRONG_BEFORE = re.compile(
    rf"(?:\b{_STORM}s?[ \t]+(?:named|called|dubbed)|\blandfall[ \t]+of)[ \t]+$",
    re.IGNORECASE,
)
# "the remnants of" anything is what is left of it: a failed firm's or an empire's as well as
# a storm's. Only weather in the same sentence makes them a storm's ("the remnants of Ivara
# brought heavy rain"); alone the phrase is a weak cue.
_REMNANTS_BEFORE = re.compile(r"\bremnants[ \t]+of[ \t]+$", re.IGNORECASE)
# "winds down" or "up" is a business or a campaign ending, no weather.
_WEATHER = re.compile(
    rf"\b(?:{_STORM}s?|rain\w*|downpours?|flood\w*|winds?(?![ \t]+(?:down|up)\b)|landfall"
    r"|tropical|gusts?)\b",
    re.IGNORECASE,
)
# A kind of firm set beside the name ("Halvar, the retailer,", "Halvar, a shipping firm,"):
# the writer says what it is, so no weather word elsewhere makes it a storm.
_FIRM_APPOSITION = re.compile(
    rf",[ \t]+(?:the|an?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{FIRM_NOUNS}[ \t]*[,.;]",
    re.IGNORECASE,
)
# A sentence's end, to bound the weather words looked for around "the remnants of".
_SENTENCE_END = re.compile(r"[.!?\n]")
# What a storm does, and a person or a thing may do or have too ("slammed into the wall",
# "Ivara's winds of change"): two such mentions are needed.
_WEAK_AFTER = re.compile(
    r"(?:"
    r"[ \t]+(?:slammed|slams|slamming)[ \t]+into\b"
    # "Ivara, packing winds of 120 mph", "Ivara, with sustained winds of ..."
    r"|,?[ \t]+(?:packing|packed|with|carrying|bringing)[ \t]+"
    r"(?:(?:sustained|maximum|top|peak)[ \t]+)?winds\b"
    # "Ivara's winds", "Ivara's 120-mph winds", "Ivara's remnants"
    r"|['\u2019]s[ \t]+(?:[\w-]+[ \t]+)?(?:winds|landfall|remnants|storm[ \t]+surge)\b"
    r")(?![ \t]+of[ \t]+change)",
    re.IGNORECASE,
)
# Weak cues needed when no strong one is found.
_WEAK_MIN = 2


def storms_by_context(nodes: dict[str, KeyGroup], bodies: dict[str, str]) -> list[str]:
    """The one-word name keys the story writes as a storm's (``bodies``: article texts by id):
    one mention in a storm's sure context or two in a weaker one, and none that speaks, is addressed, titled
    or related as a person, is "who", is placed as a point, or is set beside a kind of firm."""
    found = []
    for key, node in sorted(nodes.items()):
        if " " in key or any(_personal(m) or m.place_use for m in node.mentions):
            continue
        if any(_FIRM_APPOSITION.match(bodies.get(m.article, ""), m.end) for m in node.mentions):
            continue
        cues = [_storm_context(m, bodies.get(m.article, "")) for m in node.mentions]
        if "strong" in cues or cues.count("weak") >= _WEAK_MIN:
            found.append(key)
    return found


def _storm_context(m: StoryMention, body: str) -> str | None:
    """How surely a mention's words around it are a storm's: "strong" ("Ivara made
    landfall"), "weak" ("Ivara slammed into"), or None."""
    before = max(0, m.start - 30)
    if _STRONG_AFTER.match(body, m.end) or _STRONG_BEFORE.search(body, before, m.start):
        return "strong"
    if _REMNANTS_BEFORE.search(body, before, m.start):
        return "strong" if _WEATHER.search(_sentence(body, m.start, m.end)) else "weak"
    return "weak" if _WEAK_AFTER.match(body, m.end) else None


def _sentence(body: str, start: int, end: int) -> str:
    """The sentence around ``body[start:end]``, cut at stops and line breaks."""
    opening = max((e.end() for e in _SENTENCE_END.finditer(body, 0, start)), default=0)
    closing = _SENTENCE_END.search(body, end)
    return body[opening : closing.start() if closing else len(body)]


def _personal(m: StoryMention) -> bool:
    """Whether a mention names a person: it speaks, is addressed, titled or related, or is
    followed by "who" or a subject "he"/"she"."""
    words = m.text.split()
    first = fold(words[0]).strip(".") if words else ""
    return bool(
        m.speaks
        or m.personal
        or m.gender
        or m.relation
        or first in HONORIFICS
        or first in PERSON_TITLES
    )
