"""Age conflicts: "Hale, 22" / "21-year-old Ivo Brenn" against another age for the
same person in another article.

An age belongs to the person named right before it ("Name, 21,"), right after it
("21-year-old Name") or in an apposition ("Name, a quiet 21-year-old"); an unnamed
"the 22-year-old student" in a sentence that names nobody belongs to the one person the
sentence before it names, as a reader would take it. A name the age directly modifies holds
it whatever type the NER gave it ("the 36-year-old Hollis had", Hollis tagged a place). People are the NER's person mentions
and the mentions synthesis' entities found where the NER missed a known name. People
are matched across articles by story entity when synthesis found one, else by surname.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.conflicts.context import EntityIndex, Sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# NER sometimes tags a name followed by an age apposition as an ORG ("Pasley, 20,")
PERSON_LIKE = frozenset({"PERSON", "ORG"})
# Name types an age may modify though the NER did not take them for a person ("the 36-year-old
# Hollis had", Hollis tagged a place); a nationality ("the 29-year-old Velmoran") is a word for
# someone, not a name, and dates or numbers are no one.
_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# Between a name and its age in an apposition: ", a quiet " (no clause break)
# Between an age and its holder's name: "21-year-old Matthew", "22-year-old student Anna"
_NEXT_TO = re.compile(r"^\s*(?:[a-z]+\s+){0,2}$")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\b[^,;:()\"]*$", re.I)
# "an 11-year-old", "a 15-year-old": an indefinite article right before an age: someone not
# named before
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:\d{1,3}[\s-]*(?:and|or|to)\s+)?$", re.I)
# several people, not the one named before: a number word or plural determiner before the age
# ("two 11-year-old boys", "9- and 11-year-old"), or after it an irregular plural noun or a
# word a plural verb agrees with ("11-year-old twins were"); a word's "-s" alone is as often
# a verb ("the 11-year-old faces two charges")
_SEVERAL_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|both|"
    r"several|many|some|these|those|\d{1,3}-?\s+and)\s+(?:other\s+)?$",
    re.I,
)
# What may follow a name that heads its noun phrase ("the 36-year-old Hollis had", "... Hollis,
# of"): punctuation or a verb; a name before a noun only modifies it ("the 36-year-old Velmora
# teacher"). The verbs are auxiliaries and the inflected forms ("-ed", "-s") news uses there.
_HEAD_ENDS = re.compile(
    r"\s*(?:[,.;:!?)\"]|$|(?:was|is|had|has|have|will|would|could|can|did|does|may|might|"
    r"must|should|said|says|told|[a-z]+ed|[a-z]+s)\b)"
)
_PLURAL = re.compile(r"\s+(?:children|people|men|women|[a-z]{2,}\s+(?:were|are)\b)\b")
# "21-year-old", or a bare number set off by commas after a name ("Hale, 22,")
_AGE = re.compile(r"\b(\d{1,3})-year-old\b|(?<=,\s)(\d{1,3})(?=[,)]|$)", re.I | re.M)


@dataclass(frozen=True)
class Age:
    """One stated age, with the person it belongs to."""

    article: str
    sentence: int  # in its article
    value: str
    start: int
    name: str  # the person's name as written


def _person_before(people: Sequence[Mention], offset: int, text: str) -> Mention | None:
    for m in people:
        if m.type in PERSON_LIKE and m.end <= offset and not text[m.end : offset].strip(" ,"):
            return m
    return None


def _people_in(people: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in people if m.type == "PERSON" and start <= m.start < end]


def _holder(
    a: AnalyzedArticle,
    where: Sentences,
    people: Sequence[Mention],
    entities: EntityIndex,
    start: int,
    t: int,
) -> Mention | None:
    """The person an "N-year-old" at ``start``-``t`` describes."""
    si = where.index(t)
    sent = a.sentences[si]
    text = a.article.text
    here = _people_in(people, sent.start, sent.end)
    after = [m for m in here if m.start >= t and _NEXT_TO.match(a.article.text[t : m.start])]
    if after:
        return after[0]
    # the name the age directly modifies, even one the NER typed as a place or organisation:
    # the age is that name's, not that of someone named before
    named = min(
        (
            m
            for m in a.mentions
            if m.type in _NAMED and t <= m.start < sent.end and _NEXT_TO.match(text[t : m.start])
        ),
        key=lambda m: m.start,
        default=None,
    )
    if named is not None and _HEAD_ENDS.match(text, named.end):
        return named
    before = [m for m in here if m.end <= start]
    if before and _APPOSITION.match(a.article.text[before[-1].end : start]):
        return before[-1]
    if here or si == 0 or _someone_new(a.article.text, start, t):
        return None
    prev = a.sentences[si - 1]
    before = _people_in(people, prev.start, prev.end)
    ids = {entities.of(a.article.id, m.start, m.end) or fold(m.text) for m in before}
    return before[-1] if len(ids) == 1 else None


def _someone_new(text: str, start: int, end: int) -> bool:
    """Whether an unnamed "N-year-old" at ``start``-``end`` introduces someone not named
    before: after "a" or "an" ("a 9-year-old boy"), after a number word or plural
    determiner ("two 11-year-old boys") or before a plural noun ("11-year-old children"),
    unlike "the 22-year-old student", who is someone already named."""
    before = text[max(0, start - 20) : start]
    return bool(
        _INDEFINITE.search(before) or _SEVERAL_BEFORE.search(before) or _PLURAL.match(text, end)
    )


def _people(a: AnalyzedArticle, entities: EntityIndex) -> list[Mention]:
    """NER mentions, and known people's names the NER missed, in text order."""
    found = list(a.mentions)
    # the NER mentions by start, with the furthest end among each prefix of them: some
    # mention overlaps a name when one starting before the name's end ends after its start
    spans = sorted((m.start, m.end) for m in a.mentions)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    for p in entities.people.get(a.article.id, []):
        k = bisect_left(starts, p.end)
        # role descriptions ("the president") are not names an age can attach to
        if p.text[:1].isupper() and not (k and reach[k - 1] > p.start):
            found.append(p)
    return sorted(found, key=lambda m: (m.start, m.end))


def ages(story: Story, entities: EntityIndex) -> dict[str, list[Age]]:
    """Every stated age, by the key of the person it belongs to."""
    found: dict[str, list[Age]] = defaultdict(list)
    for a in story.articles:
        text = a.article.text
        where = Sentences(a)
        people = _people(a, entities)
        # ages are read off the text: time analysis (TIMEX3) does not tag them
        for m_age in _AGE.finditer(text):
            who: Mention | None = None
            start, end = m_age.span()
            if m_age.group(1):
                age = m_age.group(1)
                who = _holder(a, where, people, entities, start, end)
            else:
                age = m_age.group(2)
                who = _person_before(people, start, text)
            if who is None or not 0 < int(age) < 120:
                continue
            key = entities.of(a.article.id, who.start, who.end)
            if key is None:
                key = fold(who.text).split()[-1] if len(who.text.split()) > 1 else fold(who.text)
            found[key].append(Age(a.article.id, where.index(start), age, start, who.text))
    return found


# Days between two reports beyond which a birthday may well fall between them: a month (at
# one day apart, ages a year apart are far more likely a slip than a birthday).
_BIRTHDAY_GAP_DAYS = 30


def grown(found: Sequence[Age], days: Mapping[str, str | None]) -> bool:
    """Whether a person's ages are one year apart, every younger age of a dated report told
    at least ``_BIRTHDAY_GAP_DAYS`` before every older one of a dated report ("26" in
    January, "27" in September): the person may have had a birthday between, so the reports
    do not disagree. An undated report telling one of the two ages may be from either side
    of the birthday; but both ages need a dated report, and the older may not come first."""
    values = sorted({int(f.value) for f in found})
    if len(values) != 2 or values[1] - values[0] != 1:
        return False
    young = [d for f in found if int(f.value) == values[0] and (d := days.get(f.article))]
    old = [d for f in found if int(f.value) == values[1] and (d := days.get(f.article))]
    if not (young and old):
        return False
    latest_young = max(dt.date.fromisoformat(d[:10]) for d in young)
    earliest_old = min(dt.date.fromisoformat(d[:10]) for d in old)
    return (earliest_old - latest_young).days >= _BIRTHDAY_GAP_DAYS


def age_conflicts(
    story: Story, entities: EntityIndex, days: Mapping[str, str | None] | None = None
) -> list[list[Age]]:
    """Ages of one person that differ across articles, each list in article order; with
    ``days`` (each article's day, where known), not ages a birthday between explains
    (``grown``)."""
    by_key = ages(story, entities)
    names = sorted(by_key)
    merged = {key: list(by_key[key]) for key in names}
    # "Wang" alone joins the full name holding that word that most articles use
    for key in names:
        fuller = [
            other
            for other in names
            if other != key
            and any(
                fold(key) in fold(f.name).split() for f in by_key[other] if len(f.name.split()) > 1
            )
        ]
        if fuller and key in merged:
            best = max(fuller, key=lambda o: (len({f.article for f in by_key[o]}), o))
            if best in merged:
                merged[best] += merged.pop(key)
    out = []
    for _key, found in sorted(merged.items()):
        if len({f.article for f in found}) > 1 and len({f.value for f in found}) > 1:
            if days is not None and grown(found, days):
                continue
            out.append(sorted(found, key=lambda f: (f.article, f.sentence, f.value, f.start)))
    return out
