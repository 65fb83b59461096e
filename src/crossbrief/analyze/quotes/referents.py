"""Whom a surname or a "he"/"she" speaker may stand for, by position in the article: the
nearest earlier full name with that surname, never a person the speaker's own quote talks
about, and for "she" a woman named after a subject whose gender is unknown."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # people.py looks surnames up here; no import cycle at run time
    from crossbrief.analyze.quotes.people import Names, People


def surname(name: str | None) -> str:
    """The last word of a name, lower-cased ("" for none)."""
    return name.split()[-1].lower() if name and name.split() else ""


def nearest_full(people: People, word: str, before: int) -> str | None:
    """The full name of the person with the surname ``word`` named last before offset
    ``before`` ("Club official Ann Lee ... Lee said" is Ann Lee even where a Tom Lee is named
    more often, earlier or later in the article), else None."""
    # A plain scan: while the people are being gathered, those added per paragraph (names
    # the tagger missed) are not yet in text order.
    best, at = None, -1
    for start, name in zip(people.starts, people.names, strict=True):
        if at < start < before and name and " " in name and surname(name) == word:
            best, at = name, start
    return best


def subject_full_before(people: People, names: Names, word: str, before: int) -> str | None:
    """The full name a bare surname ``word`` at offset ``before`` stands for when the last
    mention of that surname in full before it names the subject of its clause ("Club
    official Peter Moss said ... '...,' Moss said": Peter Moss, even where a John Moss is
    named more often); None when that full mention is no subject ("his wife, Ann Lee"),
    which a later bare "Lee" need not be, or when there is none."""
    k = bisect.bisect_left(people.starts, before)
    for j in range(k - 1, -1, -1):
        name = people.names[j]
        if not name or surname(name) != word:
            continue
        at = bisect.bisect_left(names.starts, people.starts[j])
        mention = names.mentions[at] if at < len(names.starts) else None
        if mention is None or mention.start != people.starts[j] or " " not in mention.text:
            continue  # a bare mention decides nothing
        return name if people.subject[j] and " " in name else None
    return None


def quoted_surnames(names: Names, quote: tuple[int, int] | None) -> frozenset[str]:
    """Surnames of the people named inside a quote's own words ("'Ann Lee met them,' he
    said"): whom the speaker talks about, so never the "he" who says it."""
    if quote is None:
        return frozenset()
    start, end = quote
    k = bisect.bisect_left(names.starts, start)
    out = set()
    for m in names.mentions[k:]:
        if m.start >= end:
            break
        if m.type == "PERSON":
            out.add(surname(m.text))
    return frozenset(out)


def named_woman_after(people: People, found: int, before: int, others: frozenset[str]) -> int:
    """For a "she" whose nearest subject (mention ``found``) has no known gender: the latest
    mention of a known woman between that subject and the pronoun at ``before``, outside
    quotes and reported words ("Lee's speech followed one by his daughter Ann Lee. She
    said ..."), else ``found``; a name of unknown gender is no sign of a woman, a woman's
    first name or title is."""
    k = bisect.bisect_left(people.starts, before)
    for j in range(k - 1, found, -1):
        if (
            people.names[j]
            and people.gender(j) is True
            and not people.quoted[j]
            and not people.reported[j]
            and surname(people.names[j]) not in others
            and people.names[j] != people.names[found]
        ):
            return j
    return found


_JUNIOR = frozenset({"jr.", "jr"})


def junior(people: People, words: list[str], before: int) -> str | None:
    """For a speaker phrase of ``words`` that says "the younger" ("the younger Mr. Lee"):
    the person the article names with the surname of its last word and "Jr." after it ("Tom
    Lee Jr."), the son of the same name, the last before offset ``before`` or else the first
    after it (an article may give the son's full name only later); else None."""
    if not words or "younger" not in words:
        return None
    word = words[-1].removesuffix("'s")
    before_it, after_it = None, None
    for start, name in zip(people.starts, people.names, strict=True):
        parts = (name or "").lower().rstrip(",").split()
        if len(parts) > 2 and parts[-1] in _JUNIOR and parts[-2] == word:
            if start < before:
                before_it = name
            elif after_it is None:
                after_it = name
    return before_it or after_it


def titled_conjunct(head: Any, names: Names, offset: int) -> str | None:
    """The person named at the end of a second title joined by "and" to a subject title
    with no article ("Harbour Board president and chief executive Ann Lee said"): one
    person with two titles, whom the name names; None for "the mayor and Ann Lee" (two
    people: an article opens the first, or no title comes before the name)."""
    if any(c.dep_ == "det" for c in head.children):
        return None
    for c in head.children:
        if c.dep_ != "conj" or c.ent_type_ != "PERSON" or c.i < head.i:
            continue
        if not any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in c.subtree):
            return None  # no title before the name
        ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
        if ent is None:
            return None
        k = bisect.bisect_left(names.starts, offset + ent.start_char)
        if k < len(names.starts) and names.mentions[k].type == "PERSON":
            return names.mentions[k].text
    return None
