"""The vocabulary of crossbrief: one frozen dataclass per thing that flows through the pipeline.

    Article            what ingest reads: text plus metadata (source, title, date, path/url)
    AnalyzedArticle    what analysis adds, per article: sentences, mentions, quotes, times,
                       figures, headings, acts, clauses -- every span a pair of character
                       offsets into ``article.text``
    Brief              what synthesis makes of one story's analyzed articles

Every type converts to and from plain JSON-ready dicts (``to_dict``/``from_dict``) so that
analysis can run in another process or on another machine and synthesis can read it back.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, TypeVar

from crossbrief.model_acts import (
    Act,
    Clause,
    acts_from_dict,
    clauses_from_dict,
    headings_from_dict,
)
from crossbrief.model_conflicts import Conflict as Conflict
from crossbrief.model_conflicts import ConflictValue as ConflictValue
from crossbrief.model_who import WhoIsWho as WhoIsWho

SCHEMA_VERSION = "1"

MentionType = str  # spaCy entity labels: PERSON, ORG, GPE, NORP, LOC, FAC, ...
QuoteKind = Literal["direct", "indirect", "partial"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]

T = TypeVar("T")


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a flat dataclass from a dict, ignoring keys it does not know (forward compat)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Article:
    """One input article as read by ingest.

    ``id`` is unique within a run; ``published`` is an ISO date (YYYY-MM-DD) or None when the
    input carries no date.
    """

    id: str
    text: str
    source: str = ""
    title: str = ""
    published: str | None = None
    path: str | None = None
    url: str | None = None

    @property
    def words(self) -> int:
        """Whitespace-separated word count of the body."""
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Span:
    """A sentence: character offsets into the article text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Mention:
    """A named-entity mention (type is the NER label, e.g. PERSON, ORG, GPE)."""

    text: str
    start: int
    end: int
    type: MentionType

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Quote:
    """An attribution: the quoted or reported content, its cue and its speaker span.

    ``start``/``end`` bound the content (for direct quotes, inside the quote marks);
    ``speaker_start``/``speaker_end`` bound the speaker as written ("he", "Mr Varga"), and
    ``speaker_name`` is the nearest proper name the analyzer resolved it to in this article,
    when it could; for a "they", the group it stands for as the article names it ("Harbour
    workers", "Ann Lee and Tom Varga"), which need not be one entity; for a "he" or "she"
    after a speaker the article only describes, that description ("a senior port official").
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    # the cue is negated ("did not say", "never claimed"): the content was not said or held
    negated: bool = False
    # the source is a thing or an event ("Bent metal bars showed ..."): evidence or
    # narrative, not anyone's words
    inanimate_source: bool = False
    # the content is another attribution passed on by this source ('"...," Lee said,
    # according to the AP': the AP relays Lee's words): no words of the source's own
    relays: bool = False
    # the content carries no claim: no clause, no quoted words, no stated position ("found
    # him guilty", "told 200 people", "wants the trophy"); the ledger shows no line for it
    claimless: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class TimeExpr:
    """A time expression with its TIMEX3-style type and value.

    ``value`` is resolved against ``anchor`` (usually the article date); it is None when the
    expression could not be normalised. ``relative`` is the anchor-free form of a relative
    expression ("on Saturday" in the past tense, "two days ago"), so synthesis can resolve it
    against a date inferred later without parsing the text again
    (``crossbrief.analyze.times.resolve_relative``).
    """

    text: str
    start: int
    end: int
    type: TimeType
    value: str | None
    anchor: str | None = None
    relative: str | None = None
    tense: int = 0  # of its clause: -1 past, 1 future, 0 present or unknown
    # Whether its own verb is a past perfect ("had met on Tuesday"): told before the day
    # the narrative last told, which synthesis cannot see without the parse.
    perfect: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Figure:
    """A number with its unit as written ("43 million people" -> 43000000, "people")."""

    text: str
    start: int
    end: int
    value: float
    unit: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class AnalyzedArticle:
    """An article with everything per-article analysis found in it."""

    article: Article
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    figures: tuple[Figure, ...] = ()
    # Titles, section heads and standfirsts in the text (``analyze.paragraphs.heading_spans``):
    # they give no ledger line, fact or summary sentence, though analysis keeps their quotes.
    headings: tuple[Span, ...] = ()
    # Read from each sentence's parse: its main predicates (``analyze.acts``), its subjects and
    # whether it has a verb (``analyze.clauses``); None for an analysis saved before they were
    # read (synthesis then reads verbs and subjects from the text).
    acts: tuple[Act, ...] | None = None
    clauses: tuple[Clause, ...] | None = None

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        s = self.sentences[index]
        return self.article.text[s.start : s.end]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """The sentences' starts, listed once: synthesis looks sentences up by offset often."""
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (the last one before it)."""
        # sentences are in text order; bisection keeps per-time lookups cheap on long articles
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def to_dict(self) -> dict[str, Any]:
        data = self.article.to_dict()
        data["words"] = self.article.words
        data["sentences"] = [s.to_dict() for s in self.sentences]
        data["mentions"] = [m.to_dict() for m in self.mentions]
        data["quotes"] = [q.to_dict() for q in self.quotes]
        data["times"] = [t.to_dict() for t in self.times]
        data["figures"] = [f.to_dict() for f in self.figures]
        data["headings"] = [h.to_dict() for h in self.headings]
        for name in ("acts", "clauses"):  # left out when not read (None)
            if (rows := getattr(self, name)) is not None:
                data[name] = [r.to_dict() for r in rows]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnalyzedArticle:
        return cls(
            article=Article.from_dict(data),
            sentences=tuple(_from_dict(Span, s) for s in data.get("sentences", [])),
            mentions=tuple(_from_dict(Mention, m) for m in data.get("mentions", [])),
            quotes=tuple(_from_dict(Quote, q) for q in data.get("quotes", [])),
            times=tuple(_from_dict(TimeExpr, t) for t in data.get("times", [])),
            figures=tuple(_from_dict(Figure, f) for f in data.get("figures", [])),
            headings=headings_from_dict(data),
            acts=acts_from_dict(data),
            clauses=clauses_from_dict(data),
        )


# --- the brief -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceRef:
    """A citation: sentence ``sentence`` of article ``article``."""

    article: str
    sentence: int


@dataclass(frozen=True)
class BriefArticle:
    """An article as listed in the brief, with its sentence list so citations can be checked."""

    id: str
    source: str
    title: str
    published: str | None
    published_inferred: bool
    published_from: str | None
    path: str | None
    url: str | None
    words: int
    sentences: tuple[str, ...]
    # the id of the article listed before it whose text this one repeats (a copy sent twice,
    # byte for byte or with every sentence near-identical), so a reader counts it once
    same_as: str | None = None
    # the first version of the report this article re-sends with lines of its own (an update,
    # a retouched reprint: ``Story.versions``), counted with it as one witness; None for the
    # first version itself, for an article of its own and for a copy (``same_as`` says more)
    version_of: str | None = None


@dataclass(frozen=True)
class SummarySentence:
    text: str
    sources: tuple[SentenceRef, ...]
    support: int = 1


@dataclass(frozen=True)
class Alias:
    """One spelling of an entity, with the articles that used it and how often."""

    form: str
    articles: tuple[str, ...]
    count: int
    # How the form names the entity: "name" (a spelling), "acronym", "role" ("the minister"),
    # or a metonym of a country: "capital" ("Washington"), "demonym" ("the Russians").
    kind: str = "name"


@dataclass(frozen=True)
class EntityMention:
    article: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[Alias, ...]
    articles: tuple[str, ...]
    mentions: tuple[EntityMention, ...]


@dataclass(frozen=True)
class BriefQuote:
    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    article: str
    sentence: int
    also_in: tuple[str, ...] = ()
    # the sentence holding the words in each article of ``also_in``, in the same order
    also_sentences: tuple[int, ...] = ()
    disputed_speakers: tuple[str, ...] = ()
    # a claim the writer hedged with no one named ("reportedly", "is expected to"): listed
    # apart, never as someone's words
    hedged: bool = False
    # reported content whose cue is an act or a stance ("decided to", "is critical of"), not
    # a verb of speaking: a side someone took, never shown as their words
    position: bool = False
    # a negated cue ("did not believe", "never claimed"): shown with its negation, never as
    # what the speaker said or held
    negated: bool = False
    # a cue that denies its content ("denied that"): shown with its cue, never as what the
    # speaker said or held
    denial: bool = False
    # the medium that passed the words on, as written ("a Velmora Post account" for
    # '"...," Lee said, according to a Velmora Post account'); set only when every
    # outlet carrying the line had them from that medium, since the line cites them all
    via: str | None = None
    # an interview answer printed after "A:": the interviewee's own words as printed, with
    # no quotation marks, shown as an answer rather than as words reported of them
    answer: bool = False


@dataclass(frozen=True)
class Fact:
    """One fact told by several outlets: ``text`` its shown sentence, ``sources`` the
    sentences telling it, ``support`` their distinct outlets; ``attributed`` when the shown
    sentence carries someone's words (a quote ledger line or another outlet's copy of one),
    whatever the other sources are."""

    text: str
    sources: tuple[SentenceRef, ...]
    support: int
    attributed: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    # A TIMEX3 value at ``precision`` ("2024-03-05", "2024-W10", "2024-Q1"), or "XXXX-MM-DD"
    # for a day whose year no article gives (listed, never charted).
    date: str
    precision: str
    text: str
    article: str
    sentence: int
    expression: str
    anchor: str | None
    also_in: tuple[SentenceRef, ...] = ()
    # A weekday of no known week (precision "weekday"): -1 told in the past, 1 still to come,
    # 0 told in the present or not clear; 0 for any entry with a date.
    told: int = 0


@dataclass(frozen=True)
class Brief:
    """The brief of one story: the contract every renderer and outside tool reads."""

    articles: tuple[BriefArticle, ...]
    summary: tuple[SummarySentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[BriefQuote, ...] = ()
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    errors: tuple[dict[str, str], ...] = field(default=())
    # the people and bodies the summary names only by a short form ("Brenn", "NATO")
    who: tuple[WhoIsWho, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The brief as JSON-ready data, versioned; tuples become lists."""
        data: dict[str, Any] = {"crossbrief": SCHEMA_VERSION}
        data.update(_plain(dataclasses.asdict(self)))
        return data


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
