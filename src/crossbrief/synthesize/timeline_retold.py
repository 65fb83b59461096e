"""One article telling one event twice on one day: a news report often opens with the event
and tells it again further down, naming the same parties ("the harbour board of Velmora
lost its appeal on Tuesday ..." and later "Before the Marsh Court judges on Tuesday, the
harbour board of Velmora failed to ..."). The timeline's merge pairs one report per article
with an entry, so the retelling would stand as a second entry of the day. Two events of one day in
one article ("the families filed a suit on Monday" and "a rights group filed another suit on
Monday") seldom share so many names, so the test is strict: many names in common, and a
word that tells the event."""

from __future__ import annotations

from crossbrief.synthesize.event_words import event_words
from crossbrief.synthesize.text import content_terms

# Name words (capitalised content words, ``event_words``) two sentences of one article must
# share, none a place's nor a day's or month's, to tell one event: enough for two or three
# names of several words ("Countryside Alliance", "Hunting Act", "Court of Appeal"). On the
# DUC 2004 clusters and the read BBC stories, of 44 pairs of an article's reports of one day
# alike as the merge asks, the one with the most such names had 5 and was one event; the
# next had 4 (a claim of an attack and arrests after it: two events).
RETOLD_NAMES = 5

_CALENDAR = frozenset(
    content_terms(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
        "April May June July August September October November December"
    )
)


def retold(first: str, second: str, places: frozenset[str]) -> bool:
    """Whether two sentences of one article (their texts) tell one event as far as their
    words show: at least ``RETOLD_NAMES`` name words in common that are no place's and no
    day's or month's, and a lowercase content word that is not light (``event_words``). The
    caller asks too that their clauses are alike as the timeline's merge does."""
    a, b = event_words(first), event_words(second)
    names = (a[1] & b[1]) - places - _CALENDAR
    return len(names) >= RETOLD_NAMES and bool(a[0] & b[0])
