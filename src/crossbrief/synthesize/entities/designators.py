"""Words that give a name's kind away whatever the NER said: a storm's designator before it
("Hurricane Ivara", "ex-hurricane Ivara"), a company's legal suffix or a school's head
word in it ("Velmar Re", "Orlen University"), and the words news writes around a firm
("auditors Dorn Halvik", "shares of Dorn Halvik", "Brava Tel's chief executive"). A storm's
name alone ("Ivara" beside "Hurricane Ivara") is the storm story-wide, and a group with one
firm's cue is that firm, but for mentions that address or relate a person ("Mr. Orlen")."""

from __future__ import annotations

import re
from functools import lru_cache

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention, UnionFind
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.entities.storm_context import storms_by_context
from crossbrief.synthesize.entities.vocabulary import FIRM_NOUNS, HONORIFICS, PERSON_TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# A storm's designator, as agencies name them. A bare "Storm" is left out: it is a given name
# and a surname too ("Dana Storm").
_DESIGNATOR = (
    r"(?:[Hh]urricane|[Tt]yphoon|(?:[Ss]evere[ \t]+)?[Cc]yclone|[Ss]uper[ \t-]?[Tt]yphoon"
    r"|[Ss]uperstorm|[Tt]ropical[ \t]+(?:[Ss]torm|[Dd]epression|[Cc]yclone)|[Ww]inter[ \t]+[Ss]torm)"
)
# ... right before a span ("hurricane Ivara", "ex-hurricane Ivara") ...
# (The look-ahead of the first letters changes no match: it lets the search of the window
# before every name skip to them, which the look-behind first keeps it from.)
_DESIGNATOR_BEFORE = re.compile(rf"(?=[efHhTtSsCcWw])(?<![\w])(?:ex-|former-)?{_DESIGNATOR}[ \t]+$")
# ... but not a common noun's, after an article: "after the hurricane Tessaly was dark" runs
# a phrase into the next clause's subject.
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+$")
# ... or opening it ("Hurricane Ivara"), with the name after it.
_DESIGNATED = re.compile(rf"^(?:[Ee]x-|[Ff]ormer-)?{_DESIGNATOR}[ \t]+([A-Z][\w'\u2019-]*)$")

# Legal and trading suffixes of a company's name; "Re" ends a reinsurer's ("Velmar Re").
COMPANY_SUFFIXES = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC", "plc", "AG", "SA", "NV", "Group"}
    | {"Holdings", "Re"}
)
# A suffix the NER left out of the span, right after it; not "Re:" of a mail's subject nor
# the first part of a hyphenated word ("Re-Elected", "Co-Founder").
_SUFFIX_AFTER = re.compile(
    r"(?:,[ \t]+(?=(?:Inc|Corp|Ltd|LLC)\b)|[ \t]+)("
    + "|".join(sorted(COMPANY_SUFFIXES))
    + r")(?![-\u2010\u2011])\b\.?(?!:)"
)
# Head words that end only a company's name, written out ("Orla Harbour Corporation", "Brenn
# Airways"): whatever a name opens with, its last word says what it is.
_FIRM_HEAD_WORDS = frozenset({"Corporation", "Incorporated", "Airways", "Airlines"})
# Trade words that end a firm's name ("Orvex Technologies", "Dalen Capital", "Brisk Lab"):
# no person's name ends in one, so a name the NER tagged a person is the firm; a place's or
# a body's tag stays ("Dalen Capital" may be a province's seat).
_TRADE_WORDS = frozenset(
    {"Technologies", "Lab", "Labs", "Laboratories", "Capital", "Partners", "Industries"}
    | {"Enterprises", "Ventures", "Systems", "Pharmaceuticals", "Securities", "Investments"}
)
# "Mount" or "Mt" opening a name before a capitalised word: a mountain's ("Mount Velda"),
# a place whatever the NER said; "Ferris Mount" is a person.
_MOUNT_HEADS = frozenset({"Mount", "Mt", "Mt."})
# Head words of a school's name ("Orlen University", "University of Tessaly").
_SCHOOLS = frozenset({"University", "College", "Polytechnic", "Institute", "Academy"})

# A firm's noun right before its name ("auditors Dorn Halvik", "the insurer Velmar"); plural
# nouns of a trade name a firm, a single person is never "auditors".
_FIRM_BEFORE = re.compile(rf"\b{FIRM_NOUNS}[ \t]+$")
# ... unless the name opens a clause whose object is the firm ("the firm Ann Lee founded").
_ACTS_ON_FIRM = re.compile(
    r"[ \t]+(?:(?:has|had|have)[ \t]+)?(?:founded|co-founded|started|built|owns|owned|runs|ran"
    r"|joined|left|bought|sold|set[ \t]+up|created|heads|headed|leads|led|chairs|chaired"
    r"|works|worked|launched|manages|managed)\b"
)
# Any other lower-case word right after the name but a function word or a verb of saying
# makes the name a clause's subject whose gapped object is the firm ("the company Ann Lee
# sued last year", "the bank Ann Lee had trusted"), not the firm itself.
_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w'\u2019-]*)")
_NO_VERB = frozenset(
    {"and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by"}
    | {"as", "into", "over", "under", "after", "before", "since", "than", "which", "that"}
    | {"who", "whose", "said", "says", "announced", "reported"}
)
# What is bought and sold of a firm ("shares of Dorn Halvik", "a stake in Dorn Halvik"); a
# people's name there is a modifier ("a unit of Velmoran soldiers"), so it counts for slips of
# a person only (``_HOLDING_SLIPS``).
_HOLDING_BEFORE = re.compile(
    r"\b(?:shares|stock|stake|subsidiary|unit|division)[ \t]+(?:of|in)[ \t]+$", re.IGNORECASE
)
# What only a firm has ("Brava Tel's chief executive", "... 's shareholders"); not a board
# or headquarters, which a candidate or a charity has too.
_FIRM_POSSESSION = re.compile(
    r"['\u2019]s[ \t]+(?:chief[ \t]+(?:executive|financial|operating)|chairman|chairwoman"
    r"|shareholders|share[ \t]+price|stock[ \t]+price|subsidiary|annual[ \t]+report)\b"
)
# A possessive right before the name of a person who speaks: the name is where that person
# works ("said Brava Tel's Ivo Marsh"), a firm or a team. Only a speaker: a work is titled
# with a person's name as often ("Ann Lee's Vera Marsh", a film).
_POSSESSIVE = re.compile(r"['\u2019]s[ \t]+")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according[ \t]+to)[ \t]+$")
_SPEAKER_AFTER = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*[ \t]+)*[A-Z][\w'\u2019-]*,?[ \t]+(?:said|says|told)\b"
)
# Labels a firm's cue in the words around may overrule: the NER's slips on firms. A place
# stays a place ("a stake in Velmora").
_SLIPS = frozenset({"PERSON", "NORP"})
_HOLDING_SLIPS = frozenset({"PERSON"})
# Labels a lower-case storm word before one mention does not overrule story-wide.
_PLACE_OR_BODY = frozenset({"GPE", "LOC", "FAC", "ORG"})
_IN_OF_AT = re.compile(r"\b(?:in|of|at)[ \t]+$")


def suffix_after(body: str, end: int) -> str:
    """The company suffix the NER left out right after a span (" Re" of "Velmar Re", ", Inc."),
    or ""."""
    found = _SUFFIX_AFTER.match(body, end)
    return found.group() if found else ""


def designated_kind(
    raw: str, body: str, start: int, end: int, label: str, person_starts: set[int]
) -> str | None:
    """The kind the words in or around a span give away: EVENT for a storm's name, ORG for a
    company's or a school's or a name the words around call a firm; None if they say
    nothing. "Dana Storm" is no storm, "Mr. Orlen" no school: only a designator before the
    name, or a head word of its own, counts."""
    kind = form_kind(raw, body, start)
    if kind or label not in _SLIPS:
        return kind
    kind = own_words_kind(raw)
    if kind:
        return kind
    before = body[max(0, start - 40) : start]
    if _FIRM_BEFORE.search(before) and not _acts_on_firm(body, end):
        return "ORG"
    if label in _HOLDING_SLIPS and _HOLDING_BEFORE.search(before):
        return "ORG"
    if _FIRM_POSSESSION.match(body, end):
        return "ORG"
    possessive = _POSSESSIVE.match(body, end)
    if possessive is None or possessive.end() not in person_starts:
        return None
    speaks = _SAID_BEFORE.search(body, max(0, start - 20), start) or _SPEAKER_AFTER.match(
        body, possessive.end()
    )
    return "ORG" if speaks else None


def own_words_kind(raw: str) -> str | None:
    """ORG for a name ending in a firm's trade word ("Orvex Technologies"), LOC for one
    opening with "Mount" or "Mt" ("Mt Velda"); None for any other, and for a name opening
    with a form of address or a title ("Mr. Ivo Partners"). Only for names the NER tagged
    a person or a people: its other tags stand."""
    words = raw.split()
    if len(words) < 2:
        return None
    first = fold(words[0]).strip(".")
    if first in HONORIFICS or first in PERSON_TITLES:
        return None
    if words[-1] in _TRADE_WORDS:
        return "ORG"
    return "LOC" if words[0] in _MOUNT_HEADS and words[1][:1].isupper() else None


def _acts_on_firm(body: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens a clause whose object is the firm noun before
    it ("the firm Ann Lee founded", "the company Ann Lee sued")."""
    if _ACTS_ON_FIRM.match(body, end):
        return True
    word = _WORD_AFTER.match(body, end)
    return word is not None and word.group(1) not in _NO_VERB


# Cached: the mentions' collection asks it of a span, then ``designated_kind`` of the same span
# (a text's hash is kept with the text, so a whole article as ``body`` is hashed once).
@lru_cache(maxsize=1 << 12)
def form_kind(raw: str, body: str, start: int) -> str | None:
    """EVENT for a storm's name ("Hurricane Ivara", "hurricane Ivara"), ORG for a company's
    name by its suffix ("Velmar Re") or head word ("Brenn Airways"), or a school's by its head word ("Orlen University",
    "University of Tessaly"); None for any other."""
    text = raw.strip()
    words = text.split()
    if _DESIGNATED.match(text):
        return "EVENT"
    cue = _DESIGNATOR_BEFORE.search(body, max(0, start - 30), start)
    if cue and not _ARTICLE_BEFORE.search(body, max(0, cue.start() - 5), cue.start()):
        return "EVENT"
    if len(words) < 2:
        return None
    if words[-1].rstrip(".") in COMPANY_SUFFIXES or words[-1] in _SCHOOLS | _FIRM_HEAD_WORDS:
        return "ORG"
    return "ORG" if words[0] in _SCHOOLS and words[1] == "of" else None


def storm_names(nodes: dict[str, KeyGroup], bodies: dict[str, str]) -> dict[str, str]:
    """The name key of each storm's short form ("ivara"), mapped to its designated key
    ("hurricane ivara"), or to itself where the story writes the designator only before
    the name ("hurricane Ivara") and never tags it a place or a body, nor sets it after "in",
    "of" or "at" (``bodies``: article texts by id)."""
    short: dict[str, str] = {}
    storms = [
        (key, m)
        for key, node in sorted(nodes.items())
        for m in node.mentions
        if m.designated == "EVENT"
    ]
    for key, m in storms:
        found = _DESIGNATED.match(m.text.strip())
        if found:
            short.setdefault(name_key(found.group(1)), key)
    # only then the names written after a lower-case designator ("hurricane Ivara"), a weak
    # cue: not a name the story also tags a place or a body, or sets after "in", "of", "at"
    for key in sorted({k for k, _ in storms if " " not in k}):
        if not any(_placed(m, bodies) for m in nodes[key].mentions):
            short.setdefault(key, key)
    # and last a name no designator precedes, known by its context ("Ivara made landfall")
    for key in storms_by_context(nodes, bodies):
        short.setdefault(key, key)
    return short


def join_storm_names(story: Story, nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A storm's name alone is that storm ("Ivara" beside "Hurricane Ivara"), whatever the
    NER called it, but where a mention addresses or relates a person ("Mr. Ivara")."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    for short, full in storm_names(nodes, bodies).items():
        node = nodes.get(short)
        if node is None:
            continue
        retyped = [m for m in node.mentions if not _a_person(m)]
        for m in retyped:
            m.type = "EVENT"
        node.changed()
        if full != short and len(retyped) == len(node.mentions):
            clusters.union(full, short)


def firms_throughout(groups: dict[str, list[StoryMention]]) -> None:
    """A group one mention of which the words around call a firm or a school is that body:
    its other mentions tagged a person or a people are retyped too ("Halvik had given"
    beside "auditors Dorn Halvik"), but for those addressing or relating a person."""
    for mentions in groups.values():
        kinds = {m.designated for m in mentions if m.designated == "ORG"}
        if not kinds or any(m.designated == "EVENT" for m in mentions):
            continue
        for m in mentions:
            if m.type in _SLIPS and not _a_person(m):
                m.type = "ORG"


def _placed(m: StoryMention, bodies: dict[str, str]) -> bool:
    """Whether a mention is tagged or used as a place or a body ("in Kestra")."""
    if m.type in _PLACE_OR_BODY or m.place_use:
        return True
    body = bodies.get(m.article, "")
    return bool(_IN_OF_AT.search(body, max(0, m.start - 4), m.start))


def _a_person(m: StoryMention) -> bool:
    """Whether a mention addresses or relates a person: a form of address, a personal title
    ("Mr. Orlen", "Judge Orlen"), a gender or a kinship noun read before it."""
    first = fold(m.text.split()[0]).strip(".") if m.text.split() else ""
    return bool(m.gender or m.relation) or first in HONORIFICS or first in PERSON_TITLES
