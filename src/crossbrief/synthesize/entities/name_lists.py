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
# A join that is a comma alone: it also ends an opening phrase before the subject ("Joined by
# Bo Ray, coach Tomas Velko praised ..."), so it lists names only in a run closed by "and".
_COMMA_ALONE = re.compile(r"[ \t]*,[ \t]*" + _DESCRIPTOR)
_REACH = 60
# How many names a run of comma joins is followed through before giving up.
_RUN = 8


def _next_join(body: str, end: int, person_starts: Collection[int]) -> tuple[int, bool] | None:
    """The start of the person mention joined after the one ending at ``end``, and whether
    the join is a comma alone."""
    after = _BETWEEN.match(body, end)
    if not after or after.end() not in person_starts:
        return None
    return after.end(), bool(_COMMA_ALONE.fullmatch(body, end, after.end()))


def _previous_join(body: str, start: int, person_ends: Collection[int]) -> tuple[int, bool] | None:
    """The end of the person mention joined before the one starting at ``start``, and
    whether the join is a comma alone."""
    for e in range(max(0, start - _REACH), start):
        if e in person_ends and _BETWEEN.fullmatch(body, e, start):
            return e, bool(_COMMA_ALONE.fullmatch(body, e, start))
    return None


def _end_of(start: int, person_ends: Collection[int]) -> int | None:
    """The end of the person mention starting at ``start`` (mentions do not overlap)."""
    return min((e for e in person_ends if start < e <= start + _REACH), default=None)


def _start_of(end: int, person_starts: Collection[int]) -> int | None:
    """The start of the person mention ending at ``end``."""
    return max((s for s in person_starts if end - _REACH <= s < end), default=None)


def in_name_list(
    body: str, start: int, end: int, person_starts: Collection[int], person_ends: Collection[int]
) -> bool:
    """Whether the person mention at ``start``-``end`` is joined to another person mention of
    its article by "and"/"or" or after a bracketed note (a lower-case descriptor aside), or
    by a comma in a run of names that such a join closes: one item of a list of names."""
    position: int | None = end
    for _ in range(_RUN):
        found = _next_join(body, position, person_starts) if position is not None else None
        if found is None:
            break
        if not found[1]:
            return True
        position = _end_of(found[0], person_ends)
    position = start
    for _ in range(_RUN):
        back = _previous_join(body, position, person_ends) if position is not None else None
        if back is None:
            break
        if not back[1]:
            return True
        position = _start_of(back[0], person_starts)
    return False
