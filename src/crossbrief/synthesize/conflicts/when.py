"""Date conflicts: one event given two times that cannot both be true ("were arrested on
Tuesday" / "were arrested Wednesday"; "was ousted in 2002" / "was ejected in 2003").

A time dates an event only where it modifies the event's verb: the time expression follows
the verb in its clause (or, after "in", stands right before it: "voters in 2009 approved"), at most a preposition ("on", "in", "at", "during") and a few words of
object or phrase between them ("arrested by police on Tuesday", "ejected from the sect in
2003"; an article or a possessive is no word of that gap: "shot Lee twice in the chest on
Sunday"), and nothing after it makes it a noun's modifier ("in 2002 elections"); a participle
right after a preposition ("on injured reserve") is a noun's modifier, no event verb. The
source a sentence closes on ("..., Lee said.") names no actor of the event. Only explicit
times count: a weekday, a year, a month of a year, a full date, a month and day in an
undated article ("April 9", of no known year), and "last year" in an article whose date
gives its year; "last week", "the twelfth day" or "more than 10 days"
date no one day. Verbs of saying ("said Wednesday", "announced
Wednesday that ...") are left out: outlets quote different statements of different days.

Two such times are of one event when the verbs are the same (or of one class: "ousted",
"ejected", "expelled"; a verb of occurring is its subject's event, "the murder took place",
and a blow told as fatal a killing: ``date_events``) and the sentences are of different
reports (``Story.versions``) and tell the same thing: related as the figure conflicts relate
sentences (``context.related_pairs``, its strong pairs: one fact group, a pair grouping kept
apart only for its figures, or similar words); a killing needs only loosely related
sentences (half that similarity) that name one person after their verbs, since a person dies
once. The same verb and subject alone are not enough: people
leave, vote and meet again ("Varga left for Orsk Saturday" / "Varga left Brenn on Sunday
for Velmora"). Two sentences that each name someone or something but share no name
tell of two events ("When Hurricane Ivo destroyed the clinic in 1998" / "the clinic,
destroyed in Hurricane Lena in 2005"); nor do two that each name after the verb a person
the other does not name (its opponent, victim or agent: "Lee won Orsk in 2008 over
Hale" / "in 2012 over Brenn"; a person before it may be the other's pronoun), or whose
subjects differ in number or in a word of a series ("Two men were arrested on Tuesday" /
"A third man was arrested on Wednesday", "another man").

The times cannot both be true when, at the precision both give, they name different days,
months or years: a year against a full date compares years; weekdays compare by name, and by
resolved day where both articles are dated, only within the same week of publication (two
weeks' reports may tell two arrests); a day of no known year compares with another day by
month and day only ("April 9" against "April 8, 2012"); a weekday compares with a full date
only as the day it resolves to in a dated article, and never with a year or a month (a
weekday tells this week's news, a year mostly an earlier event: "won on Tuesday" / "won the
state in 2008"). An
event that one report itself dates twice ("arrested in May and again in June") recurs, and
is no conflict anywhere in the story; a sentence that also gives the other's time elsewhere
("won a prize in 2005 for hosting the Orsk Awards in 2004" against "won an Orsk Award in 2004")
does not deny it, unless that time is of a statement ("arrested on Tuesday, police said on
Wednesday").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.analyze.timex.words import ORDINALS
from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.conflicts.context import MATCH, EntityIndex, Sentences, related_pairs
from crossbrief.synthesize.conflicts.date_events import date_event
from crossbrief.synthesize.conflicts.explicit_times import LAST_YEAR, YEARLESS
from crossbrief.synthesize.conflicts.explicit_times import explicit_time as _explicit
from crossbrief.synthesize.conflicts.moments import Moments
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.saying import PLANNING, SAYING, past_forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold, stem

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|\d[\d,.]*|[^\sA-Za-z\d]")
_POSSESSIVE_S = re.compile(r"['\u2019]s\b")  # compiled once: tried for every time
# the preposition that may stand between an event verb and the time that dates it
_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
# words between a verb and its time that end the search: a clause opener or a finite "be" or
# "have" (the time then belongs to another clause or to a state: "he was in Paris in 2002")
_SAID = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes"})
_AUXILIARIES = frozenset(
    {"is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would"}
)
_BOUNDS = frozenset(
    {"and", "but", "or", "that", "which", "who", "whom", "whose", "while", "when", "where"}
    | {"after", "before", "because", "as", "if", "since", "until", "than", "between", "from"}
    | _AUXILIARIES
    | _SAID  # a time of saying
)
# words before an event verb that make its event one more of a series ("a third man was
# arrested", "another man was arrested", "two more men were arrested"): not the same event
_SERIES = frozenset({"another", "further", "other", "more", *ORDINALS})
_SINGULAR = frozenset({"was", "is", "has"})
_PLURAL = frozenset({"were", "are", "have"})
# words that may stand between an auxiliary and its participle ("was later arrested")
_BETWEEN = frozenset({"been", "being", "not", "never", "also", "later", "then", "again"})
# words that open the clause of an event verb's subject
# words that open the clause of an event verb's subject ("police said another man was ...")
_OPENERS = _BOUNDS - _AUXILIARIES - {"and", "or"}
# words that make the -ing word after them a noun ("at the meeting on Wednesday")
_DET = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my"})
# prepositions that spaCy's stop words lack: a year followed by one ends its phrase ("named
# in 1994 amid a strike"), where a year followed by a noun modifies it ("in 2002 elections")
_PREPOSITIONS_AFTER = frozenset(
    {"amid", "amidst", "despite", "following", "alongside", "ahead", "prior", "via", "atop"}
    | {"pending", "unlike", "notwithstanding"}
)
# a participle right after one of these prepositions modifies the noun after it ("placed
# on injured reserve", "held in armed custody"), no event verb; "by" and "after" take a
# gerund or an agent, not a participle
_ADJECTIVE_AFTER = frozenset({"on", "in", "at", "into", "onto", "under", "with", "of"})
# "..., Ilse Marn said." or "..., said Ilse Marn.": the source a sentence closes on
_SOURCE_TAIL = re.compile(
    r",\s+(?:[^,]{1,50}?\s)?(?:said|says|told\s+\S+|added)\W*$|,\s+(?:said|says)\s[^,]{1,50}$"
)
GAP = 5  # words of object or phrase at most between a verb and its time
# participles that do not end in -ed
_IRREGULAR = frozenset(
    {"born", "held", "won", "shot", "struck", "hit", "met", "left", "sworn", "taken", "took"}
    | {"found", "caught", "fled", "sent", "sold", "bought", "built", "began", "begun", "chosen"}
    | {"given", "thrown", "stolen", "beaten", "slain", "elected", "freed", "seen", "stabbed"}
)
# verbs of saying and of planning: the day of a statement or a plan, not of the event; a
# report's publication and a schedule are that too, but carry no quote, so the quote
# lexicon the shared lists come from does not hold them
_SAYING = frozenset(stem(w) for w in past_forms(SAYING | PLANNING) | {"published", "scheduled"})


@dataclass(frozen=True)
class Stamp:
    """An explicit time attached to an event verb in one sentence."""

    sentence: int  # index into story.sentences
    article: str
    event: str  # the verb's class ("arrest", "expel") or stem
    verb: str  # as written
    text: str  # the time as written ("Tuesday", "2002")
    precision: str  # "weekday", "year", "month", "day"
    value: str | None  # resolved ISO value ("2009-01-06", "2002"), None for an undated weekday
    weekday: int | None  # 0 Monday .. 6 Sunday, for a weekday
    named: frozenset[str]  # entities named anywhere in its sentence
    # every explicit time of its sentence, attached to a verb or not: (precision, value, weekday)
    told: tuple[tuple[str, str | None, int | None], ...] = ()
    people: frozenset[str] = frozenset()  # the people among ``named``
    after: frozenset[str] = frozenset()  # the people named after its verb ("over Hale")
    series: frozenset[str] = frozenset()  # words of a series in its subject ("third")
    number: str | None = None  # its subject's: "one", "many", None where not told


def _verb(words: Sequence[str]) -> int | None:
    """Where in ``words`` (its sentence up to the time) the event verb a time right after
    them dates stands."""
    k = len(words) - 1
    if k >= 0 and fold(words[k]) in _PREPOSITIONS:
        k -= 1
    stop = k - GAP - 1
    n = k + 1
    while n - 1 > max(stop, -1):
        n -= 1
        w = words[n]
        low = fold(w)
        if not low[:1].isalpha():
            return None  # punctuation or a number ends the clause
        if low in _BOUNDS:
            return None
        if low in _DET:
            stop -= 1  # an article or a possessive is no word of the gap ("in the chest")
            continue
        if w.islower() and (low in _IRREGULAR or _participle(low)):
            if n > 0 and fold(words[n - 1]) in _ADJECTIVE_AFTER:
                # "on injured reserve": a noun's modifier, no part of the gap; the verb is
                # further back ("placed Lee on injured reserve Tuesday")
                stop -= 2
                continue
            return n
        if low.endswith("ing") and w.islower() and (n == 0 or fold(words[n - 1]) not in _DET):
            return None  # a gerund's time ("charged with selling fake tickets on May 1")
    return None


def _said(words: Sequence[str]) -> bool:
    """Whether a time right after ``words`` dates a statement ("police said on Wednesday"):
    a verb of saying within ``GAP`` words before it, no punctuation or other verb between."""
    for w in reversed(words[-GAP - 2 :]):
        low = fold(w)
        if not low[:1].isalpha():
            return False
        if low in _SAID or stem(low) in _SAYING:
            return True
        if w.islower() and (low in _IRREGULAR or _participle(low)):
            return False  # "said he was arrested Wednesday": the arrest's time
    return False


# Words in -ed that are no participle.
_NOT_PARTICIPLES = frozenset({"hundred", "kindred"})


def _participle(word: str) -> bool:
    """Whether a lower-case word may be a regular past participle ("arrested"): not one in
    -eed ("speed") nor "hundred"."""
    return (
        len(word) > 4
        and word.endswith("ed")
        and not word.endswith("eed")
        and word not in _NOT_PARTICIPLES
    )


def _attached(text: str, t: TimeExpr, low: int, bare: bool) -> tuple[str, list[str]] | None:
    """The verb the time ``t`` modifies in the sentence starting at ``low``, if any, with the
    words of its sentence before it; ``bare``: whether it may follow its verb with no
    preposition (a weekday: "arrested Wednesday")."""
    if _POSSESSIVE_S.match(text[t.end : t.end + 3]):
        return None  # "at Monday's meeting": a noun's time
    rest = _WORD.findall(text[t.end : t.end + 40])
    if rest:
        nxt = fold(rest[0])
        if nxt[:1].isalpha() and nxt not in STOP_WORDS and nxt not in _PREPOSITIONS_AFTER:
            before = _WORD.findall(text[low : t.start])
            led = fold(t.text).split()[:1] == ["in"] or (before and fold(before[-1]) == "in")
            if led and rest[0].islower() and (nxt in _IRREGULAR or _participle(nxt)):
                # "voters in 2009 approved": a time between a subject and its verb dates it
                return nxt, before[:-1] if before and fold(before[-1]) == "in" else before
            return None  # "in 2002 elections": a noun's modifier
        if nxt in {"and", "or", "to", "through", "-"} and len(rest) > 1 and rest[1][:1].isdigit():
            return None  # a range or a choice of years
    before = _WORD.findall(text[low : t.start])
    led = fold(t.text).split()[:1] == ["in"]  # "in 2002" as one expression
    if not (bare or led) and not (before and fold(before[-1]) in _PREPOSITIONS):
        return None  # "the 2002 vote", "Reed, 2003": no verb's time
    n = _verb(before)
    return None if n is None else (before[n], before[:n])


def _subject(words: Sequence[str]) -> tuple[frozenset[str], str | None]:
    """The words of a series and the grammatical number ("one", "many") of the subject of
    an event verb, from ``words``, its sentence before the verb: the subject's clause runs
    back to a punctuation mark or a clause opener, and its number is the auxiliary's right
    before the verb ("were arrested"), None where there is none ("police arrested")."""
    clause: list[str] = []
    for w in reversed(words):
        low = fold(w)
        if not low[:1].isalnum() or low in _OPENERS:
            break
        clause.append(low)
    number = None
    for k, low in enumerate(clause):
        if low in _BETWEEN or low.endswith("ly") or low == "to":
            continue
        if low == "have" and clause[k + 1 : k + 2] == ["to"]:
            continue  # "is thought to have met": no auxiliary of the subject's number
        number = "one" if low in _SINGULAR else "many" if low in _PLURAL else None
        break
    return frozenset(w for w in clause if w in _SERIES), number


def stamps(story: Story, entities: EntityIndex) -> list[Stamp]:
    """Every explicit time of the story attached to an event verb."""
    index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    out = []
    for a in story.articles:
        out.extend(_article_stamps(a, index, entities))
    return out


def _article_stamps(
    a: AnalyzedArticle, index: Mapping[tuple[str, int], int], entities: EntityIndex
) -> list[Stamp]:
    text = a.article.text
    where = Sentences(a)
    out = []
    told: dict[int, list[tuple[str, str | None, int | None]]] = defaultdict(list)
    for t in a.times:
        low = a.sentences[where.index(t.start)].start
        if (found := _explicit(t)) is not None and not _said(_WORD.findall(text[low : t.start])):
            told[where.index(t.start)].append(found)
    people: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for m in entities.people.get(a.article.id, ()):
        if (eid := entities.of(a.article.id, m.start, m.end)) is not None:
            people[where.index(m.start)].append((m.start, eid))
    for t in a.times:
        found = _explicit(t)
        if found is None:
            continue
        precision, value, weekday = found
        si = where.index(t.start)
        sent = a.sentences[si]
        # a weekday or "last year" may follow its verb bare ("arrested Wednesday")
        bare = precision == "weekday" or bool(LAST_YEAR.match(fold(t.text).strip()))
        found_verb = _attached(text, t, sent.start, bare)
        if found_verb is None:
            continue
        verb, before = found_verb
        at = text.rfind(verb, sent.start, t.start)
        fronted = at < 0  # "voters in 2009 approved"
        # the source a sentence closes on ("..., Lee said.") is no actor of its event
        source = _SOURCE_TAIL.search(text, sent.start, sent.end)
        told_end = source.start() if source else sent.end
        if stem(fold(verb)) in _SAYING:
            continue
        between = "" if fronted else text[at + len(verb) : t.start]
        prior = before[-1] if before else ""
        event = date_event(verb, before, between, text[t.end : t.end + 12], prior)
        if event is None:
            continue  # "it happened on Tuesday": no event to match
        out.append(
            Stamp(
                index[(a.article.id, si)],
                a.article.id,
                event,
                verb,
                t.text,
                precision,
                value,
                weekday,
                frozenset(entities.in_sentence(a.article.id, sent.start, told_end)),
                tuple(told[si]),
                frozenset(eid for at, eid in people[si] if at < told_end),
                frozenset(
                    eid
                    for at, eid in people[si]
                    if (t.end if fronted else text.rfind(verb, 0, t.start)) < at < told_end
                ),
                *_subject(before),
            )
        )
    return out


def resolved_day(s: Stamp) -> str | None:
    """The day a time resolves to where its text does not spell the day out with its year
    ("Saturday", "Jan. 7": what two such times disagree on is their days); None for a time
    that writes its year ("2002", "March 3, 2003") or resolves to no one day."""
    if s.value is None or len(s.value) != 10 or re.search(r"\d{4}", s.text):
        return None
    if s.value.startswith(YEARLESS):
        return None  # no day the analysis resolved: the month and day are as written
    return s.value


def _days(x: str, y: str) -> int:
    """The days between two ISO dates (their first ten characters), either order."""
    return abs((dt.date.fromisoformat(x[:10]) - dt.date.fromisoformat(y[:10])).days)


def differ(x: Stamp, y: Stamp, days: Mapping[str, str | None]) -> bool | None:
    """Whether two times of one event cannot both be true; None where they do not compare."""
    if x.precision == "weekday" or y.precision == "weekday":
        if x.precision == y.precision == "weekday":
            px, py = days.get(x.article), days.get(y.article)
            if px and py and _days(px, py) > 6:
                return None  # two weeks' reports: maybe two events
            if x.value and y.value:
                return x.value != y.value
            return x.weekday != y.weekday
        weekday, other = (x, y) if x.precision == "weekday" else (y, x)
        if weekday.value is None or other.precision != "day" or other.value is None:
            return None  # a weekday is this week's: a year or a month is of another time
        return weekday.value != other.value
    if x.value is None or y.value is None:
        return None
    if x.value.startswith(YEARLESS) or y.value.startswith(YEARLESS):
        # a day of no known year compares only with another day, by month and day
        if x.precision != "day" or y.precision != "day":
            return None
        return x.value[5:] != y.value[5:]
    n = min(len(x.value), len(y.value))
    return x.value[:n] != y.value[:n]


def _states(x: Stamp, y: Stamp, days: Mapping[str, str | None]) -> bool:
    """Whether ``x``'s sentence also gives ``y``'s time ("won a prize in 2005 for hosting the
    Orsk Awards in 2004" does not deny "won an Orsk Award in 2004")."""
    return any(
        differ(replace(x, precision=p, value=v, weekday=w), y, days) is False for p, v, w in x.told
    )


def _one_death(a: Stamp, b: Stamp) -> bool:
    """Whether two loosely related sentences tell one killing: a person dies once, so two
    killings that name one person after their verbs ("shot Lee ..., killing her" / "the
    murder took place ... in Lee's car") are one event, however differently told."""
    return a.event == b.event == "kill" and bool(a.after & b.after)


def date_conflicts(
    story: Story,
    groups: Sequence[FactGroup],
    entities: EntityIndex,
    dates: Mapping[str, str | None] | None = None,
    blocked: Collection[tuple[int, int]] = (),
) -> list[list[Stamp]]:
    """Sets of times of one event that cannot all be true, each in story order."""
    found = stamps(story, entities)
    if len(found) < 2:
        return []
    days = Moments(story, dates).day
    # an event one report dates twice recurs ("arrested in May and again in June")
    told: dict[tuple[str, str], list[Stamp]] = defaultdict(list)
    for s in found:
        told[(story.versions[s.article], s.event)].append(s)
    recurring = {
        event
        for (_, event), ss in told.items()
        if any(differ(a, b, days) for k, a in enumerate(ss) for b in ss[k + 1 :])
    }
    found = [s for s in found if s.event not in recurring]
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for n, s in enumerate(found):
        by_sentence[s.sentence].append(n)
    related = {
        (i, j): need for i, j, need in related_pairs(story, groups, list(by_sentence), blocked)
    }
    parent = list(range(len(found)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    disagree: set[int] = set()
    for x in range(len(found)):
        for y in range(x + 1, len(found)):
            a, b = found[x], found[y]
            if a.event != b.event or story.versions[a.article] == story.versions[b.article]:
                continue
            need = related.get((min(a.sentence, b.sentence), max(a.sentence, b.sentence)))
            if need is None or (need != MATCH and not _one_death(a, b)):
                continue
            if _states(a, b, days) or _states(b, a, days):
                continue  # aligned with the wrong partner: the sentence gives both times
            if a.named and b.named and not (a.named & b.named):
                continue  # each names its own actors: two events ("George", "Katrina")
            if (a.after - b.people) and (b.after - a.people):
                continue  # other people in each event: "won over Hale" / "over Brenn"
            if a.series != b.series or (a.number and b.number and a.number != b.number):
                continue  # another of a series, or other people: "two men" / "a third man"
            verdict = differ(a, b, days)
            if verdict is None:
                continue
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
            if verdict:
                disagree.add(min(rx, ry))
    sets: dict[int, list[Stamp]] = defaultdict(list)
    for n, s in enumerate(found):
        sets[find(n)].append(s)
    roots = {find(r) for r in disagree}
    return [sorted(sets[r], key=lambda s: s.sentence) for r in sorted(roots)]
