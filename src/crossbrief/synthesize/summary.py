"""The summary: exact source sentences that cover the story's shared concepts, each cited.

Algorithm (concept coverage by integer linear programming, after Gillick and Favre's
ICSISumm, with a lead signal, paraphrase exclusion and coherence constraints):

1. Concepts are word bigrams (folded, stemmed, not both stop words) and content words
   (stemmed, no stop words): the bigrams tell who did what, the words which things the
   story is about, so a sentence naming more of them in few words is worth more even where
   its phrasing is its own. A concept's weight is the number of independent reports that
   carry it (times ``UNIGRAM_WEIGHT`` for a content word, which would otherwise outweigh
   the facts: each of its bigrams already counts), a report counting ``1 + LEAD_BONUS``
   when the concept is in its lead, its first whole sentence (news puts the core facts
   first; a dateline such as "BRUSSELS, Belgium (AP) -" split off alone is no lead).
   Versions of one report (``Story.versions``: at least half of each article's sentences
   near-identical to the other's, wire copy re-sent with an update) count once, and so do
   the articles of one outlet (two editions of its live blog are one witness). Concepts
   carried by fewer than ``MIN_DF_SHARE`` of the reports (at least 2 when there are
   several) are dropped: what one outlet alone says is rarely the story.
2. Two sentences are paraphrases when the fact grouping put them together, their TF-IDF
   cosine is at least ``CITE_SIMILARITY``, or they share at least ``CONCEPT_OVERLAP`` of
   the weighted bigrams of the shorter one. Two of one fact group that share less than
   ``FACT_OVERLAP`` of those bigrams still cite each other but may both be chosen: one
   fact told in words of its own, each with details the other lacks.
3. Candidates are complete sentences (ending in ``.``, ``!`` or ``?``, opening with a
   capital or a digit, so no piece of a sentence the splitter cut) of ``MIN_WORDS`` to
   ``MAX_WORDS`` words with balanced quote marks, so no quote fragment is chosen, not
   wholly a quotation and not opening inside a quotation begun before it (its speaker would
   be missing), with under ``MAX_QUOTED_SHARE`` of its words inside quotation marks (the
   summary tells the story in the outlets' words, someone's words are the quote ledger's;
   unless no candidate is left without them), not followed in its article by a piece
   opening in lower case (the splitter cut the sentence after an abbreviation: '...
   blames the U.S.' / '"its ships will ..."'), not before the dateline of its article's
   first sentences (a headline), no standfirst in headline style, no question of the
   writer's, no "I" whose speaker is named neither in it nor in the sentence before (with
   which alone it is then read), and not of a readers' page (letters or comments signed by
   readers, who speak for no outlet; unless every article is one; the filters by place are
   ``summary_candidates``); of those, the ``MAX_CANDIDATES`` densest in weighted concepts
   per word (a sentence far down that order never reaches the optimum, and dropping it
   halves the solver's time).
4. The ILP picks the candidates maximising the total weight of the concepts they cover
   (each concept counted once, so repeating a fact earns nothing), plus ``REPORT_BONUS``
   of a mean candidate's gain for each outlet the summary draws on (a report's versions
   and an outlet's articles counting once; a diversity reward after Lin and Bilmes, 2011,
   with the outlets as its partition: of two selections covering about as much, the one
   that speaks for more outlets), within the word budget, subject to:

   - never two paraphrases (but for the fact group pairs above);
   - never two sentences of different articles dated to the same day that share
     ``summary_days.EVENT_SHARED_BIGRAMS`` weighted bigrams of content words: one event told in other
     words ("a grain carrier with 23 sailors ran aground on Saturday", "the ship ran
     aground on Saturday with 21 crew"); citations still keep to paraphrases, as the two
     need not carry the same facts;
   - a sentence opening with a pronoun or connective ("He", "But", "It", "The party,
     however, ..."), a quantifier or a definite description pointing back ("All
     complained", "One would ...", "The move"), or with "he"/"she"/"his"/"her" before
     anyone is named in it ("Since then, he said, ...", "the school he visited") only
     together with the sentence before it in its article, which holds its antecedent; one
     opening with a fronted phrase pointing back ("Despite this, ...", "Following the
     talks, ...") or a definite shell noun as subject or object ("The findings ...",
     "denied the claim", ``summary_shells``) the same, or, for a noun, with a sentence read before it that
     names it ("talks"); one opening "He"/"She" may instead have the earlier sentence of
     its article naming the person (``pronoun_namer``), which it is then read right after.

   A tiny cost per sentence, rising with its position, breaks ties toward early sentences
   and keeps out sentences that add nothing. Concepts carried by the same candidates are
   merged into one variable, and a concept (or an outlet's reward) of a single candidate, or
   of candidates no two of which may both be chosen, becomes part of each one's gain (the
   optimum is unchanged). Solved with HiGHS through ``scipy.optimize.milp``
   (``summary_ilp``).
5. Order (``summary_order``): the newest main event first, a chosen lead (an article's
   first candidate) of the newest reports (of the latest date, or undated), the one more
   other reports' leads carry before the others; then article date (chronological where
   dates are known, an undated article counting as of the latest date), then position in
   the article (leads, which set the scene, before details), then article order; a
   sentence chosen with its antecedent stays right after it, and one naming a person by
   surname alone after one of the same date that introduces them in full; the event a
   reaction reacts to right before it, and the first of a counted series before the latest.
6. Citations (``summary_cites``): the sentence itself, then its paraphrases in other
   articles (the most similar one per article that states anything: no heading, quote fragment or wire
   routing line), so each summary sentence names every article carrying the same
   information; and, for an article none of those come from, its sentence below the
   paraphrase similarity (from ``cite_near.NEAR_SIMILARITY``) that tells the summary
   sentence's main act while the summary sentence tells its own (``cite_near``: an outlet's
   own words for the same event).
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_array
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.model import SummarySentence
from crossbrief.synthesize import summary_lead
from crossbrief.synthesize.cite_acts import SentenceActs
from crossbrief.synthesize.cite_near import near_cites, with_near
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_anchors import anchored_at
from crossbrief.synthesize.summary_candidates import in_place, placed, unnamed_speaker
from crossbrief.synthesize.summary_captions import shown
from crossbrief.synthesize.summary_cites import citations
from crossbrief.synthesize.summary_days import same_event
from crossbrief.synthesize.summary_given import given_subject
from crossbrief.synthesize.summary_ilp import exclusive, solve
from crossbrief.synthesize.summary_lead import first_sentences, group_pairs, required
from crossbrief.synthesize.summary_order import newest, reading_order
from crossbrief.synthesize.summary_people import pronoun_namer
from crossbrief.synthesize.summary_quotes import (
    balanced_quotes,
    in_own_words,
    quoted_share,
    wholly_quoted,
)
from crossbrief.synthesize.summary_rules import (
    asked,
    complete,
    starts_as_sentence,
    words_of,
)
from crossbrief.synthesize.summary_stale import stale_pairs
from crossbrief.synthesize.text import concept_term, stem, tokens

MIN_DF_SHARE = 0.3
LEAD_BONUS = 2.0
CITE_SIMILARITY = 0.45
MIN_WORDS = 8
MAX_WORDS = 55
CONCEPT_OVERLAP = 0.7
FACT_OVERLAP = 0.1
MAX_CANDIDATES = 100
UNIGRAM_WEIGHT = 0.07
REPORT_BONUS = 0.05
MAX_QUOTED_SHARE = 0.2


def candidate(text: str, budget: int) -> bool:
    """True when ``text`` may stand in a summary of ``budget`` words: a whole sentence of
    ``MIN_WORDS`` to ``MAX_WORDS`` words, no quote fragment, not a bare quotation."""
    return (
        MIN_WORDS <= words_of(text) <= min(MAX_WORDS, budget)
        and balanced_quotes(text)
        and complete(text)
        and not asked(text)
        and starts_as_sentence(text)
        and not wholly_quoted(text)
    )


def _concepts(text: str) -> set[str]:
    """Word bigrams (with a space) and content words (without one) of ``text``, stemmed."""
    folded = tokens(text)
    words = list(map(stem, folded))
    bigrams = {
        f"{a} {b}"
        for a, b in itertools.pairwise(words)
        if not (a in STOP_WORDS and b in STOP_WORDS)
    }
    # concept_term, not content_term: the summary keeps its measured words (see concept_term);
    # (``filter`` drops the stop words' "" without a generator step per token)
    bigrams.update(filter(None, map(concept_term, folded)))
    return bigrams


def _concept_weights(story: Story, concepts: Sequence[set[str]]) -> dict[str, float]:
    version = story.reporters
    # The lead is the first whole sentence, no dateline or heading (``first_sentences``); an
    # article with none (a dateline or headings only) has no lead, not a lead at sentence 0.
    lead = {a: story.sentences[i].index for a, i in first_sentences(story).items()}
    # each report's concepts, and those of its leads: a report credits a concept 1, or
    # 1 + LEAD_BONUS when a lead of its carries it (set unions, not a credit per sentence)
    carried: dict[str, set[str]] = defaultdict(set)
    led: dict[str, set[str]] = defaultdict(set)
    for s, cs in zip(story.sentences, concepts, strict=True):
        carried[version[s.article]] |= cs
        if s.index == lead.get(s.article):
            led[version[s.article]] |= cs
    df = Counter(itertools.chain.from_iterable(carried.values()))
    leads = Counter(itertools.chain.from_iterable(led.values()))
    n = len(carried)
    min_df = max(min(2, n), round(MIN_DF_SHARE * n))
    # A story whose articles share no concept at all still gets a summary: fall back to all.
    # (weighed after the cut: most of a story's concepts are one report's)
    kept = [c for c, k in df.items() if k >= min_df] or list(df)
    out: dict[str, float] = {}
    for c in kept:
        # (whole numbers times a whole LEAD_BONUS: the same float as the credits' sum)
        w = df[c] + LEAD_BONUS * leads[c]
        out[c] = w if " " in c else UNIGRAM_WEIGHT * w
    return out


def paraphrases(
    story: Story,
    groups: Sequence[FactGroup],
    concepts: Sequence[set[str]],
    weights: dict[str, float],
) -> tuple[np.ndarray, np.ndarray]:
    """Two boolean matrices over pairs of story sentences: which carry the same information
    (for citations), and which of those the summary must not hold both of (a fact group's
    sentences only where they also share ``FACT_OVERLAP`` of their weighted bigrams)."""
    same: np.ndarray = story.similarity >= CITE_SIMILARITY
    # Every concept of a sentence counts in its share, the ones too rare to be weighted as
    # one report's worth: else a sentence whose only supported concept is "coast guard"
    # would count as a rewording of every other sentence naming the coast guard.
    ordered = sorted(set().union(*concepts))
    names = {c: k for k, c in enumerate(ordered)}
    # Each concept's root once, not once per sentence carrying it (math.sqrt and np.sqrt
    # both round correctly, so the values are the same).
    roots = np.sqrt([weights.get(c, 1.0 if " " in c else UNIGRAM_WEIGHT) for c in ordered])
    # a fixed order: float sums must not follow string hashing (the columns are the
    # concepts' sorted order, so a row's sorted columns are its concepts sorted); one numpy
    # sort of row * width + column, not a sort per sentence
    sizes = [len(cs) for cs in concepts]
    ends = np.concatenate(([0], np.cumsum(sizes, dtype=np.int64)))
    unsorted = np.fromiter(
        itertools.chain.from_iterable(map(names.__getitem__, cs) for cs in concepts),
        dtype=np.int64,
        count=int(ends[-1]),
    )
    keys = np.repeat(np.arange(len(concepts), dtype=np.int64), sizes) * len(names) + unsorted
    keys.sort()
    columns = (keys % len(names)).astype(np.int32)
    root = csr_array((roots[columns], columns, ends), shape=(len(concepts), len(names)))
    shared = (root @ root.T).toarray()  # weight of the concepts two sentences share
    own = np.diag(shared)
    smaller = np.minimum.outer(own, own)
    share = np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)
    same |= share >= CONCEPT_OVERLAP
    exclusive = same.copy()
    for g in groups:
        if len(g.members) < 2:
            continue  # a group of one sentence pairs it only with itself: the diagonal
        block = np.ix_(g.members, g.members)
        same[block] = True
        exclusive[block] |= share[block] >= FACT_OVERLAP
    np.fill_diagonal(same, False)
    np.fill_diagonal(exclusive, False)
    return same, exclusive


def _pool(
    story: Story, fit: Sequence[int], worth: dict[int, float]
) -> tuple[list[int], dict[str, int]]:
    """The ``MAX_CANDIDATES`` of sentences ``fit`` densest in weighted concepts per word
    (``worth``) that may stand by their place (``in_place``) and are in their outlet's own
    words (``in_own_words``), in story order, and each article's lead among all that may:
    its first. A story with none gets those of ``fit`` that are either, or all of it."""
    sents = story.sentences
    fits = placed(story)
    # The rules are asked of the densest sentences first, and of no more than the pool
    # needs, and of each article's first sentences for its lead: the same pool as asking
    # every sentence and keeping the densest, for a fraction of the rules' time.
    known: dict[int, bool] = {}

    def usable(i: int) -> bool:
        if i not in known:
            known[i] = fits(i) and quoted_share(sents[i].text) < MAX_QUOTED_SHARE
        return known[i]

    density = {i: worth[i] / words_of(sents[i].text) for i in fit}
    densest = sorted(fit, key=lambda i: (-density[i], i))
    pool = list(itertools.islice(filter(usable, densest), MAX_CANDIDATES))
    if not pool:
        # none placed in its own words: the fallbacks read every sentence, as each rule does
        candidates = in_own_words(story, in_place(story, fit), MAX_QUOTED_SHARE)
        if not candidates:
            # every sentence that fits is left out by its place (captions, headlines, ...): a
            # story still gets a summary, of those sentences, rather than none
            candidates = in_own_words(story, fit, MAX_QUOTED_SHARE) or list(fit)
        pool = sorted(candidates, key=lambda i: (-density[i], i))[:MAX_CANDIDATES]
        allowed = set(candidates)
        known.update((i, i in allowed) for i in fit)
    leads: dict[str, int] = {}
    for i in fit:
        if sents[i].article not in leads and usable(i):
            leads[sents[i].article] = i
    return sorted(pool), leads


def _select(
    story: Story,
    concepts: Sequence[set[str]],
    weights: dict[str, float],
    same: np.ndarray,
    budget: int,
    dates: dict[str, str | None] | None = None,
    groups: Sequence[FactGroup] = (),
) -> tuple[list[int], dict[str, int]]:
    """The chosen sentences, and each article's lead: its first candidate (no heading,
    dateline or quote fragment)."""
    sents = story.sentences
    fit = [i for i, s in enumerate(sents) if candidate(s.text, budget)]
    # summed in sorted order (float sums must not follow string hashing); map, not a
    # generator: the same additions without a Python frame a concept
    unweighted = itertools.repeat(0.0)
    worth = {i: sum(map(weights.get, sorted(concepts[i]), unweighted)) for i in fit}
    candidates, leads = _pool(story, fit, worth)
    if not candidates:
        return [], {}
    index = {i: k for k, i in enumerate(candidates)}
    # pairs of candidates the summary may not hold both of
    sub = same[np.ix_(candidates, candidates)]
    sub |= same_event(story, candidates, concepts, weights)
    sub |= stale_pairs(story, candidates)  # a plan and its outcome: one or the other
    if summary_lead.GROUP_ONCE:
        sub |= group_pairs(groups, candidates)
    # Three reductions that leave the optimum unchanged and shrink the ILP: concepts carried
    # by the same candidates are one variable (their weights summed), and a concept only
    # one candidate carries, or only candidates of which at most one can be chosen (copies
    # of one sentence), is simply part of each such sentence's gain.
    carriers: dict[str, list[int]] = defaultdict(list)
    for i in candidates:
        # sorted: the order of the float sums below, and so HiGHS's tie-breaking, must not
        # follow Python's string hashing (PYTHONHASHSEED), or two runs could differ
        for c in sorted(concepts[i]):
            if c in weights:
                carriers[c].append(index[i])
    gain = np.zeros(len(candidates))
    merged: dict[tuple[int, ...], float] = defaultdict(float)
    for c, ks in carriers.items():
        if len(ks) == 1:
            gain[ks[0]] += weights[c]
        else:
            merged[tuple(ks)] += weights[c]
    # in sorted order, as the variables below (the float sums must not follow hashing)
    for carried in sorted(merged):
        if exclusive(sub, carried):
            gain[list(carried)] += merged.pop(carried)
    shared = sorted(merged)
    n_vars = len(candidates) + len(shared)

    cost = np.zeros(n_vars)
    for i, k in index.items():
        position = sents[i].position
        cost[k] = 1e-4 + 1e-3 * position / (1.0 + position) - gain[k]
    for m, carried in enumerate(shared):
        cost[len(candidates) + m] = -merged[carried]

    rows: list[dict[int, float]] = [{index[i]: float(words_of(sents[i].text)) for i in candidates}]
    uppers: list[float] = [float(budget)]
    for m, carried in enumerate(shared):  # a concept counts only if a chosen sentence has it
        rows.append({len(candidates) + m: 1.0, **{k: -1.0 for k in carried}})
        uppers.append(0.0)
    for a, b in zip(*np.nonzero(np.triu(sub, k=1)), strict=True):
        rows.append({int(a): 1.0, int(b): 1.0})
        uppers.append(1.0)
    at = {(s.article, s.index): i for i, s in enumerate(sents)}
    for i in candidates:
        antecedents = anchored_at(story, i, candidates, concepts, dates or {})
        if antecedents is None and (unnamed_speaker(story, i) or given_subject(story, i)):
            # "I" outside quote marks: the speaker is named only in the sentence before; "The
            # rise came ...": the rise is told only there
            antecedents = set()
        if antecedents is not None:
            before = at.get((sents[i].article, sents[i].index - 1))
            # "He"/"She" reads right after the sentence naming the person too, which the
            # reading order then puts it after (``pronoun_namer``)
            for lean in (before, pronoun_namer(story, i)):
                if lean is not None and lean in index:
                    antecedents.add(lean)
            rows.append({index[i]: 1.0, **{index[k]: -1.0 for k in sorted(antecedents)}})
            uppers.append(0.0)

    # One variable per outlet, 1 only if a chosen sentence is from it (a report's versions
    # and an outlet's articles count once): drawing on one more outlet earns
    # ``REPORT_BONUS`` of a mean candidate's gain, once, however many of its sentences are
    # chosen.
    version = story.reporters
    by_report: dict[str, list[int]] = defaultdict(list)
    for i, k in index.items():
        by_report[version[sents[i].article]].append(k)
    mean_gain = float(np.mean([worth[i] for i in index]))
    for ks in by_report.values():
        if exclusive(sub, ks):  # an outlet of one candidate, or of copies of one sentence
            cost[ks] -= REPORT_BONUS * mean_gain
            continue
        rows.append({n_vars: 1.0, **{k: -1.0 for k in ks}})
        uppers.append(0.0)
        cost = np.append(cost, -REPORT_BONUS * mean_gain)
        n_vars += 1

    x = solve(cost, rows, uppers, len(candidates))
    # the story's news told at least once (``summary_lead``), asked only of an optimum that
    # misses it (a redundant row could flip a tie); never met within the budget, dropped
    chosen = set() if x is None else {i for i, k in index.items() if x[k] > 0.5}
    musts = [{index[i]: -1.0 for i in t} for t in required(story, groups, candidates, same, chosen)]
    if x is not None and musts:
        forced = solve(cost, rows + musts, uppers + [-1.0] * len(musts), len(candidates))
        x = x if forced is None else forced
    picked = [] if x is None else [i for i, k in index.items() if x[k] > 0.5]
    # Never an empty summary while there are candidates (every one needing a sentence before
    # it that is none): the lead that carries the most weighted concepts.
    return picked or [max(leads.values(), key=lambda i: (worth[i], -i))], leads


def summarize(
    story: Story, groups: Sequence[FactGroup], words: int, dates: dict[str, str | None]
) -> list[SummarySentence]:
    """At most ``words`` words of exact source sentences, each citing every article that
    carries the same information."""
    sents = story.sentences
    if not sents or words <= 0:
        return []
    concepts = [_concepts(s.text) for s in sents]
    weights = _concept_weights(story, concepts)
    # Paraphrase is judged on bigrams: sharing most content words is not saying the same.
    same, exclusive = paraphrases(
        story, groups, concepts, {c: w for c, w in weights.items() if " " in c}
    )
    chosen, leads = _select(story, concepts, weights, exclusive, words, dates, groups)
    cites = {i: citations(story, i, same, concepts) for i in chosen}
    # The newest main event is read first; of several newest leads chosen, the one more
    # other reports lead with.
    lead_refs = {sents[i].ref for i in leads.values()}
    first = {
        i: sum(r in lead_refs for r in cites[i][1:])
        for i in newest(story, leads, dates) & set(chosen)
    }
    # near citations join after the order is read: which articles a sentence's near
    # paraphrases come from never moves a sentence
    acts = SentenceActs(story)
    out = []
    for i in reading_order(story, chosen, dates, first):
        refs = with_near(story, cites[i], near_cites(story, i, cites[i], concepts, acts))
        out.append(
            SummarySentence(
                text=shown(sents[i].text),
                sources=refs,
                support=story.outlets([r.article for r in refs]),
            )
        )
    return out
