"""Reported speech a source passed on, for the ledger: "According to a 1998 profile, Lee
said she ..." and "Lee says the plan works, according to the AP" are Lee's words, which the
profile or the AP carried.

Analysis attributes each word once, to the outer source (PolNeAR's annotators rarely mark
the inner speaker there, so the benchmark keeps it that way): the content under "according
to Z" holds the named speaker, the verb of saying and the words. For the ledger the words
are the named speaker's, shown "via" Z, as a relayed direct quote is. Rule: content under
"according to" that opens with a named speaker and a verb of saying (after at most a short
phrase of place or time, and with a description set before the name: "his aide, Ann Lee,
says") gives a line of that speaker's, and Z's own line becomes the medium's (``relays``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crossbrief.model import AnalyzedArticle, Quote

_NOT_NAMES = frozenset({"He", "She", "They", "It", "We", "I", "You", "This", "That"})
_RELAYED = re.compile(
    r"(?:[^,\"\u201c\u201d]{1,40},\s+)?"  # "in a 1998 profile, ", "Earlier Tuesday, "
    r"(?P<who>(?:(?:his|her|their|its|the|a|an)\s+[^,\"\u201c\u201d]{1,50},\s+)?"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}))"
    r",?\s+(?P<cue>says|said|adds|added|writes|wrote|(?:tells|told)\s+[\w.]+)\s+"
    # "on Tuesday that", "in an interview that": when and where it was said
    r"(?:(?:on|in|at|during|after|before|last|this|earlier|late|early)\s+(?:[\w.]+\s+){0,2}?"
    r"(?=that\s))?(?:that\s+)?(?P<rest>\S.*)$",
    re.DOTALL,
)


def relayed_speech(q: Quote) -> Quote | None:
    """The named speaker's own quote inside reported content ``q`` under "according to",
    or None when the content does not open with a named speaker and a verb of saying."""
    if q.kind != "indirect" or (q.cue or "").lower() != "according to" or q.relays:
        return None
    m = _RELAYED.match(q.text)
    if m is None or m.group("name").split()[0] in _NOT_NAMES:
        return None
    at = q.start
    return Quote(
        text=m.group("rest"),
        start=at + m.start("rest"),
        end=q.end,
        kind="indirect",
        speaker_text=m.group("who"),
        speaker_start=at + m.start("who"),
        speaker_end=at + m.end("who"),
        speaker_name=m.group("name"),
        cue=m.group("cue").split()[0],
        cue_start=at + m.start("cue"),
        cue_end=at + m.start("cue") + len(m.group("cue").split()[0]),
    )  # no negation: the verb of saying follows the name ("Lee said"), and the outer
    # source's flags are about its "according to"


def unwrap_relays(articles: Sequence[AnalyzedArticle]) -> list[AnalyzedArticle] | None:
    """The articles with each relayed report split into the speaker's quote and the
    medium's relaying one; None when no article has one (the common case: nothing
    copied)."""
    out: list[AnalyzedArticle] = []
    changed = False
    for a in articles:
        quotes: list[Quote] = []
        for q in a.quotes:
            inner = relayed_speech(q)
            if inner is None:
                quotes.append(q)
            else:
                quotes.extend((replace(q, relays=True), inner))
        if len(quotes) != len(a.quotes):
            changed = True
            a = replace(a, quotes=tuple(quotes))
        out.append(a)
    return out if changed else None
