"""Job titles written as capitals ("GM" for general manager, "VP", "CEO"): used as a title
they name an office, not a body, though the NER tags them ORG. Only where the words around
them make them a title: right before a person's name ("GM Tom Bell"), right after one and a
comma ("Tom Bell, CEO,"), after a rank or qualifier of a title ("assistant GM", "senior
VP"), after a determiner or a possessive with no noun after them ("the GM said", "the club's
VP"; "the GM plant" is a carmaker's) or before "of" and a portfolio ("VP of sales"). The
same letters acting as a company's name ("GM said", "shares of GM") stay a name."""

from __future__ import annotations

import re

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
