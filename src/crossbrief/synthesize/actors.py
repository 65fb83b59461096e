"""Who acts in a sentence, as far as synthesis can tell without a parse: the fact similarity
(``paraphrase``) reads it to keep two people's acts apart however alike their wording.

- A sentence that opens with a person's name tells what that person did or said; one that
  opens with a plural description resolved to people ("The two leaders urged ...",
  ``entities.plurals``) tells what that group did.
- A sentence in the first person inside someone's direct quotation ('... adding: "I hope
  so. I cannot go into the specifics."') is that speaker's own words: its "I" is the speaker.
- A place named in a person's title ("Velmoran President Ann Lee", "Orsk's
  Prime Minister Tom Varga") is that person's role, not a place the sentence tells of.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.analyze.titles import PERSON_TITLES, RANKS
from crossbrief.model import Entity
from crossbrief.synthesize.entities.plurals import GroupMention, resolve_plurals
from crossbrief.synthesize.quoted_speakers import QuotedSpeakers
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_fronted import OPENERS
from crossbrief.synthesize.text import first_person

_PRONOUN = re.compile(r"he|she", re.I)

_WORDLIKE = re.compile(r"\w")
# between a place and the person it titles: a possessive and spaces ("Israel's Prime ...")
_TITLE_GAP = re.compile(r"(?:['\u2019]s)?\s*")
_PLACES = {"GPE", "NORP", "LOC"}
# A short opening phrase set off by a comma before the subject ("On Sunday, ", "Earlier, ",
# "After the talks, "): the person right after it is who acts.
_FRONTED = re.compile(r"[^\w]*(?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+,\s+")
# A conjunction opening a clause whose subject is the person right after it ("While Lee
# spoke, ...", "But Lee said ..."): that person acts in it.
_CONJUNCTION = re.compile(
    r"[^\w]*(?:(while|when|as|after|before|although|though|because|since|once|until|unless)|"
    r"but|and|yet)\s+",
    re.I,
)
# Where a subordinate clause ends, the main clause's own subject may follow ("After Lee
# resigned, Kim was named ..."): then that person, not the clause's, acts.
_CLAUSE_END = re.compile(r",\s*")
# A title of up to six words right before the name ("Republican presidential nominee Ann
# Lee", "Sen. Tom Reed"), after such a fronted phrase or none: the titled person acts.
_TITLED = re.compile(
    r"[^\w]*(?:(?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+,\s+)?((?:[\w.'\u2019-]+\s+){1,6})"
)
# a date opens a sentence in capitals as a title does ("On Monday Ann Lee ...")
_WHEN = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December"
)
# Words that qualify an office written after them ("former", "state" senator, "police"
# chief, "health" minister): part of a title, never its last word, and no title alone
# ("Voters backed former senator Tom Reed": "former" makes no title of the words before it).
_QUALIFIERS = frozenset(
    [
        "former", "late", "acting", "interim", "vice", "prime", "foreign", "defence", "defense",
        "justice", "state", "interior", "finance", "trade", "ports", "health", "special", "top",
        "senior", "newly-minted", "police",
    ]
)  # fmt: skip
# The offices and ranks a title ends in ("deputy", "chief" also qualify one: "Deputy Mayor");
# "the" is a determiner, no title word.
_OFFICES = (PERSON_TITLES | RANKS | {"candidate", "nominee"}) - _QUALIFIERS - {"the"}
_TITLE_WORDS = _OFFICES | _QUALIFIERS
# The office words written right before a person's name ("the former foreign minister
# Ann Lee", "Secretary-General"): they refer to the person, as the name does, and are no
# words of what the sentence tells of them; they end in an office ("former" alone is none).
_ANY = "|".join(sorted(_TITLE_WORDS, key=len, reverse=True))
_OFFICE = "|".join(sorted(_OFFICES, key=len, reverse=True))
TITLE_BEFORE = re.compile(
    rf"(?<![\w'-])(?:(?:{_ANY})\.?(?:-(?:{_ANY}))?\s+)*(?:(?:{_ANY})-)?(?:{_OFFICE})\.?\s+$", re.I
)
# A title before a name ends in an office, an optional full stop and white space: a text
# whose end (ASCII, so ``re.I`` folds it as ``str.lower`` does) is no office is left as it
# is without trying TITLE_BEFORE at each of its characters, the costly part of the terms.
_OFFICE_ENDS = tuple(o + dot for o in sorted(_OFFICES) for dot in ("", "."))
_LONGEST_END = max(map(len, _OFFICE_ENDS)) + 1


def without_title(between: str) -> str:
    """``between`` without the title that ends it (TITLE_BEFORE), unchanged where none."""
    body = between.rstrip()
    if len(body) == len(between):
        return between  # TITLE_BEFORE ends in white space
    tail = body[-_LONGEST_END:]
    if tail.isascii() and not tail.lower().endswith(_OFFICE_ENDS):
        return between
    return TITLE_BEFORE.sub("", between)


@dataclass(frozen=True)
class Leads:
    """Per story sentence: the person it opens with or is quoted from (``lead``), whether
    that lead is a quotation's speaker (``quoted``), every entity it names or refers to as
    a group (``named``), and the people a plural description opening it stands for
    (``group``, empty where it opens with none)."""

    lead: list[str | None]
    quoted: list[bool]
    named: list[set[str]]
    group: list[frozenset[str]]

    def leaders(self, k: int) -> frozenset[str]:
        """Who acts in sentence ``k``: its lead person, else its opening group (empty if
        neither)."""
        lead = self.lead[k]
        return frozenset({lead}) if lead is not None else self.group[k]


@dataclass(frozen=True)
class Openings:
    """A story's person titles (``title_places``) and resolved plural descriptions
    (``entities.plurals``), read once per story: the fact terms and the sentence leads both
    need them, and each reading scans every article."""

    titles: dict[tuple[str, int], int]  # (article, person mention start) -> its title's place
    plurals: list[GroupMention]


def read_openings(story: Story, entities: Sequence[Entity]) -> Openings:
    """The story's ``Openings`` (person titles and plural descriptions)."""
    return Openings(_titles(story, entities), resolve_plurals(story, entities))


def title_places(
    story: Story, entities: Sequence[Entity], openings: Openings | None = None
) -> set[tuple[str, int]]:
    """(article, start) of the place mentions that open a person's title: a country or
    nationality right before a person's mention, with at most a possessive between
    (``openings``: read here when not given)."""
    titles = _titles(story, entities) if openings is None else openings.titles
    return {(article, place) for (article, _), place in titles.items()}


def _titles(story: Story, entities: Sequence[Entity]) -> dict[tuple[str, int], int]:
    """(article, person mention start) -> start of the place mention opening its title."""
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            by_article[m.article].append((m.start, m.end, e.type))
    out = {}
    for article, spans in by_article.items():
        text = story.by_id[article].article.text
        spans.sort()
        for (start, end, kind), (after, _, next_kind) in pairwise(spans):
            if (
                kind in _PLACES
                and next_kind == "PERSON"
                and after >= end
                and _TITLE_GAP.fullmatch(text[end:after])
            ):
                out[(article, after)] = start
    return out


def _subject_after(text: str, end: int, people: list[tuple[int, str]], who: str) -> bool:
    """Whether another person opens the main clause right after the comma that ends the
    subordinate clause a mention ending at ``end`` is in ("After Lee resigned, Kim ...")."""
    comma = text.find(",", end)
    after = _CLAUSE_END.match(text, comma) if comma >= 0 else None
    return after is not None and any(
        start == after.end() and other != who for start, other in people
    )


def sentence_leads(
    story: Story, entities: Sequence[Entity], openings: Openings | None = None
) -> Leads:
    """Each sentence's lead: the person whose mention opens it (only quote marks or brackets
    before it, or a short phrase set off by a comma that names no one: "On Sunday, Velmoran
    President Brenn urged ...", or a conjunction opening the clause the person is the
    subject of: "While Brenn spoke, ...", "But Brenn said ...", unless another person
    opens the main clause after the subordinate clause's comma: "After Lee quit, Kim ...";
    a place opening the person's title is part of it), else a plural description opening
    it that names people (``entities.plurals``), else, for a sentence in the first person
    that opens inside a direct quotation begun earlier, the quotation's speaker when that
    speaker is a person of the story; a sentence opening on "he" or "she" as a quotation's
    speaker is led by the person the analysis resolved it to ("He said ...", a story
    person's ``Quote.speaker_name``) (``openings``: read here when not given)."""
    openings = openings or read_openings(story, entities)
    n = len(story.sentences)
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    named: list[set[str]] = [set() for _ in range(n)]
    lead: list[str | None] = [None] * n
    first = [-1] * n  # where each sentence's first mention starts
    person = [-1] * n  # and its first person's
    people: list[list[tuple[int, str]]] = [[] for _ in range(n)]  # (where, who) of each
    titles = openings.titles
    for e in entities:
        for m in e.mentions:
            k = where.get((m.article, m.sentence))
            if k is not None and (first[k] < 0 or m.start < first[k]):
                first[k] = m.start
            if k is not None and e.type == "PERSON" and (person[k] < 0 or m.start < person[k]):
                person[k] = m.start
            if k is not None and e.type == "PERSON":
                people[k].append((titles.get((m.article, m.start), m.start), e.id))
    for e in entities:
        for m in e.mentions:
            k = where.get((m.article, m.sentence))
            if k is None:
                continue
            named[k].add(e.id)
            s = story.sentences[k]
            if e.type != "PERSON" or m.start < s.start:
                continue
            opening = titles.get((m.article, m.start), m.start)
            text = story.by_id[s.article].article.text
            head = text[s.start : opening]
            if (
                not _WORDLIKE.search(head)
                or (opening <= first[k] and _FRONTED.fullmatch(head))
                or (
                    opening <= first[k]
                    and (conjunction := _CONJUNCTION.fullmatch(head)) is not None
                    and not (conjunction.group(1) and _subject_after(text, m.end, people[k], e.id))
                )
                or (m.start <= person[k] and _titled(head))
            ):
                lead[k] = e.id
    group: list[frozenset[str]] = [frozenset()] * n
    plurals = openings.plurals
    for g in plurals:
        k = where.get((g.article, g.sentence))
        if k is None:
            continue
        named[k].update(g.members)
        s = story.sentences[k]
        text = story.by_id[s.article].article.text
        if g.start >= s.start and not _WORDLIKE.search(text[s.start : g.start]):
            group[k] = frozenset(g.members)
    quoted = [False] * n
    speakers = QuotedSpeakers(entities, plurals)
    # a relay ("according to the AP") passes on another's words: its medium says no "I"
    direct = {
        a.article.id: [q for q in a.quotes if q.kind != "indirect" and not q.relays]
        for a in story.articles
    }
    for k, s in enumerate(story.sentences):
        if lead[k] is not None or group[k]:
            continue
        # "He said the pier would reopen": the pronoun opening the sentence stands for the
        # speaker the analysis resolved it to
        opening = s.start + len(s.text) - len(s.text.lstrip(OPENERS))
        resolved = next(
            (
                q
                for q in story.by_id[s.article].quotes
                if q.speaker_start == opening and q.speaker_name
            ),
            None,
        )
        if resolved is not None and _PRONOUN.fullmatch(resolved.speaker_text or ""):
            lead[k] = speakers.of(s.article, resolved)
            if lead[k] is not None:
                continue
        if not first_person(s.text):
            continue  # a runaway quotation can span narrative; only "I" is surely the speaker
        for q in direct[s.article]:
            if q.start < s.start < q.end:
                lead[k] = speakers.of(s.article, q)
                if lead[k] is None:
                    group[k] = speakers.group_of(s.article, q)
                quoted[k] = lead[k] is not None or bool(group[k])
                break
    return Leads(lead, quoted, named, group)


def _titled(head: str) -> bool:
    """Whether ``head`` (a sentence's words before a person's name) is a title of that
    person, after an opening phrase set off by a comma or none ("Vermont Sen.", "In the
    race, former senator"): every word is part of the title, and it ends in an office, or
    every word is capitalised, none a stop word or a date (places, parties, bodies:
    "Northland Harbour Board Chairman" where the name holds the office; not "On Monday")."""
    m = _TITLED.fullmatch(head)
    if m is None:
        return False
    words = m.group(1).split()
    if all(_capitalised(w) for w in words):
        return True
    if _office_word(words[-1]) not in _OFFICES:
        return False
    # right to left: a lower-case word qualifies the title only before a lower-case word of it
    lower_title = words[-1].islower()
    for n in range(len(words) - 2, -1, -1):
        w = words[n]
        if _office_word(w) in _TITLE_WORDS or (
            _modifier(w, lower_title) and not (n and _plural(words[n - 1]))
        ):
            lower_title = w.islower()
        elif _capitalised(w) or (n == 0 and w.lower() == "the"):
            lower_title = False
        else:
            return False
    return True


def _office_word(word: str) -> str:
    """``word`` as the title sets hold it: lower case, no abbreviation's point, and a
    hyphened title by its last part ("Secretary-General")."""
    word = word.rstrip(".").lower()
    return word if word in _TITLE_WORDS else word.rsplit("-", 1)[-1]


def _capitalised(word: str) -> bool:
    """A capitalised word that is no stop word or date: a place, party or body in a title."""
    return word[0].isupper() and word.lower() not in STOP_WORDS and not _WHEN.fullmatch(word)


def _modifier(word: str, before_title: bool) -> bool:
    """Whether ``word`` qualifies the lower-case title words after it (``before_title``:
    "board chairman", "presidential nominee"): a lower-case word, no stop word nor past
    form, which is a verb before a name's title ("backed senator", "arrested the")."""
    return before_title and word.islower() and word not in STOP_WORDS and not word.endswith("ed")


# plural subjects a present-tense verb follows ("Police arrest senator Jan Novak")
_COLLECTIVE = frozenset({"police", "people", "staff", "crew", "public"})


def _plural(word: str) -> bool:
    """Whether ``word`` is a plural noun ("Rivals", "crowds", "Police"): a lower-case word
    after it is its present-tense verb ("Rivals attack governor"), no title word; a
    singular noun before one is a title's ("Harbour board chairman")."""
    low = word.lower()
    return low in _COLLECTIVE or (
        low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in _TITLE_WORDS
    )


def lead_pairs(
    story: Story, entities: Sequence[Entity], openings: Openings | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of sentences led by different people (a group counting as its members), none
    of either's named in the other sentence (``different_leads``), and the subset of those
    where one lead is a quotation's speaker: a quoted "I cannot go into the specifics" is
    the speaker's own act, which another person's act does not report however close the
    wording (``openings``: read here when not given)."""
    leads = sentence_leads(story, entities, openings)
    n = len(story.sentences)
    other = np.zeros((n, n), dtype=bool)
    own = np.zeros((n, n), dtype=bool)
    who = [leads.leaders(k) for k in range(n)]
    led = [k for k in range(n) if who[k]]
    for a, i in enumerate(led):
        for j in led[a + 1 :]:
            pi, pj = who[i], who[j]
            # one shared member ("Lee and Brenn" / "Lee") may tell one act
            if (
                pi.isdisjoint(pj)
                and pi.isdisjoint(leads.named[j])
                and pj.isdisjoint(leads.named[i])
            ):
                other[i, j] = other[j, i] = True
                if leads.quoted[i] or leads.quoted[j]:
                    own[i, j] = own[j, i] = True
    return other, own


def different_leads(story: Story, entities: Sequence[Entity]) -> np.ndarray:
    """Pairs of sentences that open with (or are quoted from) different people, neither
    named in the other.

    A sentence that opens with a person's name is, in news prose, about what that person did
    or said ("Sorel thanked the coast guard ...", "Hrynchenko said the ship had lost engine
    power ..."): two such sentences about two people report two acts or statements, however
    many words of the story they share ("ship", "storm", "bank"). Where one sentence also
    names the other's person ("Varga met Brenn" / "Brenn told Varga") they may tell one
    event, and are left to the other evidence.
    """
    return lead_pairs(story, entities)[0]
