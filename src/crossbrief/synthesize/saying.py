"""Verbs of saying as synthesis reads them on a sentence's text: words of the quote lexicon
(analyze/quotes/lexicon.py), in the inflections it generates, so that a verb added there
is spelled the same here; only the lists whose meaning differs from the lexicon's are kept
apart, each named for that meaning.

The lexicon's reporting verbs are wider than saying: they include stances and acts that
carry a quote ("supported", "ordered", "released", "named"), which are events in a fact or a
timeline. So synthesis names the lexicon verbs whose act is speaking or writing itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE, REPORTING_BASES

# Verbs whose act is speaking or writing words: a sentence with one tells a statement, and
# a time next to it is the statement's ("police said on Monday"), not the event's.
_SAYING_WORDS = """say tell announce confirm deny warn claim insist admit state declare reveal
    report explain add note ask urge reply suggest argue disclose acknowledge write post
    tweet comment testify indicate quote cite"""
SAYING = frozenset(_SAYING_WORDS.split())
# Plans and forecasts, not in the lexicon's sense of carrying a quote: what is expected,
# planned or predicted has not happened, so it is no event and its day is not the event's.
_PLANNING_WORDS = "expect plan propose predict estimate"
PLANNING = frozenset(_PLANNING_WORDS.split())


def forms(bases: Iterable[str]) -> frozenset[str]:
    """Every inflection the lexicon generates of ``bases`` (each one of its reporting verbs;
    a word it does not know is an error, not a silent gap)."""
    wanted = frozenset(bases)
    unknown = wanted - REPORTING_BASES
    if unknown:
        raise ValueError(f"not reporting verbs of the quote lexicon: {sorted(unknown)}")
    return frozenset(form for form, base in FORM_TO_BASE.items() if base in wanted)


def past_forms(bases: Iterable[str]) -> frozenset[str]:
    """The past forms among ``bases``' inflections ("said", "urged", "written"): neither the
    base, nor a form in -s or -ing."""
    wanted = frozenset(bases)
    return frozenset(f for f in forms(wanted) if f not in wanted and not f.endswith(("s", "ing")))
