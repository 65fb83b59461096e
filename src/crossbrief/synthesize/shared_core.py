"""Whether two sentences telling two acts share what one fact is made of, not only the topic.

Two outlets telling one fact in two verbs ("lifted 37 people" / "37 people were rescued",
"arrested at the quay on Thursday" / "detained at the quay Thursday") share a participant
or a circumstance of it: a name the story rarely uses (a name in more sentences than the
story has articles is its topic), a figure, a named day, or a word the story uses in at most
``RAREST`` sentences (a detail told once: "the widow's complaint"). Sentences of one story
share its topic words and main names while telling different events of it: "The Brask Red
Cross sent boats with food to Velmora to join the relief effort" / "The harbour board
airlifted food to Velmora for the relief effort" tell two acts (``one_event.other_events``:
each has a verb read, neither's is a word of the other) and share a frequent place and words
the story uses in a sentence or so per article, which ``one_event`` accepts
(``RARE_SHARED``), but none of those: no fact (``without_topic_pairs``). Two acts of two
sentences naming different people, none in common (``fact_people``), share none of those as
part of one fact: "Tom Hale quit the wage panel on Thursday" / "Ann Lee was sacked from the
wage panel on Thursday" are two facts. Not judged: two sentences that open their articles (headline and lead tell the main event, each outlet in
its own verb), two worded close (``paraphrase.SURFACE``), and a reaction against a stance
("condemned" / "called it a crime": verbs of judging or saying differ from outlet to
outlet).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from crossbrief.analyze.timex.words import WEEKDAYS
from crossbrief.model import Entity
from crossbrief.synthesize.act_days import WEEKDAY_TERMS
from crossbrief.synthesize.one_event import Acts, other_events
from crossbrief.synthesize.predicates import predicates
from crossbrief.synthesize.saying import SAYING, forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import content_term, content_terms

if TYPE_CHECKING:  # the conflicts package imports ``facts``, which imports this module
    from crossbrief.synthesize.conflicts.readings import FigureValue

# A word the story uses in no more sentences than this names a detail it tells once or twice
# ("the widow's complaint", "a scarecrow"): two sentences sharing it tell that detail
RAREST = 3
# Verbs of reacting to or judging what happened (as ``summary_reactions`` reads them), as the
# stems ``predicates`` gives
_REACTING = frozenset(
    content_term(w)
    for w in [
        "condemned",
        "criticized",
        "criticised",
        "welcomed",
        "deplored",
        "denounced",
        "praised",
        "hailed",
        "protested",
        "reacted",
        "responded",
        "decried",
        "slammed",
        "applauded",
        "lamented",
    ]
)
# every form of a verb of saying, "call" among them ("calls it a pretext")
_SAYING_FORMS = forms(SAYING | {"call"})
_WORD = re.compile(r"[a-z]+")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
# the last two words before a time (a preposition such as "on" may stand between a verb of
# saying and its time: "said on Friday")
_BEFORE = re.compile(r"([a-z]+)\W+(?:([a-z]+)\W*)?$")
# the first word after a time, past a part of the day ("on Monday evening said")
_AFTER = re.compile(r"\W*(?:(?:morning|afternoon|evening|night)\W+)?([a-z]+)")
_TIME_PREPOSITIONS = frozenset({"on", "late", "early", "last", "this"})
# A figure: its dimension, the interval of sizes it allows in its base unit, and the noun
# it counts ("" where none)
FigureKey = tuple[str, float, float, str]


def without_topic_pairs(
    sim: np.ndarray,
    texts: Sequence[str],
    articles: Sequence[str],
    lead: Sequence[bool],
    close: np.ndarray,
    rare_names: Sequence[frozenset[str]],
    figures: Sequence[frozenset[FigureKey]],
    days: Sequence[frozenset[str]],
    acts: Sequence[Acts] | None = None,
    others: np.ndarray | None = None,
) -> np.ndarray:
    """``sim`` (a fact similarity of the story's sentences ``texts``) with 0 for the pairs of
    two articles' sentences that tell two acts (``one_event.other_events``: each tells one,
    neither's is a word of the other; not one telling a reaction and the other a stance,
    ``_one_stance``) and share no name of ``rare_names``, no figure of ``figures``
    (``one_figure``), no day of ``days`` (``named_days``) and no word in at most ``RAREST``
    of ``texts`` (a weekday's name apart: it is judged as a day); unless both open their
    articles (``lead``) or their wording is close (``close``, a boolean matrix). ``acts``:
    each sentence's acts from its parse (``one_event.story_acts``), where read. ``others``:
    a boolean matrix, True where the two sentences name different people
    (``fact_people.people_apart``): what they share (a name, a figure, a day, a rare word)
    is then no evidence of one fact, as two people's acts on one day are two facts."""
    n = len(texts)
    bags = [frozenset(content_terms(t)) for t in texts]
    used = Counter(w for bag in bags for w in bag)
    # what each sentence holds that two sentences of one fact share, as one incidence matrix:
    # rare names, named days and the story's rarest words (prefixed apart)
    held = [
        [f"@{e}" for e in names]
        + [f"#{d}" for d in dated]
        # a weekday is judged as a day (``named_days``, which leaves out the day of a
        # statement), not as one of the story's rare words
        + [w for w in bag if used[w] <= RAREST and w not in WEEKDAY_TERMS]
        for names, dated, bag in zip(rare_names, days, bags, strict=True)
    ]
    vocab: dict[str, int] = {}
    cols = [vocab.setdefault(x, len(vocab)) for row in held for x in row]
    rows = np.repeat(np.arange(n), [len(row) for row in held])
    incidence = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, max(len(vocab), 1)))
    shared = (incidence @ incidence.T).toarray() > 0
    article = np.unique(np.asarray(articles), return_inverse=True)[1]
    leads = np.asarray(lead, dtype=bool)
    judged = np.triu(sim > 0, k=1) & (article[:, None] != article[None, :])
    # what two sentences about different people share is no part of one fact
    apart = np.zeros_like(shared) if others is None else others
    judged &= ~(leads[:, None] & leads[None, :]) & ~close & (~shared | apart)
    out = sim.copy()
    for i, j in zip(*np.nonzero(judged), strict=True):
        if not apart[i, j] and one_figure(figures[i], figures[j]):
            continue
        a, b = (acts[i], acts[j]) if acts else (None, None)
        if other_events(texts[i], texts[j], a, b) and not _one_stance(texts[i], texts[j], a, b):
            out[i, j] = out[j, i] = 0.0
    return out


def _reacts(text: str, acts: Acts = None) -> bool:
    """Whether ``text`` tells a reaction as its act: a verb of judging as one of its acts
    from the parse (``acts``, where given) or of its predicates read from the text
    ("condemned", "have decried"; not the noun "protests")."""
    if acts is not None:
        return _acts_react(acts)
    return _text_reacts(text)


@lru_cache(maxsize=1 << 13)
def _acts_react(acts: frozenset[str]) -> bool:
    """Whether one of the act words ``acts`` is a verb of judging."""
    return any(content_term(w) in _REACTING for w in acts)


@lru_cache(maxsize=1 << 13)
def _text_reacts(text: str) -> bool:
    """Whether a verb of judging is one of the predicates read from ``text``."""
    return not predicates(text).isdisjoint(_REACTING)


def _stance(text: str, acts: Acts = None) -> bool:
    """Whether ``text`` tells a stance: a reaction (``_reacts``) or a verb of saying in any
    form ("calls it a pretext", "said")."""
    return _reacts(text, acts) or _says(text)


@lru_cache(maxsize=1 << 13)
def _says(text: str) -> bool:
    """Whether ``text`` has a verb of saying in any form."""
    return not _SAYING_FORMS.isdisjoint(_WORD.findall(text.lower()))


def _one_stance(a: str, b: str, acts_a: Acts = None, acts_b: Acts = None) -> bool:
    """Whether one of ``a`` and ``b`` tells a reaction and the other a stance (``_stance``):
    a stance on another act is told in verbs of judging or saying that differ from outlet to
    outlet ("condemned the raid" / "called the raid a crime"), not an act to compare."""
    return (_reacts(a, acts_a) and _stance(b, acts_b)) or (
        _reacts(b, acts_b) and _stance(a, acts_a)
    )


def one_figure(a: frozenset[FigureKey], b: frozenset[FigureKey]) -> bool:
    """Whether a figure of ``a`` and one of ``b`` can be one figure: one dimension, sizes
    that overlap ("about 16 percent" / "16 percent"), and, for a small count ("four men"),
    one counted noun: small counts recur across a story's events ("two men", "three days")."""
    return any(
        x[0] == y[0]
        and x[1] <= y[2]
        and y[1] <= x[2]
        and (not _small(x) or (x[3] != "" and x[3] == y[3]))
        for x in a
        for y in b
    )


def _small(key: FigureKey) -> bool:
    """Whether ``key`` is a count below ``conflicts.figures.SMALL``."""
    # imported here: the conflicts package imports ``facts``, which imports this module
    from crossbrief.synthesize.conflicts.figures import SMALL

    return key[0] == "count" and key[2] < SMALL


def rare_entities(
    entities: Sequence[Entity], index: dict[tuple[str, int], int], n: int, few: int
) -> list[frozenset[str]]:
    """Per story sentence (``index``: (article, sentence) -> its place among the ``n``), the
    ids of the entities it mentions that the story mentions in at most ``few`` sentences
    (its number of articles): a name in more is the story's topic, told of many things."""
    where: dict[str, set[int]] = defaultdict(set)
    for entity in entities:
        for m in entity.mentions:
            k = index.get((m.article, m.sentence))
            if k is not None:
                where[entity.id].add(k)
    out: list[set[str]] = [set() for _ in range(n)]
    for eid, sentences in where.items():
        if len(sentences) <= few:
            for k in sentences:
                out[k].add(eid)
    return [frozenset(s) for s in out]


def figure_keys(values: Sequence[FigureValue], n: int) -> list[frozenset[FigureKey]]:
    """Per story sentence (of ``n``), the figures it gives as ``FigureKey``s."""
    out: list[set[FigureKey]] = [set() for _ in range(n)]
    for v in values:
        m = v.measure
        out[v.sentence].add((m.dimension, m.low, m.high, v.tally))
    return [frozenset(s) for s in out]


def named_days(story: Story) -> list[frozenset[str]]:
    """Per story sentence, the dates it names: the value of a date the analysis resolved
    ("1998-11-16", "1975") or a weekday's name ("thursday"; within one story's week, one
    day). When an act happened is part of what happened: "arrested at the airport on
    Thursday" / "captured at the airport Thursday"; a day dating a statement is not
    (``_dates_saying``, ``_said_after``)."""
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    out: list[set[str]] = [set() for _ in story.sentences]
    for a in story.articles:
        for t in a.times:
            if t.type != "DATE":
                continue
            k = where.get((a.article.id, a.sentence_index(t.start)))
            if k is None or _dates_saying(a.article.text[max(0, t.start - 30) : t.start]):
                continue
            if _said_after(a.article.text[t.end : t.end + 30]):
                continue
            if t.value:
                out[k].add(t.value)
            elif weekday := _WEEKDAY.search(t.text):
                out[k].add(weekday.group().lower())
    return [frozenset(d) for d in out]


def _dates_saying(before: str) -> bool:
    """Whether a time right after ``before`` (the text just before it) dates a statement: a
    verb of saying, or one and a preposition, ends ``before`` ("a paper said Friday", "police
    announced on Monday"). The day is when the words were said, not when their act happened,
    so two acts sharing it share nothing of one fact."""
    m = _BEFORE.search(before.lower())
    if m is None:
        return False
    first, second = m.groups()
    last = second or first
    if second and last in _TIME_PREPOSITIONS:
        last = first
    return last in _SAYING_FORMS


def _said_after(after: str) -> bool:
    """Whether a time right before ``after`` (the text just after it) dates a statement: a
    verb of saying follows it, past a part of the day ("the port on Monday said", "the board
    Friday evening announced"), as ``_dates_saying`` reads one before it."""
    m = _AFTER.match(after.lower())
    return m is not None and m.group(1) in _SAYING_FORMS
