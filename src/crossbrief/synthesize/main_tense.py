"""Whether a sentence's main clause tells the present: its main predicate (the analysis's
``Act``, not one a verb of saying reports) in the present or the present perfect ("has been
banned", "is held", "hopes", "now chairs"), read from the few words before it in the text
outside a side phrase. A sentence told in the present tells how things stand now, so a year
in a side phrase of it (a relative clause's "which went bust in 2031") dates that phrase,
not the sentence."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle

# Auxiliaries of the present and the present perfect ("has been banned", "are held").
_PRESENT_AUX = frozenset(
    {"has", "have", "is", "are", "am", "hasn't", "haven't", "isn't", "aren't", "'s", "'re"}
)
# Auxiliaries of the past, and modals (whose time the modal, not the tense, tells).
_OTHER_AUX = frozenset(
    {
        *("was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"),
        *("will", "would", "could", "should", "might", "may", "can", "must", "shall"),
        *("won't", "wouldn't", "couldn't", "shouldn't", "cannot", "to"),
    }
)
# How many words before the predicate may hold its auxiliary ("has not yet been banned").
_AUX_WINDOW = 4
# Endings of words in -s that are no present verb's third person ("process", "bus", "this").
_NOT_THIRD_PERSON = ("ss", "us", "is", "ous", "'s", "\u2019s")
_WORDS = re.compile(r"[\w'\u2019]+")


def present_main(a: AnalyzedArticle, sentence: int, outside: str) -> bool:
    """Whether sentence ``sentence`` of ``a`` tells its main act in the present or the
    present perfect, judged on ``outside`` (its text less the side phrase). False when
    the analysis kept no acts, when no main act stands in ``outside``, or when the act's
    form is past, modal or not clear ("banned" with no auxiliary)."""
    if a.acts is None:
        return False
    words = [w.lower() for w in _WORDS.findall(outside)]
    for act in a.acts:
        if act.sentence != sentence or act.reported:
            continue
        word = act.word.lower()
        if word not in words:
            continue  # the act of the side phrase, or one the parser took from elsewhere
        at = words.index(word)
        before = words[max(0, at - _AUX_WINDOW) : at]
        # the nearest auxiliary before the predicate tells its tense
        for aux in reversed(before):
            if aux in _PRESENT_AUX:
                return True
            if aux in _OTHER_AUX:
                return False
        return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_THIRD_PERSON)
    return False
