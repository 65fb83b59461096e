"""Two sentences that tell two speech acts of one dispute: a charge and its denial ("Ann Lee
accused the harbour board of hiding the report" / "The board denied hiding any report"), or
a charge and a reaction to it ("The mayor was dismayed by Lee's accusations"). They share
the dispute's words (the report, the board, hiding) and so read as paraphrases by word
share, but neither tells the other's act: a citation of a denial must tell the denial, not
the charge.

Synthesis has no parse, so a sentence's act is read from its own words (outside quotations
and outside a side clause that a comma and "who"/"which" open: "Lee, who denies the
charge, resigned" tells a resignation): a verb of denying in an active form ("denied",
"rejects"; "was denied bail" is another act) makes a denial, a verb of accusing without one
a charge; an accusation named as a noun ("the allegations") that the sentence neither makes
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


# cached: a summary sentence is read against each of its candidate citations
@lru_cache(maxsize=1 << 12)
def _act(text: str) -> str | None:
    """What ``text``'s own words do: "deny" (a verb of denying), "accuse" (a verb of accusing
    and none of denying), "react" (an accusation named that they neither make nor deny: "was
    dismayed by the accusations"), else None."""
    words = _WORD.findall(_SIDE.sub(" ", QUOTED.sub(" ", text)).lower())
    if any(w in _DENYING and not (k and words[k - 1] in _BE) for k, w in enumerate(words)):
        return "deny"
    if any(w in _ACCUSING and w not in _CHARGES for w in words):
        return "accuse"
    named = [k for k, w in enumerate(words) if w in _CHARGES]
    if named and not any(_MAKING.intersection(words[max(0, k - 3) : k]) for k in named):
        return "react"
    return None


def opposite_acts(a: str, b: str) -> bool:
    """Whether one of sentences ``a`` and ``b`` accuses and the other denies or reacts to an
    accusation (``_act``)."""
    acts = {_act(a), _act(b)}
    return "accuse" in acts and bool(acts & {"deny", "react"})
