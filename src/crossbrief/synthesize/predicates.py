"""What a sentence tells happened: the stems of its verbs, read from the words around them.

A summary sentence cites the articles that carry it, and two sentences can share every name
and most topic words while telling two events ("X will sail in the final despite her
injury", "X was injured"). A sentence's predicates are the words that read as verbs without
a parser: a word right after an auxiliary, a modal or the infinitive "to" ("will sail",
"was injured", "to resign"; not one ending as a plural or an adjective does, "to local",
"has capital"), or a past form ending in -ed (or a common irregular one) not
right after a determiner or a possessive, where it describes a noun ("the injured man"), or
a participle opening a clause after a comma ("..., briefly raising fears"); none of a
relative clause ("X, who was arrested, will play", "the jury that convicted him found").
Verbs of saying
tell who said it, not what happened, and are left out, as are auxiliaries ("has been",
"will be") and light verbs, whose object tells the event ("found him liable"). Stems are
compared loosely so that an event noun carries its verb ("elected" / "election",
"injured" / "injury"): equal, or the shorter, of at least ``PREFIX`` letters, beginning the
longer.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.claims import IRREGULAR_PAST, SAYING_PAST
from crossbrief.synthesize.text import content_term, content_terms

PREFIX = 5
_AFTER_AUX = re.compile(
    r"\b(?:will|would|can|could|may|might|shall|should|must|to|has|have|had|was|were|is|are|"
    r"be|been|being|did|does|do)\s+(?:(?:not|never|also|still|just|[a-z]+ly)\s+)*([a-z]+)\b"
)
# "to" is also a preposition, before a noun phrase ("shown to local reporters", "rose to
# 40 dlrs"), and "has", "was" main verbs of having and being ("has capital reserves", "was
# critical"): a word after them with a plural's, an adjective's or an abstract noun's ending
# is no verb ("to regional", "to pesos", "is national"); "-ss", "-us" and "-eal" verbs are
# ("to discuss", "will focus", "to reveal")
_NOT_VERB = re.compile(r"(?:[^su]s|(?<!e)al|ity|ism|ness|ous|ics|ful)$")
_PAST = re.compile(r"(?<![\w'-])([a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")
_DESCRIBES = re.compile(
    r"(?:\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your)|\w['\u2019]s?)\s+$",
    re.I,
)
# a participle clause after a comma tells a second event ("..., briefly raising fears")
_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?([a-z]{3,}ing)\b")
# A relative clause tells of the noun before it ("The captain, who was injured on Monday,
# will sail"; "the jury that convicted him found ..."), not what the sentence tells happened:
# one set off by a comma runs to the next comma or the end; without a comma, its verb is the
# word right after "that", "who" or "which" and any auxiliaries or adverbs (after a
# complementiser, "said that he was", that word is the subject, no verb of ours).
_RELATIVE = re.compile(
    r"(?<=,)\s+(?:who|whom|whose|which)\b[^,;]*"
    r"|\b(?:that|who|which)\s+(?:(?:has|have|had|was|were|is|are|been|being|will|would|could|"
    r"can|may|might|should|must|not|never|also|still|just|[a-z]+ly)\s+)*[a-z]+\b"
)
_AUXILIARIES = frozenset(
    [
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "did",
        "does",
        "do",
        "get",
        "got",
    ]
)
# Light verbs take their meaning from their object ("found him liable", "made a visit",
# "took part"): a source using one is not judged; and verbs of repeating words tell a
# statement as saying does.
_LIGHT = frozenset(
    {"find", "found", "make", "made", "take", "took", "taken", "give", "gave", "given"}
    | {"keep", "kept"}
)
_REPEATING = frozenset(["repeat", "repeated"])
_LIGHT_USED = re.compile(r"\b(?:" + "|".join(sorted(_LIGHT)) + r")\b")


def predicates(text: str) -> frozenset[str]:
    """The stems of the verbs of ``text`` that tell what happened (no saying verbs, none of
    a relative clause)."""
    text = _RELATIVE.sub(lambda m: " " * len(m.group()), text)
    words: set[str] = set()
    for m in _AFTER_AUX.finditer(text):
        if not _NOT_VERB.search(m.group(1)):
            words.add(m.group(1))
    for m in _PARTICIPLE.finditer(text):
        words.add(m.group(1))
    for m in _PAST.finditer(text):
        if not _DESCRIBES.search(text[: m.start()]):
            words.add(m.group(1))
    return frozenset(
        stem
        for w in words
        if w not in SAYING_PAST | _AUXILIARIES | _LIGHT | _REPEATING and (stem := content_term(w))
    )


def uses_light_verb(text: str) -> bool:
    """Whether ``text`` uses a light verb ("found him liable", "made a visit"): its event is
    in the verb's object, which no verb of another sentence can be compared with."""
    return _LIGHT_USED.search(text) is not None


_INFLECTIONS = frozenset(["s", "es", "ed", "ing"])


def _same(a: str, b: str) -> bool:
    """Whether stems ``a`` and ``b`` are one word: equal, the shorter, of at least
    ``PREFIX`` letters, beginning the longer ("arrest", "arrested"), or the longer a shorter
    one inflected ("fix", "fixed"; "stop", "stopped")."""
    short, long = sorted((a, b), key=len)
    if short == long or (len(short) >= PREFIX and long.startswith(short)):
        return True
    # a short stem ("fix", "hit") is carried by its inflections only ("fixed", "hitting"),
    # not by every longer word it begins ("fixture")
    if not short or not long.startswith(short):
        return False
    rest = long[len(short) :]
    return rest in _INFLECTIONS or (rest[:1] == short[-1:] and rest[1:] in _INFLECTIONS)


def carries_predicate(mine: frozenset[str], text: str) -> bool:
    """Whether ``text`` carries one of the predicate stems ``mine`` as any word (a verb or
    its event noun); true when ``mine`` is empty or ``text`` uses a light verb ("found him
    liable" for "fined"): what cannot be read is not checked."""
    if not mine or uses_light_verb(text):
        return True  # a light verb's event is in its object: no verb of it to compare
    theirs = set(content_terms(text))
    return any(_same(p, t) for p in mine for t in theirs)
