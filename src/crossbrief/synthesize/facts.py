"""Facts: sentences of different articles that report the same information, grouped.

Average-link agglomeration over the fact similarity of ``paraphrase`` (entity-aware terms:
one name for every spelling, role or capital of an entity; derivational stems; numbers; a
check of shared words besides names), one sentence per article per group,
among sentences that can state a fact (not headings or split-off pieces of quotes):
pairs are merged from the most similar down while every cross-pair of the two groups
averages at least ``threshold`` and the groups share no article. A group's support is the
number of distinct outlets among its articles.

A sentence can report two facts ("the worst flood since 1961, when 14 people drowned in
Brask"), while the grouping gives each sentence one group: a group also counts (``also``)
the sentence of another article that is, on average, close to all of its members.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from crossbrief.model import BriefQuote, Entity, Fact
from crossbrief.synthesize.agree import clash, count_clash, reading
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.fact_counts import counts_apart
from crossbrief.synthesize.fact_holders import holders_apart, sentence_holders
from crossbrief.synthesize.fact_people import people_apart, sentence_people
from crossbrief.synthesize.fact_shown import named_piece, representative, shows_whole
from crossbrief.synthesize.one_event import story_acts, without_other_events
from crossbrief.synthesize.paraphrase import LEAD, SURFACE, embedding_similarity, fact_evidence
from crossbrief.synthesize.polarity import opposed
from crossbrief.synthesize.shared_core import (
    figure_keys,
    named_days,
    rare_entities,
    without_topic_pairs,
)
from crossbrief.synthesize.slots import Slots, sentence_slots, two_slots
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import content_terms
from crossbrief.synthesize.voices import Voice, one_voice, voices

if TYPE_CHECKING:  # the conflicts package that reads figures imports FactGroup from here
    from crossbrief.synthesize.differ import FigureCheck

MIN_WORDS = 5  # shorter "sentences" are headings, datelines or pieces of a split quote
# bench/facts.py, before ``ALSO``: recalls 0.67 of gold pairs at 0.955 precision (0.15: 0.64
# at 0.96; the surface TF-IDF alone: 0.54 at 0.98 at its 0.3, 0.64 at 0.95 at 0.2);
# docs/benchmarks.md
THRESHOLD = 0.125
# a wire editor's routing marks: "6th graf pvs" (goes after the 6th paragraph of the previous
# version), "2nd grafs prv", "writethru" (a rewritten version)
WIRE_SLUG = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)\s+grafs?|grafs?\s+(?:pvs|prv|prev)|writethru)\b", re.I
)
# mean fact similarity to a group's members at which a sentence grouped elsewhere (or left
# alone) also reports that group's fact: bench/facts.py, recall 0.672 -> 0.748 at precision
# 0.955 -> 0.953 (0.32: 0.733 at 0.952; 0.375: 0.724 at 0.951; 0.19: 0.787 at 0.914)
ALSO = 0.3
# Up to this many sentences, a group keeps no pair with no evidence at all: the mean of two
# pairs lets a third sentence join on one of them alone (bench/facts.py fact pairs R 0.694 ->
# 0.692 at P 0.970; in every group, complete link: 0.607 / 0.943, as a fact told by many
# outlets in many wordings holds pairs that share nothing)
FLOOR_SIZE = 3
# One pair, not a mean, carries a fact of two sentences: below this, 7 of 8 such groups on 4
# read development briefs joined two facts (1 unclear); bench/facts.py unchanged, seeds -1 at 0.22
PAIR_FLOOR = 0.2


@dataclass(frozen=True)
class FactGroup:
    """Indices into ``story.sentences`` of the sentences reporting one fact.

    ``members``: the sentences grouped here, each in exactly one group; ``also``: sentences of
    other articles, grouped elsewhere or alone, that report this fact too (one per article).
    """

    members: tuple[int, ...]
    also: tuple[int, ...] = ()


@dataclass(frozen=True)
class Grouping:
    """What fact grouping found: the groups, and the sentence pairs (i < j) it would have
    joined but for their figures (``FigureCheck.differ``): one fact told with two numbers,
    the very pairs the conflicts look for (``build_conflicts(blocked=...)``)."""

    groups: tuple[FactGroup, ...]
    blocked: frozenset[tuple[int, int]] = frozenset()


def group_sentences(
    story: Story,
    threshold: float = THRESHOLD,
    entities: Sequence[Entity] | None = None,
    paraphrase: str = "terms",
    figures: FigureCheck | None = None,
) -> list[FactGroup]:
    """The fact groups of ``group_facts``, for callers that need no conflicts."""
    return list(group_facts(story, threshold, entities, paraphrase, figures).groups)


def group_facts(
    story: Story,
    threshold: float = THRESHOLD,
    entities: Sequence[Entity] | None = None,
    paraphrase: str = "terms",
    figures: FigureCheck | None = None,
) -> Grouping:
    """Every sentence in exactly one group's ``members``; singletons for sentences no other
    article echoes. A group's ``also`` adds sentences that report its fact besides the one
    they are grouped with. The pairs kept apart only for their figures come back with the
    groups (``Grouping.blocked``).

    ``entities``: the story's entities, built here when not given. ``paraphrase``: "terms"
    (word matching only) or "embeddings" (also sentence embeddings for the pairs word
    matching leaves just below the threshold; needs the embedding packages, and costs about
    as much CPU as analysis: see docs/benchmarks.md). ``figures``: which sentences give
    one counted thing two numbers (``differ``), built here when not given; no group holds
    two such sentences, however alike their words.
    """
    n = len(story.sentences)
    if n == 0:
        return Grouping(())
    if entities is None:
        entities, _ = build_entities(story)
    if figures is None:
        # imported here: the conflicts package that reads figures imports FactGroup from here
        from crossbrief.synthesize.differ import FigureCheck

        figures = FigureCheck(story, entities)
    # a heading (title, section head, standfirst) states no fact of the story's own
    whole = [statement(s.text) and not s.heading for s in story.sentences]
    evidence = fact_evidence(story, entities)
    if paraphrase == "embeddings":
        sim = embedding_similarity(story, evidence, whole, threshold)
    elif paraphrase == "terms":
        sim = evidence.similarity
    else:
        raise ValueError(f"unknown paraphrase method {paraphrase!r} (terms, embeddings)")
    articles = [s.article for s in story.sentences]
    texts = [s.text for s in story.sentences]
    # a pair sharing a name and topic words but not what happened tells two events
    lead = [s.index < LEAD for s in story.sentences]
    acts = story_acts(story)
    days = named_days(story)
    sim = without_other_events(sim, texts, articles, lead, acts, days)
    # ... and two acts sharing no rare name, figure or day are two events of the story's topic
    # (docs/benchmarks.md, session 20: the complete pair gold's P 0.722 -> 0.776, R held)
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    sim = without_topic_pairs(
        sim,
        texts,
        articles,
        lead,
        story.similarity >= SURFACE,
        rare_entities(entities, where, n, len(set(articles))),
        figure_keys(figures.values, n),
        days,
        acts,
        people_apart(sentence_people(story, entities, where)),
    )
    voice = voices(story)
    slots = sentence_slots(story, entities)
    # one act of two named holders ("the Greens won 12 seats" / "Labour won 12 seats")
    holders = holders_apart(sentence_holders(story, entities))
    # ... and one act done to two counts of its object ("ballot 290 members" / "800 workers")
    holders |= counts_apart(story)
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    arts: dict[int, set[str]] = {i: {articles[i]} for i in range(n)}
    rows, cols = np.nonzero(np.triu(sim >= threshold, k=1))
    pairs = sorted(
        (
            (float(sim[i, j]), int(i), int(j))
            for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
            if articles[i] != articles[j] and whole[i] and whole[j]
        ),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    blocked: set[tuple[int, int]] = set()
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or arts[gi] & arts[gj]:
            continue
        block = sim[np.array(members[gi])[:, None], members[gj]]  # np.ix_'s, without its checks
        small = len(members[gi]) + len(members[gj]) <= FLOOR_SIZE
        if float(block.mean()) < threshold or (small and float(block.min()) <= 0):
            continue
        if figures.apart(members[gi], members[gj]):
            if figures.differ(i, j):
                blocked.add((i, j))
            continue
        if _apart(texts, members[gi], members[gj]):
            # another count of one thing is a figure told two ways, as ``differ``'s are
            if count_clash(reading(texts[i]), reading(texts[j])):
                blocked.add((i, j))
            continue
        if not _voiced(voice, members[gi], members[gj]) or _sides(slots, members[gi], members[gj]):
            continue
        if holders[np.array(members[gi])[:, None], members[gj]].any():
            continue
        if len(members[gi]) + len(members[gj]) == 2 and float(block[0, 0]) < PAIR_FLOOR:
            continue  # a fact of two sentences rests on this one pair
        keep, gone = min(gi, gj), max(gi, gj)
        for k in members[gone]:
            group_of[k] = keep
        members[keep].extend(members.pop(gone))
        arts[keep] |= arts.pop(gone)
    groups = tuple(
        FactGroup(
            tuple(sorted(m)),
            _also(sim, m, articles, whole, figures, texts, voice, slots, holders),
        )
        for _, m in sorted(members.items())
    )
    return Grouping(groups, frozenset(blocked))


def _also(
    sim: np.ndarray,
    members: Sequence[int],
    articles: Sequence[str],
    whole: Sequence[bool],
    figures: FigureCheck,
    texts: Sequence[str],
    voice: Sequence[Voice],
    slots: Sequence[Slots],
    holders: np.ndarray,
) -> tuple[int, ...]:
    """The sentences of articles outside a group whose mean similarity to its members reaches
    ``ALSO``, the closest one per article (none for a single sentence: a fact needs two
    outlets before a third can join it), unless they give a member's counted thing another
    number, or tell its act of another holder (``fact_holders``) or done to another count of
    its object (``fact_counts``)."""
    if len(members) < 2:
        return ()
    inside = {articles[k] for k in members}
    closeness = sim[:, list(members)].mean(axis=1)
    best: dict[str, int] = {}
    for k in np.nonzero(closeness >= ALSO)[0].tolist():
        a = articles[k]
        if a in inside or not whole[k] or figures.apart([k], members):
            continue
        if _apart(texts, [k], members) or not _voiced(voice, [k], members):
            continue
        if _sides(slots, [k], members) or holders[k, list(members)].any():
            continue
        if a not in best or closeness[k] > closeness[best[a]]:
            best[a] = k
    return tuple(sorted(best.values()))


def _apart(texts: Sequence[str], a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether some sentence of ``a`` and some of ``b`` cannot state one fact
    (``agree.clash``: another count of one thing, other months, a denial; ``opposed``: one
    act told negated and plain, or planned and done)."""
    return any(clash(texts[i], texts[j]) or opposed(texts[i], texts[j]) for i in a for j in b)


def _voiced(voice: Sequence[Voice], a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether every sentence of ``a`` and every one of ``b`` may state one fact as far as
    whose words they are (``voices.one_voice``: a quotation only with its speaker's words)."""
    return all(one_voice(voice[i], voice[j]) for i in a for j in b)


def _sides(slots: Sequence[Slots], a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether some sentence of ``a`` and some of ``b`` tell two sides (``slots.two_slots``:
    one has someone act, the other only tells of that someone, in another's words)."""
    return any(two_slots(slots[i], slots[j]) for i in a for j in b)


def statement(text: str) -> bool:
    """Whether a sentence can state a fact: a heading ("Third round of talks"), a piece of a
    quote split off by the splitter ("[Varga] that.") or a wire editor's routing line ("The
    fire, 3rd graf pvs.": a paragraph's opening words and where it goes) shares words with
    whole sentences of other facts, and grouping or citing it would count an outlet for a
    fact it never stated."""
    words = text.split()
    closed = text.rstrip(" \"'\u201d\u2019)]")
    return (
        len(words) >= MIN_WORDS
        and closed.endswith((".", "!", "?", "\u2026"))
        and not _wire_slug(text)
    )


def _wire_slug(text: str) -> bool:
    """Whether ``text`` holds a wire editor's routing mark (``WIRE_SLUG``)."""
    # Every mark holds "graf" or "writethru": a sentence in ASCII with neither is read no
    # further (the case-blind pattern tries a match at every character). ASCII only: a
    # case-blind pattern also takes a few other letters for its own.
    if text.isascii():
        lowered = text.lower()
        if "graf" not in lowered and "writethru" not in lowered:
            return False
    return WIRE_SLUG.search(text) is not None


def claim_sentences(story: Story, quotes: Sequence[BriefQuote]) -> set[tuple[str, int]]:
    """The (article, sentence) pairs that carry a ledger line's words: the line's own
    sentence, and in each article that also carries it (``also_in``) the sentences holding a
    quote of the analysis that shares at least half of the line's content words (the ledger
    keeps one sentence per line; another outlet's copy is someone's words as much)."""
    out = {(q.article, q.sentence) for q in quotes}
    for line in quotes:
        words = set(content_terms(line.text))
        if not words:
            continue
        for article in line.also_in:
            analyzed = story.by_id.get(article)
            if analyzed is None:
                continue
            for q in analyzed.quotes:
                said = set(content_terms(analyzed.article.text[q.start : q.end]))
                # a share of the line's words: a one-word scare quote shares all of its own
                if len(words & said) >= 0.5 * len(words):
                    out.add((article, analyzed.sentence_index(q.start)))
    return out


def build_facts(
    story: Story, groups: Sequence[FactGroup], attributed: set[tuple[str, int]]
) -> list[Fact]:
    """Facts reported by at least two outlets, most supported first; none whose every member
    is a piece of a quotation (``fact_shown.quote_piece``), as it has no whole sentence to
    show. A fact is an attributed claim when its shown sentence carries someone's words
    (``attributed``): the reader sees that sentence, and another outlet quoting a witness on
    an arrest it also states plainly does not make the shown, plain sentence a claim."""
    facts: list[Fact] = []
    by_text: dict[str, int] = {}  # a shown text -> its fact's place in ``facts``
    place = {s.ref: k for k, s in enumerate(story.sentences)}  # sources in story order
    for group in groups:
        told = sorted((*group.members, *group.also))
        if len(told) < 2:
            continue  # one sentence is one outlet (most groups): no outlets to count
        ids = [story.sentences[i].article for i in told]
        support = story.outlets(ids)
        if support < 2:
            continue
        shown = representative(story, group)
        rep = story.sentences[shown]
        if not (shows_whole(story, shown) or named_piece(story, shown)):
            continue  # no member is a whole statement, or names its speaker
        sources = tuple(story.sentences[i].ref for i in told)
        if rep.text in by_text:
            # one sentence printed twice (a copy in one article, or two) grouped twice: one
            # claim, one fact
            k = by_text[rep.text]
            merged = tuple(sorted(set(facts[k].sources) | set(sources), key=place.__getitem__))
            support = story.outlets([r.article for r in merged])
            facts[k] = replace(facts[k], sources=merged, support=support)
            continue
        by_text[rep.text] = len(facts)
        facts.append(
            Fact(
                text=rep.text,
                sources=sources,
                support=support,
                attributed=(rep.article, rep.index) in attributed,
            )
        )
    facts.sort(key=lambda f: (-f.support, f.sources[0].article, f.sources[0].sentence))
    return facts
