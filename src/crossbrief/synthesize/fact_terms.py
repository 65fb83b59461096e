"""The terms two sentences are compared by for the fact similarity (``paraphrase``).

Each sentence becomes a bag of terms in which every mention of a story entity is that
entity's id, whatever the spelling, title, role, capital or demonym the outlet used; the
other content words are reduced to a stem that also drops derivational suffixes; numbers
count, in words or in digits ("three" and "3" are one term: spaCy's stop list holds the
number words, and a figure is strong evidence of one fact); attribution words ("said",
"according") and the office words right before a person's name are no terms.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from crossbrief.model import Entity
from crossbrief.synthesize.actors import Openings, read_openings, title_places, without_title
from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.glosses import gloss_spans
from crossbrief.synthesize.saying import forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import content_term, possessor, stem, tokens

_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
_NUMBERS = {w: str(n) for n, w in enumerate(_NUMBER_WORDS)} | {
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100",
}  # fmt: skip
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
)  # fmt: skip
_ORDINALS = {w: f"#{n + 1}" for n, w in enumerate(_ORDINAL_WORDS)}
_DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Derivational endings dropped after the inflectional ones, longest first: "mediation" and
# "mediated" meet at "mediat", "neutrality" and "neutral" at "neutral".
_DERIVATIONAL = {
    "ations": "at",
    "ation": "at",
    "ities": "",
    "ity": "",
    "ments": "",
    "ment": "",
    "ness": "",
}


# Attribution words: nearly every news sentence has one, and two sentences that share only
# "said" and a name report different things. The verbs whose act is only giving words
# ("wrote", "tweeted", "added") are all such words, in every form; verbs of saying that also
# tell what was said ("denied", "announced", "disclosed", "admitted") are the fact's words.
# The 7 stories read in session 8: facts joining sentences that state no one claim 48 -> 46
# (two sentences sharing only an opening like "at one point, the aide wrote");
# bench/facts.py unchanged (every verb of saying: precision 0.967 -> 0.972, but "were not
# disclosed" splits from its fact). "Asserted", "contends" and "avers" only give words too: two
# sentences of one story that share one tell two claims of one speaker (session 18: of 324 fact
# groups on 15 development clusters, the one it changes joined two claims and is parted;
# bench/facts.py unchanged)
_GIVING_WORDS = "say tell explain add note reply write tweet comment assert contend aver"
_REPORTING = forms(_GIVING_WORDS.split()) | {"according", "statement", "stated", "quoted"}


# A closing attribution tag names who told it, not what happened ("..., a Velmora-based rights
# group reported.", "..., said the harbour board's press office."): two outlets citing one
# source for two different things share its name and gloss, and two citing two sources for
# one thing share none of it. The tag runs from the last comma to the sentence's end, as
# "<source> <verb>" or "<verb> <source>", with no comma inside (a clause after a comma would
# be the fact's own).
# "<verb> <source>" has no clause after the verb ("..., told him that the pier was shut.")
_TAG_VERBS = r"(?:said|says|reported|reports|added|wrote)"
_SOURCE = (
    r"(?:(?!\b(?:that|who|which|was|were|is|are|had|has|have|will|would|could|can|may|might"
    r"|should|must|did|does)\b|``|'')[^,;:\"\u201c\u201d])"
)
# the day the source spoke, after its verb ("..., company officials said Thursday.")
_TAG_DAY = (
    r"(?i:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today"
    r"|yesterday|tonight))?"
)
_ATTRIBUTION_TAG = re.compile(
    r",\s+(?:(?P<before>"
    + _SOURCE
    + r"{2,90}?)\s+(?:"
    + _TAG_VERBS
    + r"|told\s+\w+)"
    + _TAG_DAY
    + r"|(?P<verb>"
    + _TAG_VERBS
    + r"|according\s+to)\s+(?P<after>"
    + _SOURCE
    + r"{2,120}?))"
    r"\s*[.!?]?[\s\"'`\u201d\u2019)\]]*$"
)
# A source after its verb opens as a noun phrase does, on a determiner or a name ("said the
# board", "added Ann Lee"); else the verb is the fact's ("added to the register in 2001").
_SOURCE_OPENS = re.compile(
    r"(?:the|a|an|this|that|these|those|its|his|her|their|our|one|two|three|several|some|"
    r"many|both|another|other)\b|[A-Z]"
)
# After a verb that only gives words, the saying's own place or time ("..., said in a
# statement.", "..., wrote on Sunday."): its source stands before the comma.
_ONLY_SAYING = frozenset({"said", "says", "wrote"})
_SAYING_WHEN = re.compile(
    r"(?:in|at|on|from|during|after)\s|(?:today|yesterday|earlier|later|last|this)\b", re.I
)
# "According to plan": as planned, no source (but "according to the plan's critics" has one).
_NO_SOURCE = re.compile(
    r"(?:(?:the|its|his|her|their)\s+)?(?:plans?|schedule|tradition|custom)\b", re.I
)
# A source before its verb holds no clause: no subordinator ("after two men filed reports",
# "where she lived and wrote") and no finite verb, a past form after a word that may be its
# subject ("two fishermen filed ...", not "a retired judge" or "a Velmora-based group").
_CLAUSE = re.compile(
    r"\b(?:after|before|when|where|while|because|since|until|till|if|although|though|once|"
    r"unless|whereas)\b|(?<![\w-])(?!(?:the|a|an|its|his|her|their|our|one|two|three|"
    r"recently|newly|long|now|since)\b)\w+\s+(?<![\w-])\w{2,}ed\b",
    re.I,
)


def attribution_start(text: str) -> int:
    """Where a closing attribution tag begins in sentence ``text`` (its comma), or the text's
    length where it has none: a source before its verb holding no clause, or one after its
    verb opening as a noun phrase does (see the patterns' notes)."""
    m = _ATTRIBUTION_TAG.search(text)
    if m is None:
        return len(text)
    if m.group("before") is not None:
        tagged = not _CLAUSE.search(m.group("before"))
    else:
        after = m.group("after")
        tagged = (
            not _NO_SOURCE.fullmatch(after.strip())
            if m.group("verb").lower().startswith("according")
            else bool(
                _SOURCE_OPENS.match(after)
                or (m.group("verb").lower() in _ONLY_SAYING and _SAYING_WHEN.match(after))
            )
        )
    return m.start() if tagged else len(text)


@lru_cache(maxsize=1 << 16)
def root(word: str) -> str:
    """A stem with derivational suffixes also dropped (at least four letters kept)."""
    word = stem(word)
    for suffix, keep in _DERIVATIONAL.items():
        if len(word) >= len(suffix) + 4 and word.endswith(suffix):
            word = word[: -len(suffix)] + keep
            break
    if len(word) > 5 and word.endswith("e"):
        word = word[:-1]  # "declare" / "declared" -> "declar", as "declaration" does
    return word


def word_terms(text: str) -> list[str]:
    """The terms of text outside entity mentions: content-word roots and numbers."""
    # (``filter`` drops the "" of words with no term without a comprehension step per token)
    return list(filter(None, map(word_term, tokens(text))))


@lru_cache(maxsize=1 << 16)
def word_term(w: str) -> str:
    """One token's term, "" for none: a story repeats its words, so each is judged once."""
    token, w = w, possessor(w)  # "the board's vote" tells of the board, as "the board voted"
    if w in _NUMBERS:
        return _NUMBERS[w]
    if w in _ORDINALS:
        return _ORDINALS[w]
    if _DIGIT_ORDINAL.fullmatch(w):
        return f"#{int(w[:-2])}"
    if w.isdigit():
        return w
    if content_term(token) and w not in _REPORTING:  # a content word, not "it's" or "let's"
        return root(w)
    return ""


def sentence_terms(
    story: Story, entities: Sequence[Entity], openings: Openings | None = None
) -> list[list[str]]:
    """Each story sentence's terms, entity mentions replaced by their entity's id
    (``tagged_terms``)."""
    return tagged_terms(story, entities, openings)[0]


def tagged_terms(
    story: Story, entities: Sequence[Entity], openings: Openings | None = None
) -> tuple[list[list[str]], list[int], list[list[bool]]]:
    """Each story sentence's terms, entity mentions replaced by their entity's id, where
    in each the terms of its closing attribution tag begin (``attribution_start``; the
    number of its terms where it has none), and which of its terms stand inside a gloss
    (``glosses.gloss_spans``: an appositive after a person's name, a side clause, a
    description with a relative clause after any name).

    A place that opens a person's title ("Velmoran President Brenn") gives no term: it is
    the person's role, not a place the sentence tells of, and would tie every sentence
    naming the person with their title to sentences about that country. A plural
    description resolved to people ("the two leaders", ``entities.plurals``) is those
    people's terms, as a role description is its holder's: its "two" and "leaders" are no
    words of the fact. ``openings`` (titles and plural descriptions): read here when not
    given.
    """
    openings = openings or read_openings(story, entities)
    roles = title_places(story, entities, openings)
    of_country = capitals_of_countries(entities)
    spans: dict[tuple[str, int], list[tuple[int, int, tuple[str, ...], bool]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            eid = of_country.get(e.id, e.id)
            ids: tuple[str, ...] = () if (m.article, m.start) in roles else (eid,)
            spans[(m.article, m.sentence)].append((m.start, m.end, ids, e.type == "PERSON"))
    for g in openings.plurals:
        spans[(g.article, g.sentence)].append((g.start, g.end, g.members, False))
    out, marks, glossed = [], [], []
    for s in story.sentences:
        text = story.by_id[s.article].article.text
        mentions = sorted(spans[(s.article, s.index)], key=lambda m: (m[0], -m[1]))
        people = [e - s.start for b, e, _, p in mentions if p and s.start <= b < s.end]
        names = [(b - s.start, e - s.start) for b, e, _, _ in mentions if s.start <= b < s.end]
        cuts = [
            (s.start + a, s.start + b) for a, b in gloss_spans(text[s.start : s.end], people, names)
        ]
        words = _Words(text, cuts)
        pos = s.start
        tag = s.start + attribution_start(text[s.start : s.end])  # at a comma: no word cut
        mark: int | None = None
        # longest mention first where two overlap ("the Ukrainian president" over "Ukrainian")
        for start, end, ids, person in mentions:
            if start < pos or start >= s.end:
                continue
            if mark is None and start >= tag:
                words.add(pos, tag)
                pos, mark = tag, len(words.terms)
            # "Libyan leader Ann Lee": the title names her, as her name does
            words.add(pos, start, titled=person)
            words.name([f"@{eid}" for eid in ids], start)
            pos = end
        if mark is None:
            words.add(pos, tag)
            pos, mark = max(pos, tag), len(words.terms)
        words.add(pos, s.end)
        out.append(words.terms)
        marks.append(mark)
        glossed.append(words.inside)
    return out, marks, glossed


class _Words:
    """A sentence's terms in order, each marked inside a gloss or not (``cuts``: the
    glosses' character spans in the article's text)."""

    def __init__(self, text: str, cuts: Sequence[tuple[int, int]]) -> None:
        self.text, self.cuts = text, cuts
        self.terms: list[str] = []
        self.inside: list[bool] = []

    def _within(self, at: int) -> bool:
        return bool(self.cuts) and any(a <= at < b for a, b in self.cuts)

    def add(self, start: int, end: int, titled: bool = False) -> None:
        """The word terms of ``text[start:end]``, a person's title before ``end`` left out
        when ``titled``; a gloss's bounds cut the run so each piece is marked. An empty or
        reversed run (a mention the NER ran across the tag's comma ends past the tag) adds
        nothing: its words are the mention's, already given as its entity's id."""
        if start >= end:
            return
        if not self.cuts:  # most sentences hold no gloss: one run, none of it inside one
            piece = self.text[start:end]
            found = word_terms(without_title(piece) if titled else piece)
            self.terms += found
            self.inside += [False] * len(found)
            return
        bounds = sorted({start, end, *(x for c in self.cuts for x in c if start < x < end)})
        for k, (a, b) in enumerate(pairwise(bounds)):
            piece = self.text[a:b]
            if titled and k == len(bounds) - 2:  # the title stands right before the name
                piece = without_title(piece)
            found = word_terms(piece)
            self.terms += found
            self.inside += [self._within(a)] * len(found)

    def name(self, ids: Sequence[str], start: int) -> None:
        """A mention's entity ids, marked as the place it starts."""
        self.terms += ids
        self.inside += [self._within(start)] * len(ids)


def capitals_of_countries(entities: Sequence[Entity]) -> dict[str, str]:
    """The id of each row of a capital city -> its country's row, where the story names both:
    a fact told "in Moscow" by one outlet and of Russia by another is one fact, as a capital
    used for its country ("Moscow said") is read in the country's row."""
    known = countries()
    country_ids: dict[str, str] = {}
    for e in entities:
        entry = known.get(name_key(e.name))
        if entry and e.type in _PLACE_TYPES:
            country_ids.setdefault(entry[1], e.id)
    return {
        e.id: country_ids[key]
        for e in entities
        if e.type in _PLACE_TYPES
        and (key := name_key(e.name)) in country_ids
        and country_ids[key] != e.id
    }


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def merge_prefixes(terms: list[list[str]], shortest: int = 5) -> list[list[str]]:
    """Each word root replaced by the shortest root of the story it begins with (at least
    ``shortest`` letters): "declar" / "declarat", "neutral" / "neutralis"."""
    vocab = sorted({t for ts in terms for t in ts if t[0].isalpha()})
    canon: dict[str, str] = {}
    base: str | None = None
    for t in vocab:  # sorted: a prefix comes right before the words it begins
        if base is not None and t.startswith(base):
            canon[t] = base
        else:
            base = t if len(t) >= shortest else None
    return [[canon.get(t, t) for t in ts] for ts in terms]
