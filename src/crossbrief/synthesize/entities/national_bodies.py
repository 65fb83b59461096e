"""Bodies named after a nation: "the Velmoran Authority" and "the Velmoran Civil Aviation
Authority" are two bodies of one nation, the general one and one with a function, not a
long and a short name of one."""

from __future__ import annotations

from crossbrief.synthesize.entities.countries import metonyms
from crossbrief.synthesize.entities.vocabulary import BODY_HEADS


def nations_general_body(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` (name-key words) is a nation's adjective and a head alone, and
    ``long`` the same adjective and head with a function between them: news style names a
    nation's specialised body in full ("Velmoran Civil Aviation Authority"), so the bare
    "Velmoran Authority" beside it is the nation's general body, a name of its own."""
    if len(short) < 2 or len(long) <= len(short) or short[-1] != long[-1]:
        return False
    adjective = short[:-1]
    demonyms = metonyms()["demonym"]
    return " ".join(adjective) in demonyms and long[: len(adjective)] == adjective


def named_after_body(short: list[str], long: list[str]) -> bool:
    """Whether ``long`` (name-key words) runs on from the whole body name ``short`` to a body
    head of its own ("Velmora Curling Association Players Association"): a body named after
    another, as a league's players' union is, and no longer name of it."""
    return (
        len(long) > len(short) + 1
        and long[: len(short)] == short
        and short[-1] in BODY_HEADS
        and long[-1] in BODY_HEADS
    )
