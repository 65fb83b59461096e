"""Bodies named after a nation: "the Velmoran Authority" and "the Velmoran Civil Aviation
Authority" are two bodies of one nation, the general one and one with a function, not a
long and a short name of one."""

from __future__ import annotations

from crossbrief.synthesize.entities.countries import metonyms


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
