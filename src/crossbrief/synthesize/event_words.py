"""The words of a clause that can tell which event it reports: what two reports of one date
must share to be one timeline entry."""

from __future__ import annotations

import re
from functools import lru_cache

from crossbrief.synthesize.text import content_term, content_terms

# Verbs that report or carry any event ("said", "went", "made") and the words of a time
# ("night", "earlier"): every clause of a day may have them, so they tell no event apart.
_LIGHT = (
    "go goes going went gone come comes coming came get gets got make makes making made take "
    "takes taking took taken say says saying said tell tells telling told have has having had "
    "do does did done give gives gave given put see sees saw seen know knows knew think "
    "thinks thought day days night nights morning mornings evening afternoon week weekend "
    "today tonight yesterday tomorrow earlier later early late time"
)
_LIGHT_TERMS = frozenset(content_term(w) for w in _LIGHT.split()) - {""}
_WORD = re.compile(r"[^\W_][\w'\u2019-]*")


@lru_cache(maxsize=1 << 12)
def event_words(clause: str) -> tuple[frozenset[str], frozenset[str]]:
    """A clause's content words less the light ones, split into the lowercase ones and the
    capitalised ones (names; a common word opening a sentence goes with them): two reports
    of one date are one event when they share a lowercase one or two names ("won Rhode
    Island"), not one name alone (a place, a show) or a light word ("said")."""
    words = _WORD.findall(clause)
    lower = " ".join(w for w in words if not w[0].isupper())
    upper = " ".join(w for w in words if w[0].isupper())
    return (
        frozenset(t for t in content_terms(lower) if t not in _LIGHT_TERMS),
        frozenset(t for t in content_terms(upper) if t not in _LIGHT_TERMS),
    )
