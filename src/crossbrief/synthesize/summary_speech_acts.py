"""Two sentences that tell two speech acts of one dispute: a charge and its denial ("Ann Lee
accused the harbour board of hiding the report" / "The board denied hiding any report"), or
a charge and a reaction to it ("The mayor was dismayed by Lee's accusations"). They share
the dispute's words (the report, the board, hiding) and so read as paraphrases by word
share, but neither tells the other's act: a citation of a denial must tell the denial, not
the charge.

Synthesis has no parse, so a sentence's act is read from its own words (outside quotations
and outside a side clause that a comma and "who"/"which" open: "Lee, who denies the
charge, resigned" tells a resignation): a verb of denying in an active form ("denied",
"rejects"; "was denied bail", "denied him entry", "the dispute" are other acts) makes a
denial, a verb of accusing without one a charge ("charged with", never "charged a fee"); an
accusation named as a noun ("the allegations") that the sentence neither makes
("made allegations") nor denies, a reaction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crossbrief.synthesize.saying import forms
from crossbrief.synthesize.text import QUOTED

_DENYING = forms(["deny", "reject", "refute", "rebut", "dispute", "dismiss"])
_ACCUSING = forms(["accuse", "allege", "charge", "blame"])
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_WORD = re.compile(r"[a-z]+")
# ", who denies the charge," / ", which rejected ...,": a side clause about a name
_SIDE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,]*,", re.I)


# an accusation named as a thing ("the allegations"), which a sentence without a verb of
# accusing tells a reaction to, unless a verb of making it stands before ("made allegations")
_CHARGES = frozenset(["allegation", "allegations", "accusation", "accusations", "charges"])
_MAKING = frozenset(["made", "make", "makes", "making", "leveled", "levelled", "raised", "brought"])
# "charge(s)" is also a fee ("harbour charges", "charged a fee"): an accusation only with
# "of"/"that" right after it or "with" soon after ("charged him with arson"), and "charges"
# named only after a determiner ("the charges") or before "against"
_CHARGE_FORMS = frozenset(["charge", "charges", "charged", "charging"])
_DETERMINERS = frozenset(["the", "these", "those", "all", "any", "his", "her", "their", "its"])
# what is denied to someone rather than denied as untrue: "denied bail", "denied him entry"
_GRANTS = frozenset(
    ["bail", "entry", "access", "permission", "visa", "visas", "parole", "admission"]
)
# "dispute" after a determiner or a preposition, or before one or a verb, is the noun ("the
# dispute over the pier", "a dispute has lasted"), which denies nothing
_NOUN_BEFORE = _DETERMINERS | frozenset(["a", "an", "this", "that", "in", "of", "no", "over"])
_NOUN_AFTER = _BE | frozenset(["over", "between", "with", "about", "on", "has", "had", "have"])
_CLAUSE = re.compile(r"[,;:]")


# cached: a summary sentence is read against each of its candidate citations
@lru_cache(maxsize=1 << 12)
def _act(text: str) -> str | None:
    """What ``text``'s own words do: "deny" (a verb of denying), "accuse" (a verb of accusing
    and none of denying), "react" (an accusation named that they neither make nor deny: "was
    dismayed by the accusations"), else None."""
    own = _SIDE.sub(" ", QUOTED.sub(" ", text)).lower()
    clauses = [_WORD.findall(c) for c in _CLAUSE.split(own)]
    if any(_denies(words, k) for words in clauses for k in range(len(words))):
        return "deny"
    words = [w for c in clauses for w in c]
    if any(_accuses(words, k) for k in range(len(words))):
        return "accuse"
    named = [k for k, w in enumerate(words) if w in _CHARGES and _names_charges(words, k)]
    if named and not any(_MAKING.intersection(words[max(0, k - 3) : k]) for k in named):
        return "react"
    return None


def _denies(words: list[str], k: int) -> bool:
    """Whether word ``k`` of a clause's lower-case ``words`` is an active verb of denying:
    not after "was" ("was denied bail"), not something withheld ("denied him entry"), not
    a "was ... and denied" that carries a passive on, not the noun "dispute"."""
    w = words[k]
    if w not in _DENYING or (k and words[k - 1] in _BE | _DETERMINERS | {"a", "an"}):
        return False  # "was denied"; "the disputed pier", "a rejected bid" modify a noun
    if _GRANTS.intersection(words[k + 1 : k + 4]):
        return False
    if k and words[k - 1] == "and" and _BE.intersection(words[: k - 1]):
        # "was arrested and denied the right to ...": the passive goes on; "was accused
        # and denied it" denies the charge
        return words[k + 1 : k + 2] in (["it"], ["that"], ["any"], ["wrongdoing"])
    if w in ("dispute", "disputes"):
        before, after = words[k - 1 : k] if k else [], words[k + 1 : k + 2]
        return not (_NOUN_BEFORE.intersection(before) or not after or after[0] in _NOUN_AFTER)
    return True


def _accuses(words: list[str], k: int) -> bool:
    """Whether word ``k`` is a verb of accusing: "charge" only before "of"/"that" or a
    "with" ("charged the board with"), and not "in charge of"; the named "charges" are no
    verb."""
    w = words[k]
    if w not in _ACCUSING or w in _CHARGES:
        return False
    if w in _CHARGE_FORMS:
        after = words[k + 1 : k + 5]
        return (after[:1] in (["of"], ["that"]) or "with" in after) and (
            k == 0 or words[k - 1] != "in"
        )
    return True


def _names_charges(words: list[str], k: int) -> bool:
    """Whether the accusation-noun at ``k`` names accusations: "charges" only after a
    determiner or before "against" (not "harbour charges", a fee)."""
    if words[k] != "charges":
        return True
    return (k > 0 and words[k - 1] in _DETERMINERS) or words[k + 1 : k + 2] == ["against"]


def opposite_acts(a: str, b: str) -> bool:
    """Whether one of sentences ``a`` and ``b`` accuses and the other denies or reacts to an
    accusation (``_act``)."""
    acts = {_act(a), _act(b)}
    return "accuse" in acts and bool(acts & {"deny", "react"})
