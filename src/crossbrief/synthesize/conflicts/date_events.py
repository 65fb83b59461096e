"""Which event a dated verb tells, for date conflicts (``when``): the verb's class ("ousted",
"ejected" and "expelled" tell one expulsion) or its stem, with two readings of the words
around it:

- a verb that only tells that something took place ("took place", "happened", "occurred")
  tells the event its subject names: "The murder took place on April 9" is a killing, as
  "was murdered on April 8" is, and "the vote took place on Tuesday" is no date of "the
  funeral took place on Monday"; with no such noun ("it happened on Tuesday") it tells no
  event that can be matched;
- a shot or a stabbing told as fatal ("fatally shot", "shot dead", "shot her on Sunday,
  killing her") is the killing: the day someone was killed, which another report may give
  as "killed on Monday".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.text import fold, stem

# verbs of one event class: "ousted" and "ejected" tell one expulsion
CLASSES = {
    stem(w): cls
    for cls, words in {
        "expel": "ousted ejected expelled excommunicated",
        "arrest": "arrested detained apprehended",
        "kill": "killed slain murdered",
    }.items()
    for w in words.split()
}
# verbs that say only that an event took place ("took place" with its "place")
_OCCURRED = frozenset({"happened", "occurred"})
_TOOK = frozenset({"took", "taken"})
# words between a subject and such a verb: auxiliaries, a hedge of report ("was believed to
# have happened", "is thought to have occurred")
_BETWEEN = frozenset(
    {"is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "to"}
    | {"said", "thought", "believed", "reported", "alleged", "understood", "known", "also"}
    | {"actually", "then", "later", "first"}
)
# words that open a clause before a subject, and prepositions that end the subject's head
_OPENERS = frozenset(
    {"that", "which", "who", "when", "where", "while", "after", "before", "because", "as"}
    | {"if", "since", "and", "but", "or", "said", "says", "say"}
)
_PREPOSITIONS = frozenset({"of", "for", "on", "in", "at", "against", "by", "near", "outside"})
# determiners before a subject's noun: a word in "-ly" after one is that noun ("the rally")
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
    | {"my", "your", "every", "each", "another", "one", "first", "last", "latest", "second"}
)
# nouns in "-ly" that head an event's subject after an adjective too ("its annual rally")
_LY_NOUNS = frozenset({"rally", "assembly", "family", "anomaly", "reply", "supply", "homily"})
# blows that kill when the text says so
_BLOWS = frozenset({"shot", "stabbed"})
_FATAL_AFTER = re.compile(r"^,?\s*killing\b")  # "shot her on Sunday, killing her"


def date_event(
    verb: str, before: Sequence[str], between: str, after: str, prior: str = ""
) -> str | None:
    """The event a time dates through ``verb``: its class or stem; the subject's noun of a
    verb of occurring (``before``: the words of its sentence before the verb); "kill" for a
    fatal blow (``between``: the text from the verb to the time; ``after``: the text right
    after the time; ``prior``: the word right before the verb, "fatally"). None where a verb
    of occurring has no noun for a subject ("it happened")."""
    low = fold(verb)
    words = fold(between).split()
    if low in _OCCURRED or (low in _TOOK and words[:1] == ["place"]):
        return _subject_event(before)
    if low in _BLOWS and (
        fold(prior) == "fatally" or words[:1] == ["dead"] or _FATAL_AFTER.match(fold(after))
    ):
        return "kill"
    s = stem(low)
    return CLASSES.get(s, s)


def _subject_event(before: Sequence[str]) -> str | None:
    """The event noun heading the subject of a verb of occurring, as a class or stem: the
    last word of the subject's clause before any phrase it takes ("The murder of Lee",
    "the attack on the base"), past the auxiliaries ("is thought to have")."""
    words = [fold(w) for w in before]
    k = len(words)
    while k > 0 and (words[k - 1] in _BETWEEN or _adverb(words, k - 1)):
        k -= 1
    start = k
    while start > 0 and words[start - 1][:1].isalpha() and words[start - 1] not in _OPENERS:
        start -= 1
    clause = words[start:k]
    cut = next((n for n, w in enumerate(clause) if n and w in _PREPOSITIONS), len(clause))
    head = clause[cut - 1] if cut else ""
    if not head.isalpha() or head in STOP_WORDS:
        return None  # "it happened", "which took place": no noun to match
    s = stem(head)
    return CLASSES.get(s, s)


def _adverb(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]``, ending in "-ly", is an adverb between a subject and its verb
    ("the vote reportedly took place"), not a noun in "-ly" heading the subject ("the rally",
    "the assembly", "the family"): one of the few nouns in "-ly" of events and gatherings
    (``_LY_NOUNS``) or a word right after a determiner is the noun ("it reportedly
    happened" keeps its adverb)."""
    word = words[n]
    if not word.endswith("ly") or word in _LY_NOUNS:
        return False
    return not (n and words[n - 1] in _DETERMINERS)
