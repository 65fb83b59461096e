"""Whether a person is named as one item of a list of names ("Bo Ray (knee) and Tomas Velko
(ankle) were limited", "guards Bo Ray, Tomas Velko and Ivo Lind"): a name a writer lists
beside others is mentioned in passing, not introduced as someone the article goes on about."""

from __future__ import annotations

import re
from collections.abc import Collection

# What may stand between two listed names: a short bracketed note after the first ("(knee)"),
# a comma or "and"/"or", and a lower-case descriptor of the second ("tight end"); not a
# determiner or a possessive, which open an apposition ("Tomas Velko, his father").
_NOTE = r"(?:[ \t]*\([^()\n]{1,30}\))?"
_JOIN = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
_DESCRIPTOR = r"(?:(?!(?:the|a|an|his|her|their|its|who|whose)[ \t])[a-z][a-z-]*[ \t]+){0,2}"
_BETWEEN = re.compile(_NOTE + _JOIN + _DESCRIPTOR)
_REACH = 60


def in_name_list(
    body: str, start: int, end: int, person_starts: Collection[int], person_ends: Collection[int]
) -> bool:
    """Whether the person mention at ``start``-``end`` is joined to another person mention of
    its article by a comma or "and" alone (a bracketed note and a lower-case descriptor
    aside): one item of a list of names."""
    after = _BETWEEN.match(body, end)
    if after and after.end() in person_starts:
        return True
    return any(
        _BETWEEN.fullmatch(body, e, start)
        for e in range(max(0, start - _REACH), start)
        if e in person_ends
    )
