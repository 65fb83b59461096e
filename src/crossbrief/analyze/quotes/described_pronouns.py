"""A "he" or "she" cue whose speaker the writer only described: '"...," said a senior
Velmora port official. "... . ...," he added.' The pronoun stands for that official, whom
the article never names, so its quote is filed under the description as written rather
than under no one, as English news style writes an unnamed source: described once, then
"he" or "she" until someone else is named."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from crossbrief.analyze.quotes.people import People
from crossbrief.analyze.quotes.proxies import PROXY_NOUNS
from crossbrief.model import Quote

__all__ = ["described_speakers"]

# The pronouns that may go on about one described person.
_SINGULAR = {"he": False, "she": True}


def described_speakers(quotes: Sequence[Quote], people: People) -> list[Quote]:
    """The quotes, each whose "he" or "she" speaker no name was found for given, as its
    speaker name, the description of the unnamed person who spoke just before: the speaker
    of another quote, in the sentence before the pronoun's quote opens or in the same one,
    with no person named outside quote marks in between and of a gender the pronoun
    allows. A named person in between takes the pronoun (the usual search)."""
    out = []
    for q in quotes:
        female = _SINGULAR.get((q.speaker_text or "").strip().lower())
        if q.speaker_name is None and female is not None and q.speaker_start is not None:
            found = _description_before(quotes, people, q, q.speaker_start, female)
            if found is not None:
                q = replace(q, speaker_name=found)
        out.append(q)
    return out


def _description_before(
    quotes: Sequence[Quote], people: People, q: Quote, at: int, female: bool
) -> str | None:
    """The description, as written, of the person last mentioned outside quote marks before
    offset ``at`` when that person is unnamed, of a gender ``female`` allows, mentioned in
    the sentence where the run of quotes ``q`` ends opens or the one before, and the speaker
    of an earlier quote."""
    k = bisect.bisect_left(people.starts, at)
    j = next((i for i in range(k - 1, -1, -1) if not people.quoted[i]), None)
    if j is None or people.names[j] is not None or not people.subject[j]:
        return None  # a named person comes between: theirs is the pronoun
    if people.female[j] is not None and people.female[j] != female:
        return None
    start = people.starts[j]
    # a run of quoted paragraphs closed by one cue opens where its first quote does
    opens = min(p.start for p in quotes if p.speaker_start == at)
    if _sentence(people, opens) - _sentence(people, start) not in {0, 1}:
        return None  # too far back: the pronoun may have turned to anyone since
    for p in quotes:
        if p is q or p.speaker_start is None or p.speaker_end is None:
            continue
        if p.speaker_start <= start < p.speaker_end and p.end <= q.start:
            # "A spokeswoman for the Velmora Guild said ... She added": hers, as written,
            # never the Guild's own words; one only described, as written too
            return p.speaker_name if p.speaker_name and not _speaks_for(p) else p.speaker_text
    return None


def _speaks_for(p: Quote) -> bool:
    """The quote's speaker phrase names one who speaks for another ("a spokeswoman for the
    Guild", "Ann Lee's aide"): a pronoun after it stands for that one, as written."""
    return any(w in PROXY_NOUNS for w in (p.speaker_text or "").lower().split())


def _sentence(people: People, at: int) -> int:
    """The index of the sentence holding article offset ``at``."""
    return bisect.bisect_right(people.sentences, at) - 1
