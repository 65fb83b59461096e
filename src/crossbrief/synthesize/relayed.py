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
The words start after the listener of "told" and a short phrase of when or how ("told the
court that", "said in a written statement that"), and a bare surname is the person named
last before it in full with that surname, as analysis resolves a speaker's surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crossbrief.model import AnalyzedArticle, Mention, Quote

_POSSESSIVE = re.compile(r"['\u2019]s?$")
# Lower-case particles of a surname ("de la Cruz", "van der Berg", "bin Tariq"): part of it,
# so a name may open with them or hold them.
_PARTICLES = frozenset(
    {"de", "la", "le", "del", "della", "di", "da", "das", "do", "dos", "du", "van", "von",
     "der", "den", "ter", "ten", "bin", "bint", "ibn", "al", "el"}
)  # fmt: skip
_PARTICLE = "|".join(sorted((re.escape(p) for p in _PARTICLES), key=len, reverse=True))
# Generational suffixes after a surname ("Tom Reed Jr."), no part of it.
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_NOT_NAMES = frozenset({"He", "She", "They", "It", "We", "I", "You", "This", "That"})
# A word of a listener ("told the court", "told the Velmora Gazette"), never an article nor
# "that", which end or open something else.
_WORD = r"(?!(?i:the|a|an|that)\b)[\w.'\u2019-]+"
# When and where it was said ("on Tuesday", "in a written statement"): a short phrase.
_SETTING = (
    r"(?:on|in|at|during|after|before|last|this|earlier|late|early)\s+"
    r"(?:(?i:the|a|an|his|her|their|its)\s+)?(?:" + _WORD + r"\s+){0,3}?"
)
# The listener of "told": an article and up to three words when "that" (after a setting)
# follows ("told the court that", "told reporters on Monday that"), else one word ("told
# reporters the ferry ...": the content follows it).
_LISTENER = (
    r"(?:(?:(?i:the|a|an|his|her|their|its)\s+)?(?:" + _WORD + r"\s+){0,2}" + _WORD
    + r"(?=\s+(?:" + _SETTING + r")?that\s)|[\w.]+)"
)  # fmt: skip
_RELAYED = re.compile(
    r"(?:[^,\"\u201c\u201d]{1,40},\s+)?"  # "in a 1998 profile, ", "Earlier Tuesday, "
    r"(?P<who>(?:(?:his|her|their|its|the|a|an)\s+[^,\"\u201c\u201d]{1,50},\s+)?"
    r"(?P<name>(?:(?:" + _PARTICLE + r")\s+)*[A-Z][\w.'\u2019-]*"
    r"(?:\s+(?:(?:" + _PARTICLE + r")\s+)*[A-Z][\w.'\u2019-]*){0,3}))"
    r",?\s+(?P<cue>says|said|adds|added|writes|wrote|(?:tells|told)\s+" + _LISTENER + r")\s+"
    r"(?:" + _SETTING + r"(?=that\s))?(?:that\s+)?(?P<rest>\S.*)$",
    re.DOTALL,
)


def relayed_speech(q: Quote, mentions: Sequence[Mention] = ()) -> Quote | None:
    """The named speaker's own quote inside reported content ``q`` under "according to",
    or None when the content does not open with a named speaker and a verb of saying. A
    bare surname is the full name of ``mentions`` (the article's) with that surname named
    last before it, as analysis resolves a speaker's surname."""
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
        speaker_name=_full_name(m.group("name"), mentions, at + m.start("name")),
        cue=m.group("cue").split()[0],
        cue_start=at + m.start("cue"),
        cue_end=at + m.start("cue") + len(m.group("cue").split()[0]),
    )  # no negation: the verb of saying follows the name ("Lee said"), and the outer
    # source's flags are about its "according to"


def _full_name(name: str, mentions: Sequence[Mention], before: int) -> str:
    """``name``, or for a surname written alone the person mention in full with that
    surname named last before offset ``before`` ("Ann Lee ... Tom Lee ... Lee said": Tom
    Lee); the surname as written when none is. A surname is a name's last words before a
    generational suffix ("Tom Reed Jr."), with its particles ("Ana de la Cruz" for "de la
    Cruz"); where no full name ends in it, a one-word surname may be the first word of a
    name written surname first ("Lin Wei" for "Lin"), as analysis reads a speaker's."""
    words = name.split()
    if len(words) > 1 and not all(w.lower() in _PARTICLES for w in words[:-1]):
        return name  # a first name and a surname: a full name already
    fulls = [
        (m.start, _POSSESSIVE.sub("", m.text))
        for m in mentions
        if m.type == "PERSON" and m.start < before
    ]
    fulls = [(at, full) for at, full in fulls if len(full.split()) > len(words)]
    ending = [(at, full) for at, full in fulls if _surname(full, len(words)) == name.lower()]
    if ending:
        return max(ending)[1]
    if len(words) > 1:
        return name
    first = [
        (at, full)
        for at, full in fulls
        if full.split()[0] == name and not _PARTICLES & set(full.lower().split())
    ]
    return max(first)[1] if first else name


def _surname(full: str, n: int) -> str:
    """The last ``n`` words of a full name before any generational suffix, lower-cased."""
    words = full.lower().split()
    while words and words[-1].strip(",") in _SUFFIXES:
        words.pop()
    return " ".join(words[-n:]) if len(words) > n else ""


def unwrap_relays(articles: Sequence[AnalyzedArticle]) -> list[AnalyzedArticle] | None:
    """The articles with each relayed report split into the speaker's quote and the
    medium's relaying one; None when no article has one (the common case: nothing
    copied)."""
    out: list[AnalyzedArticle] = []
    changed = False
    for a in articles:
        quotes: list[Quote] = []
        for q in a.quotes:
            inner = relayed_speech(q, a.mentions)
            if inner is None:
                quotes.append(q)
            else:
                quotes.extend((replace(q, relays=True), inner))
        if len(quotes) != len(a.quotes):
            changed = True
            a = replace(a, quotes=tuple(quotes))
        out.append(a)
    return out if changed else None
