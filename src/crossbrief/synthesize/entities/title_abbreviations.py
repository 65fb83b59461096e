"""Job titles written as capitals ("GM" for general manager, "VP", "CEO"): used as a title
they name an office, not a body, though the NER tags them ORG. Only where the words around
them make them a title: right before a person's name ("GM Tom Bell"), right after one and a
comma ("Tom Bell, CEO,"), after a rank or qualifier of a title ("assistant GM", "senior
VP"), after a determiner or a possessive with no noun after them ("the GM said", "the club's
VP"; "the GM plant" is a carmaker's) or before "of" and a portfolio ("VP of sales"). The
same letters acting as a company's name ("GM said", "shares of GM") stay a name. A
barrister's rank after a full name ("Ann Lee QC") is cut from it, and makes it a person's."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.gender import first_name_gender

# A closed table of the titles news writes as capitals: officers of a firm or a club, and
# the prime minister.
_TITLES = frozenset(
    {"GM", "VP", "SVP", "EVP", "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CCO", "PM"}
)
# Words that rank or qualify a title right before it ("assistant GM", "interim CEO").
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:[Aa]ssistant|[Ss]enior|[Ee]xecutive|[Dd]eputy|[Ii]nterim|[Aa]cting|[Ff]ormer"
    r"|[Cc]urrent|[Nn]ew|[Gg]roup|[Cc]o-?|[Ee]x-?)[ \t]*-?[ \t]*$"
)
# A determiner or a possessive right before it ("the GM", "its CEO", "the club's VP").
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\w['\u2019]s?)[ \t]+$"
)
# A lower-case word right after: a noun the letters qualify ("the GM plant") unless it is a
# function word or a verb of saying.
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
_NOT_NOUNS = frozenset(
    {"said", "says", "told", "added", "and", "or", "of", "is", "was", "has", "had", "will"}
    | {"who", "since", "until", "in", "at", "for", "with", "from", "to", "says", "would"}
)
# "VP of sales", "GM of the club": the office's portfolio or its body after "of".
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]")
# A name right before it and a comma ("Tom Bell, CEO").
_COMMA_BEFORE = re.compile(r",[ \t]*$")


def is_title_abbreviation(
    raw: str, body: str, start: int, end: int, person_starts: set[int], person_ends: set[int]
) -> bool:
    """Whether a span is a job title's capitals ("GM", "VP") used as a title: before or
    after a person's name, after a title's qualifier or a determiner with no noun after it,
    or before "of" and a portfolio."""
    if raw.strip() not in _TITLES:
        return False
    after = body[end : end + 2]
    if after[:1] in {" ", "\t"} and end + 1 in person_starts:
        return True  # "GM Tom Bell"
    comma = _COMMA_BEFORE.search(body, max(0, start - 3), start)
    if comma and comma.start() in person_ends:
        return True  # "Tom Bell, CEO"
    if _QUALIFIER_BEFORE.search(body, max(0, start - 12), start):
        return True
    if _OF_AFTER.match(body, end):
        return True
    if _DETERMINER_BEFORE.search(body, max(0, start - 10), start):
        word = _WORD_AFTER.match(body, end)
        return word is None or word.group(1) in _NOT_NOUNS
    return False


# A senior barrister's or advocate's letters after a full name ("Ann Lee QC", "Tom Bell
# KC", "Mara Holt SC"): a rank of the Bar, so the name before them is a person's. "SC" and
# "QC" also end a club's name or a province's ("Velmora SC", "Orla QC"): only after a given
# name and a surname.
_SILK = re.compile(r"^([A-Z][\w'\u2019-]*)((?:[ \t]+[A-Z][\w'\u2019.-]*){1,3})[ \t]+(?:QC|KC|SC)$")


def without_silk(raw: str, end: int) -> tuple[str, int, bool]:
    """The span without a barrister's letters after a person's full name ("Ann Lee QC" ->
    "Ann Lee"), its new end, and whether it had them; any other span as it was."""
    found = _SILK.match(raw.rstrip())
    if found is None or first_name_gender(found.group(1)) is None:
        return raw, end, False
    name = found.group(1) + found.group(2)
    return name, end - (len(raw) - len(name)), True


# A player's position written before a name, as sports news does ("quarterback Ann Lee",
# "Hawks QB Ann Lee", "Cornerback Bo Tan"), maybe after the team's name: a title, no word of
# the name. The letters ("QB", "WR") open a company's name too ("CB Orla Realty"): cut only
# after a team's name or from a span the NER tagged a person.
_POSITION_WORD = (
    r"(?:[Qq]uarterback|[Cc]ornerback|[Rr]unning[ \t]+[Bb]ack|[Ww]ide[ \t]+[Rr]eceiver"
    r"|[Tt]ight[ \t]+[Ee]nd|[Ll]inebacker|[Hh]alfback|[Ff]ullback|[Pp]unter|[Gg]oalkeeper"
    r"|[Mm]idfielder|[Ss]hortstop|[Pp]itcher)"
)
_POSITION_LETTERS = r"(?:QB|WR|CB|RB|TE|LB)"
# ... and the name after it: two capitalised words at least.
_NAME_AFTER = r"(?=[A-Z][\w'\u2019.-]*[ \t]+[A-Z])"
_POSITION = re.compile(
    rf"^(?P<team>(?:[A-Z][\w'\u2019.&-]*[ \t]+){{0,3}}?)(?:(?P<word>{_POSITION_WORD})"
    rf"|{_POSITION_LETTERS})[ \t]+{_NAME_AFTER}"
)


def without_position(raw: str, start: int, label: str) -> tuple[str, int, bool]:
    """The span without a player's position (and the team's name) before a person's name
    ("Hawks QB Ann Lee" -> "Ann Lee"), its new start, and whether it had one."""
    found = _POSITION.match(raw)
    if found is None or not (found.group("word") or found.group("team") or label == "PERSON"):
        return raw, start, False
    return raw[found.end() :], start + found.end(), True
