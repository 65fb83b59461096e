"""What an NER span takes in that is no part of a name: a web address or a handle (no
entity at all), a number run on after a person's name ("supports Kiri Dosa 100 percent")
and an adverb opening the sentence before a person's name ("Then Dosa flew home"); and
a body part named after someone ("an Achilles injury") or a party-and-state tag ("Ann
Lee, D-Velm."), no entity either."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.vocabulary import ELIDED_PARTICLES

# "pic.twitter.com/x1y2", "www.example.org", "https://...", "@handle": addresses, not names
# (a company named by its domain, "Velora.com", is a name).
_ADDRESS = re.compile(r"^@\w|https?:|www\.|\w\.(?:com|org|net|gov|co|ly)/", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"\s+\d[\d,.]*%?$")
_QUANTITY = re.compile(r"\s+\d[\d,.]*\s*(?:%|percent|per cent|(?-i:pc))$", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"\s+(?:1[89]|20)\d\d$")
# A field position after a team's name ("the Hawks 27-yard line"): the yards are no part of
# the name, which a numbered thing's never runs into ("Route 27 yards on" has a space).
_YARD_LINE_AFTER = re.compile(r"-yard\b|[ \t]+yard[ \t-]+line\b")
# A number or a word character right after a name's words: that name written with more.
_NUMBER_OR_WORD_AFTER = re.compile(r"[\w'\u2019-]|[ \t]*\d")
# Adverbs that open a sentence in capitals and are never a given name.
_OPENERS = frozenset(
    {"first", "then", "now", "also", "still", "meanwhile", "finally", "next", "later"}
    | {"earlier", "instead", "yet", "afterward", "afterwards"}
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\"\u201d]\s+|\n\s*)$")


def is_address(raw: str) -> bool:
    """Whether a span is a web address or a social-media handle rather than a name."""
    return bool(_ADDRESS.search(raw.strip()))


def without_opener(raw: str, start: int, body: str, label: str) -> tuple[str, int]:
    """A person's span without an adverb opening its sentence ("First Dosa goes" -> "Dosa");
    other names keep it, since a company or a title may begin with one ("First Velora Bank",
    "Now Radio")."""
    words = raw.split(maxsplit=1)
    if (
        label == "PERSON"
        and len(words) == 2
        and words[0].lower() in _OPENERS
        and words[1][:1].isupper()
        and _SENTENCE_START.search(body, max(0, start - 3), start)
    ):
        cut = raw.index(words[1])
        return raw[cut:], start + cut
    return raw, start


def without_number(raw: str, end: int, label: str, body: str = "") -> tuple[str, int]:
    """The span without a number run on after it: any after a person ("Dosa 100"), before
    "percent" ("backs Kiri Dosa 100 percent") or before "-yard" after a name its article
    writes without a number too ("the Hawks 27-yard line"), a year after a place ("Velora 2000"); numbered things keep theirs ("Route 52", "Flight
    22")."""
    quantity = _QUANTITY.search(raw)
    if quantity and quantity.start() > 0:
        return raw[: quantity.start()], end - len(quantity.group())
    pattern = (
        _TRAILING_NUMBER
        if label == "PERSON"
        or _PERCENT_AFTER.match(body, end)
        or (_YARD_LINE_AFTER.match(body, end) and _team_before_yards(raw, body))
        else _TRAILING_YEAR
        if label in {"GPE", "LOC"}
        else None
    )
    found = pattern.search(raw) if pattern else None
    if found and found.start() > 0:
        return raw[: found.start()], end - len(found.group())
    return raw, end


def _team_before_yards(raw: str, body: str) -> bool:
    """Whether the name before a number and a yard count is written elsewhere in its article
    without a number, as a team is ("the Hawks" beside "the Hawks 27-yard line"); a numbered
    thing is never named without its number ("Pier 39-yard stretch", "Pier 39")."""
    found = _TRAILING_NUMBER.search(raw)
    if not found or found.start() == 0:
        return False
    stem = raw[: found.start()]
    at = body.find(stem)
    while at >= 0:
        after = at + len(stem)
        if (at == 0 or not body[at - 1].isalnum()) and not _NUMBER_OR_WORD_AFTER.match(body, after):
            return True
        at = body.find(stem, after)
    return False


# A quote mark glued between two words of a span, with no space ("said,'Ah", "went'Tom
# Bell", "Expo:'We"): after a comma, colon or semicolon, or after a lower-case word. An
# apostrophe inside a name follows a capital ("O'Brien") or precedes "s" ("Bell's").
_QUOTE_IN_WORD = re.compile(r"(?<=\S)['\u2018\u2019](?=[A-Za-z])")
_QUOTE_MARKS = frozenset("'\u2018\u2019")
# What follows an apostrophe in a contraction or a possessive ("it's", "we'll").
_CONTRACTION = re.compile(r"(?:s|t|ll|re|ve|d)\b")
_WORD_BEFORE = re.compile(r"(?:^|\s)(\S+)$")
# A name: capitalised words only (connectors aside); the pronoun "I" is none.
_NAME_WORDS = re.compile(r"^(?:[A-Z][\w.\u2019'-]*)(?:\s+(?:of|the|and|de|[A-Z][\w.\u2019'-]*))*$")


def without_glued_quote(raw: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A span that runs across a quote mark glued to the words on both sides is two phrases
    (a verb and the quote's first words, or a name and them): the side that is a name, or
    None when neither is ("said,'Ah mate", "says'I")."""
    if _QUOTE_MARKS.isdisjoint(raw):  # most names hold none: no search needed
        return raw, start, end
    glued = next((q for q in _QUOTE_IN_WORD.finditer(raw) if _glued(raw, q.start())), None)
    if not glued:
        return raw, start, end
    before = raw[: glued.start()].rstrip(",:; ")
    after = raw[glued.end() :].strip()
    if _is_name(after) and not (before[:1].isupper() and _is_name(before)):
        return after, start + glued.end(), end
    if _is_name(before):
        return before, start, start + len(before)
    return None


def _is_name(text: str) -> bool:
    return bool(_NAME_WORDS.match(text)) and text not in {"I", "I."}


def _glued(raw: str, at: int) -> bool:
    """Whether the mark at ``at`` is a quote mark glued on, not an apostrophe of a word."""
    if raw[at - 1] in ",:;":
        return True
    found = _WORD_BEFORE.search(raw, 0, at)
    word = found.group(1) if found else ""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 1
        and not _CONTRACTION.match(raw, at + 1)
        and word not in ELIDED_PARTICLES
    )


# Words that qualify a title ("Former President", "Senior Vice President") but are no title
# alone: before a country or a firm ("Former Velmora envoy", "Senior Halvik staff") they
# qualify the noun after the name, not the name.
_TITLE_QUALIFIERS = frozenset(
    {"former", "ex", "late", "acting", "interim", "then", "senior", "top", "vice", "new"}
)
# A unit's abbreviation and its full stop glued to a figure before the span ("$600m. Tessa"):
# the NER opened the span inside the figure.
_UNIT_OPENING = re.compile(r"[a-z]{1,3}\.\s+(?=[A-Z])")


def only_title_qualifiers(run: str) -> bool:
    """Whether a run of capitalised words before a name holds only qualifiers of a title
    ("Former", "Senior"), and so no title that makes the name a person's."""
    words = [w.lower().strip(".") for w in run.split()]
    return bool(words) and all(w in _TITLE_QUALIFIERS for w in words)


def without_unit(raw: str, start: int, body: str) -> tuple[str, int]:
    """The span without the unit of a figure it opens with ("m. Tessa Marlow" of "$600m.
    Tessa Marlow" -> "Tessa Marlow"); a lower-case particle that no figure precedes stays."""
    unit = _UNIT_OPENING.match(raw)
    if unit and start > 0 and body[start - 1].isdigit():
        return raw[unit.end() :], start + unit.end()
    return raw, start


# Prefixes that make an adjective of stance or exclusion from a name ("an anti-Lee
# campaign", "pro-Velmora rallies", "non-Velmoran staff"): the word describes something
# else, it names no one.
_STANCE = re.compile(r"(?:anti|pro|non)-", re.IGNORECASE)
_STANCE_BEFORE = re.compile(r"(?<![A-Za-z])(?:anti|pro|non)-$", re.IGNORECASE)


def is_stance_adjective(raw: str, start: int, body: str) -> bool:
    """Whether a span is a name inside a stance adjective: written with the prefix
    ("anti-Lee") or right after it, the NER having left the prefix out."""
    return bool(_STANCE.match(raw.strip())) or bool(
        _STANCE_BEFORE.search(body, max(0, start - 5), start)
    )


# Parts of the body and operations named after someone ("an Achilles injury", "Tommy John
# surgery"): before a noun of injury or anatomy they name the part, not the person.
_EPONYMS = frozenset({"Achilles", "Tommy John"})
_INJURY_AFTER = re.compile(
    r"['\u2019]?s?[ \t]+(?:tendons?|heels?|injury|injuries|surgery|tear|rupture|problems?"
    r"|strain|operation)\b"
)


def is_body_part(raw: str, body: str, end: int) -> bool:
    """Whether a span is a part of the body or an operation named after someone, written
    before a noun of injury or anatomy ("the Achilles injury"); the hero elsewhere stays."""
    return raw.strip() in _EPONYMS and bool(_INJURY_AFTER.match(body, end))


# A party letter and a state set after a politician's name with a comma or a bracket
# ("Ann Lee, D-Velm.", "(R-Orla)"), whatever follows it: the tag names no one ("D-Day",
# a day, is no state).
_PARTY_STATE_SPAN = re.compile(r"^[RDI]-[ \t]?(?!Day\b)[A-Z][A-Za-z]*\.?(?:[ \t]?[A-Z][a-z]*\.)?$")
_TAG_OPENING = re.compile(r"(?:\(|,[ \t]+)$")


def is_party_tag(raw: str, body: str, start: int) -> bool:
    """Whether a span is a party-and-state tag after a name ("D-Velm.", "R-Orla")."""
    return bool(_PARTY_STATE_SPAN.match(raw.strip())) and bool(
        _TAG_OPENING.search(body, max(0, start - 3), start)
    )


# English prefixes of time or extent a hyphen joins to a capitalised word to make an
# adjective ("post-Velmoran", "pre-Union", "pan-Orlan"): a modifier, never a name of its own
# (stance prefixes are ``is_stance_adjective``'s; "al-" and "el-" open Arabic names).
_PREFIXED = re.compile(r"^(?:post|pre|neo|ex|pan|mid|semi|quasi|ultra|inter|trans)-[A-Z][\w'-]*$")
# A lower-case compound opening a span ("sci-fi", "state-run"): a description of a kind, no
# word of a name, which opens with a capital (or a particle, never hyphened to a lower-case
# word: "al-Orla").
_DESCRIPTION = re.compile(r"^[a-z]+-[a-z]+[ \t]+(?=[A-Z])")
# The medium alone, with its possessive: television is no body ("Velmora TV" is one).
_MEDIUM = re.compile(r"^TV(?:['\u2019]s)?$")


def is_prefixed_modifier(raw: str) -> bool:
    """Whether a span is one word made of an English prefix and a capitalised word
    ("post-Velmoran", "pre-Union"), a modifier rather than a name, or the medium "TV" alone."""
    return bool(_PREFIXED.match(raw.strip()) or _MEDIUM.match(raw.strip()))


def without_description(raw: str, start: int) -> tuple[str, int]:
    """The span without a lower-case compound opening it ("state-run Velmora Radio" ->
    "Velmora Radio", "sci-fi TV" -> "TV")."""
    found = _DESCRIPTION.match(raw)
    return (raw[found.end() :], start + found.end()) if found else (raw, start)


# Members of a parliament in the plural, by their letters ("MPs", "MEPs", "MSPs", "TDs"): a
# class of people like "senators", which news capitalises only for the abbreviation; after a
# party's word ("Orla Democrat MPs") the party is named, not a person.
# The NER may run on into the verb after them ("MPs bombarded"): lower-case words go too.
_MEMBERS = re.compile(
    r"(?:^|[ \t]+)(?:MPs|MEPs|MSPs|MLAs|AMs|TDs)['\u2019]?(?:[ \t]+[a-z][\w'\u2019-]*)*$"
)

# One member alone, by the letters of the seat ("MP", "MEP"), possessive or not.
_MEMBER = re.compile(r"(?:MP|MEP|MSP|MLA)(?:['\u2019]s)?")


# One member's letters ending a party's name ("Orla Party MEP") or one word of it ("Green
# MEP"): a member of the party, whose name is the party's; after a person's full name ("Ann
# Lee MP") they are left to the title rules.
_PARTY_MEMBER = re.compile(r"(?:.*\bParty|[A-Z][a-z]+)([ \t]+(?:MP|MEP|MSP|MLA))")


def without_members(raw: str, end: int) -> tuple[str, int, bool]:
    """The span without the plural letters of members of a parliament it ends with, its end,
    and whether they were cut ("Orla Democrat MPs" -> "Orla Democrat"; "Orla Party MEP" ->
    "Orla Party"; "MPs" or "MP" alone -> "")."""
    if _MEMBER.fullmatch(raw.strip()):
        return "", end, True  # "the MEP said": a title noun, as "the senator", no one's name
    member = _PARTY_MEMBER.fullmatch(raw)
    if member:
        return raw[: member.start(1)], end - len(member.group(1)), True
    found = _MEMBERS.search(raw)
    if found is None:
        return raw, end, False
    return raw[: found.start()], end - len(found.group()), True
