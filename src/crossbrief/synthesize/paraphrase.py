"""Fact similarity: how far two sentences of different articles report the same information.

The story's TF-IDF cosine (``Story.similarity``) compares surface words, so two outlets'
wordings of one fact score low whenever they name things differently ("Varga" /
"Vargha" / "the Velmoran president", "Orsk" / "Velmora") or use another form of a word
("mediated" / "mediation"). Here each sentence becomes a bag of terms (``fact_terms``) in
which

- every mention of a story entity is that entity's id, whatever the spelling, title, role,
  capital or demonym the outlet used;
- the other content words are reduced to a stem that also drops derivational suffixes;
- numbers count, in words or in digits ("three" and "3" are one term; spaCy's stop list
  holds the number words, and a figure is strong evidence of one fact).

The similarity is the TF-IDF cosine of those bags over the story's sentences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from crossbrief.analyze.figures import percent_words
from crossbrief.model import Entity
from crossbrief.synthesize.actors import lead_pairs, read_openings
from crossbrief.synthesize.claims import Claim, sentence_claims
from crossbrief.synthesize.fact_phrases import one_phrase
from crossbrief.synthesize.fact_terms import merge_prefixes, tagged_terms, word_term
from crossbrief.synthesize.glosses import only_glossed
from crossbrief.synthesize.pronoun_subjects import unresolved_subjects
from crossbrief.synthesize.series import one_event, series_keys
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import TfIdf

STRONG = 0.25  # a cosine at which one shared word besides names is enough
MIN_SHARED_WORDS = 3  # below STRONG: words (not names) two sentences must share
SURFACE = 0.3  # a surface cosine that alone makes one fact (0.98 precision on bench/gold)
VERBATIM = 0.9  # a surface cosine at which two sentences are one wording, whoever says it
# words besides names every pair shares, however close its wording: bench/facts.py fact
# pairs R 0.728 / P 0.952 -> 0.737 / 0.953 (the surface cosine no longer joins on names)
FEWEST_WORDS = 2
# words besides names, figures and times a pair shares, however close its terms: bench/facts.py
# fact pairs unchanged at 1 (R 0.724 / P 0.971); 2: R 0.688 / P 0.969 (figures alone left out
# of the count: 0.692 / 0.970)
CLAIM_WORDS = 1
NAME_LIST = 3  # entities two sentences share that make the same list of names a claim
# a sentence with fewer words besides names, or a photo caption, joins only one worded close
# to it (surface cosine ``CLOSE``): bench/facts.py fact pairs R 0.737 / P 0.953 -> 0.762 /
# 0.957 (3 words: 0.728 / 0.955; 5: 0.681 / 0.969; CLOSE 0.6: 0.753 / 0.956, 0.9: 0.708 /
# 0.954 at 3 words)
FEW_WORDS = 4
CLOSE = 0.5
# the similarity of two sentences telling the nth event of one series with a participant in
# common (``series``: "a second bid" / "the second round"), whatever else they share
SERIES = STRONG
# Below SURFACE, a pair must share words the story uses rarely, in no more of its sentences
# than it has articles (a word in more is the story's topic, shared by sentences telling
# different things of it): RARE_WORDS below STRONG, one from STRONG; unless both are among
# their articles' first LEAD sentences (headline and lead tell the main event in the story's
# commonest words) or they share NAME_LIST entities. bench/facts.py fact pairs R 0.762 /
# P 0.957 -> 0.751 / 0.967; on the 7 stories read in session 8, facts of two or more outlets
# joining sentences that state no one claim: 71 of 158 -> 48 of 140 (one rare word at every
# cosine and no exceptions: 0.762 / 0.970 and 62 of 153, and the seeds lose two facts; a word
# in up to twice as many sentences as articles: 0.757 / 0.967, most wrong joins back)
RARE_WORDS = 2
LEAD = 2
# a photo caption places people in the picture: "Lee, right, with Mr. Reed in May";
# a bare "(R)" or "(L)" is no mark of one: it is a party's tag ("Sen. Tom Hale (R)")
CAPTION = re.compile(
    r",\s+(?:left|right|centre|center|second from (?:left|right)|top|bottom|front)\s*[,)]"
    r"|\((?:left|right|centre|center|L-R|l-r)\)"
)


@dataclass(frozen=True)
class FactEvidence:
    """The pairwise evidence behind the fact similarity, for rules that read more than it.

    ``similarity``: the fact similarity itself; ``terms``: the TF-IDF cosine of the
    entity-aware terms before any pair was set to 0; ``shared_words`` / ``shared_entities``:
    how many distinct words besides names (outside closing attribution tags:
    ``fact_terms.attribution_start``, and glosses) / story entities each pair shares;
    ``clash``: the pair gives different ordinals; ``other_people``: the two sentences open with (or are
    quoted from) different people (``different_leads``), None where not computed;
    ``one_phrase``: all the pair shares is one phrase (``one_phrase``), None where not
    computed.
    """

    similarity: np.ndarray
    terms: np.ndarray
    shared_words: np.ndarray
    shared_entities: np.ndarray
    clash: np.ndarray
    other_people: np.ndarray | None = None
    one_phrase: np.ndarray | None = None


def fact_evidence(story: Story, entities: Sequence[Entity]) -> FactEvidence:
    """The fact similarity of every pair of story sentences, with the evidence behind it.

    The TF-IDF cosine of entity-aware terms, set to 0 where the two sentences share too few
    words besides names (``MIN_SHARED_WORDS`` below ``STRONG``, one at or above it: two
    sentences naming the same people and places can still say different things about them;
    a sentence whose subject is a pronoun the analysis left unresolved, "They blamed Lee.",
    has no term for its actor and needs ``MIN_SHARED_WORDS`` at any cosine:
    ``pronoun_subjects``),
    or all they share is one phrase (``one_phrase``), or they open with different people
    (``different_leads``). A pair whose surface TF-IDF cosine reaches ``SURFACE`` keeps it,
    unless the ordinals differ ("a third round" / "a fourth round" are two events) or one of
    the two people is a quotation's speaker (``lead_pairs``: a quoted "I cannot go into
    the specifics" is the speaker's own act) and the two are not near word for word
    (``VERBATIM``): two outlets carrying one quotation are one fact, whoever they heard it
    from. Whatever the cosines, a pair sharing fewer than ``FEWEST_WORDS`` words besides
    names is no fact unless it lists the same ``NAME_LIST`` entities or is worded near
    verbatim: names weigh in the surface cosine too, and a short sentence ("Soon after,
    Varga was again at the town hall for another meeting") reaches it with a name and one
    word. Nor is a pair a fact when the words it shares besides names are all figures,
    scale words or times (``CLAIM_WORDS``, ``_claims``: "spent 3 million on the pier" /
    "led by 3 million in the count", "late on Tuesday evening" / "on Tuesday evening"),
    unless it names someone in both and gives one figure of one unit in both
    (``_figure_units``: "Lee won 52 percent" / "Lee took 52 percent"). A sentence with
    fewer than ``FEW_WORDS`` words besides names ("Also, he leaked the harbour
    plans.") or a photo caption (``CAPTION``) joins only a sentence worded
    close to it (``CLOSE``): its few words are the story's common words, and a caption names
    people without telling what they did. The exception to these two rules and to
    ``one_phrase`` is the story's headline fact: a short sentence that tells an entity doing
    or undergoing the same thing as another sentence does (``claims``: "Ann Lee resigned on
    Tuesday." / "Transport Minister Ann Lee has resigned."), unless each names an entity the
    other does not; such a pair needs no more shared words than that one verb. Below
    ``SURFACE``, the words shared must include ones the story uses rarely (``RARE_WORDS``):
    the story's topic words ("lawsuit", "campaign", "election") are in sentences that tell
    different things of it, unless both sentences open their articles or share
    ``NAME_LIST`` entities. Last, two sentences of different articles giving one ordinal
    on event nouns of one kind (``series``: "the third attempt to end the strike" / "a
    third round of negotiations") with an entity in common and not led by two people reach
    ``SERIES``, whatever else they share: one story's series has one nth event.
    """
    # the titles and plural descriptions are read once for the terms and the leads
    openings = read_openings(story, entities)
    every, tags, glossed = tagged_terms(story, entities, openings)
    terms = merge_prefixes(every)
    tfidf = TfIdf([s.text for s in story.sentences], terms)
    raw: np.ndarray = tfidf.similarity()
    words, claim, ordinals, names = _kinds(tfidf)
    claimed = (claim @ claim.T).toarray()
    # a source's name and gloss in two closing attribution tags ("..., a Velmora-based group
    # reported.") are no words of a fact the two sentences share: counted without the tags
    # (session 18, bench/facts.py unchanged; of 27 development clusters read, one wrong group
    # gone, one wrong pair traded for another, nothing else changed)
    vocab: dict[str, int] = {}
    plain = _incidence(
        [[t for t in ts[:k] if t[0] != "@"] for ts, k in zip(terms, tags, strict=True)], vocab
    )
    # a word either sentence holds only inside a gloss (``glosses``) is background told with
    # a name, no word of a fact they share (session 23, docs/benchmarks.md; names stay)
    described = [only_glossed(ts[:k], g[:k]) for ts, k, g in zip(terms, tags, glossed, strict=True)]
    repeated = _incidence([[t for t in d if t[0] != "@"] for d in described], vocab)
    shared = ((plain - repeated) @ (plain - repeated).T).toarray()
    np.fill_diagonal(shared, np.asarray(words.sum(axis=1)).ravel())
    has = np.asarray(ordinals.sum(axis=1)).ravel() > 0
    clash = np.outer(has, has) & ((ordinals @ ordinals.T).toarray() == 0)
    together = (names @ names.T).toarray()
    # names count in closing tags too (``together``): held outside a gloss anywhere, a name
    # is the sentence's own
    named = _incidence(
        [
            [t for t in only_glossed(ts, g) if t[0] == "@"]
            for ts, g in zip(terms, glossed, strict=True)
        ]
    )
    listed = together - (named @ named.T).toarray()  # names shared outside both glosses
    # the diagonal of ``shared``: each sentence's own words besides names
    short = np.diag(shared) < FEW_WORDS
    # a short sentence telling an entity's act as another does: the story's headline fact
    told = _one_claim(sentence_claims(story, entities, word_term), together)
    told &= short[:, None] | short[None, :]
    # a sentence whose subject is a pronoun left unresolved ("They blamed the mayor.") has no
    # term for its actor: its few words reach STRONG on one shared word, so it needs the
    # words any pair below STRONG needs
    pronoun = unresolved_subjects(story)
    unnamed = pronoun[:, None] | pronoun[None, :]
    need = np.where(((raw >= STRONG) & ~unnamed) | told, 1, MIN_SHARED_WORDS)
    sim = np.where(shared < need, 0.0, raw)
    surface = story.similarity
    others, own = lead_pairs(story, entities, openings)
    sim[others] = 0.0
    # judged only where it can part two outlets: grouping never joins one article's sentences
    _, articles = np.unique([s.article for s in story.sentences], return_inverse=True)
    across = articles[:, None] != articles[None, :]
    phrase = one_phrase(terms, (sim > 0) & (surface < SURFACE) & across)
    sim[phrase & ~told] = 0.0
    # a pair whose surface wording is this close states one fact whatever its terms say,
    # unless a quotation makes it one person's own act: then only the same words are one
    sim = np.maximum(sim, np.where(surface >= SURFACE, surface, 0.0))
    # the rules below only part pairs: each is read at the pairs still joined (a few in a
    # hundred), not over the whole matrix
    r, c = np.nonzero(sim)
    joined, near, free = sim[r, c], surface[r, c], ~told[r, c]
    worded, few_names = near < VERBATIM, listed[r, c] < NAME_LIST
    part = clash[r, c] | (own[r, c] & worded)
    part |= (shared[r, c] < FEWEST_WORDS) & few_names & worded & free
    # ... unless they name someone and give one figure of one unit ("Lee won 52 percent" /
    # "Lee took 52 percent"): a figure told of the same thing is the claim itself
    counted = _incidence([_figure_units(s.text) for s in story.sentences])
    one_count = ((counted @ counted.T).toarray()[r, c] > 0) & (together[r, c] > 0)
    part |= (claimed[r, c] < CLAIM_WORDS) & few_names & worded & free & ~one_count
    # an article's opening sentences tell the story's main event in its commonest words
    lead = np.array([s.index < LEAD for s in story.sentences])
    rare = _rare_shared(plain, int(articles.max()) + 1, repeated)[r, c]
    topic = (rare < np.where(joined < STRONG, RARE_WORDS, 1)) & (joined < SURFACE)
    part |= topic & free & ~(lead[r] & lead[c]) & few_names
    caption = np.array([CAPTION.search(s.text) is not None for s in story.sentences], dtype=bool)
    far = near < CLOSE
    part |= (short[r] | short[c]) & far & free
    part |= (caption[r] | caption[c]) & far
    sim[r[part], c[part]] = 0.0
    # one ordinal on two event nouns is one event of the story's series, told in two words
    for i, j in _series_pairs([s.text for s in story.sentences]):
        if together[i, j] > 0 and across[i, j] and not others[i, j]:
            sim[i, j] = sim[j, i] = max(sim[i, j], SERIES)
    np.fill_diagonal(sim, 1.0)
    return FactEvidence(sim, raw, shared, together, clash, others, phrase)


# When a thing happened is no claim of its own: two sentences sharing a weekday and a time
# of day ("reopened on Tuesday evening", "met late on Tuesday evening") or a figure alone
# ("spent 3 million", "led by 3 million") tell different things
_TIME_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
    "afternoon", "evening", "night", "tonight", "today", "yesterday", "tomorrow", "week",
    "weekend", "month", "year", "day", "mid", "million", "billion", "thousand", "hundred",
    "percent",
)  # fmt: skip
_TIMES = frozenset(word_term(w) for w in _TIME_WORDS)


# A figure and the word it counts, past a scale word ("52 percent", "1.2 million voters").
_FIGURE_UNIT = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s*(?:(?:million|billion|thousand|hundred)\s+)?(%|[A-Za-z]+)"
)


def _figure_units(text: str) -> list[str]:
    """Each figure of a sentence with the word it counts ("52 percent"), where that word is a
    unit or a noun, not a time ("3 on Tuesday", "2019") nor a scale alone ("3 million on")."""
    out = []
    for m in _FIGURE_UNIT.finditer(percent_words(text)):  # "52%", "52 per cent": "52 percent"
        unit = word_term("percent" if m.group(2) == "%" else m.group(2).lower())
        if unit and (unit not in _TIMES or unit == word_term("percent")):
            out.append(f"{m.group(1)} {unit}")
    return out


def _series_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """The pairs of sentences whose ``series_keys`` name one event (few sentences have any)."""
    keyed = [(n, keys) for n, text in enumerate(texts) if (keys := series_keys(text))]
    return [
        (i, j) for a, (i, ki) in enumerate(keyed) for j, kj in keyed[a + 1 :] if one_event(ki, kj)
    ]


def _claims(term: str) -> bool:
    """Whether a word term can tell what a sentence claims: no figure, ordinal or time."""
    return not (term[0].isdigit() or term[0] == "#" or term in _TIMES)


def _rare_shared(words: sparse.csr_matrix, articles: int, glossed: sparse.csr_matrix) -> np.ndarray:
    """How many distinct words each pair of sentences shares that the story uses in at most
    ``articles`` sentences (``words``: the sentence-by-word incidence, names left out),
    besides those both hold only inside a gloss (``glossed``: on ``words``'s columns)."""
    used = np.asarray(words.sum(axis=0)).ravel()
    keep = np.nonzero(used <= articles)[0]
    rare, described = words[:, keep], glossed[:, keep]
    return np.asarray((rare @ rare.T).toarray() - (described @ described.T).toarray())


def _one_claim(claims: Sequence[frozenset[Claim]], together: np.ndarray) -> np.ndarray:
    """The pairs of sentences that make one claim (``claims``: the same entity doing or
    undergoing the same thing), unless each names an entity the other does not ("Russia
    attacked Ukraine" / "Russia attacked Georgia")."""
    out = np.zeros(together.shape, dtype=bool)
    holders: dict[Claim, list[int]] = defaultdict(list)
    for n, cs in enumerate(claims):
        for c in cs:
            holders[c].append(n)
    own = np.diag(together)
    for members in holders.values():
        for k, i in enumerate(members):
            for j in members[k + 1 :]:
                if together[i, j] < own[i] and together[i, j] < own[j]:
                    continue
                out[i, j] = out[j, i] = True
    return out


def fact_similarity(story: Story, entities: Sequence[Entity]) -> np.ndarray:
    """Similarity of every pair of story sentences as evidence that they state one fact
    (``fact_evidence``'s ``similarity``)."""
    return fact_evidence(story, entities).similarity


def _kinds(tfidf: TfIdf) -> tuple[sparse.csr_matrix, ...]:
    """0/1 sentence-by-term matrices of the distinct terms of each sentence of four kinds:
    words (no names), claim words (``_claims``), ordinals and names (entity ids): the columns
    of those terms in ``tfidf``'s rows, which hold each term of a sentence once (every weight
    is positive), so the terms are not read again a kind; the vocabulary is read once."""
    matrix = tfidf.matrix
    present = sparse.csr_matrix((np.ones(matrix.nnz), matrix.indices, matrix.indptr), matrix.shape)
    columns: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    words, claims, ordinals, names = columns
    for k, t in enumerate(tfidf.vocab):
        if t[0] == "@":
            names.append(k)
            continue
        words.append(k)
        if _claims(t):
            claims.append(k)
        if t[0] == "#":
            ordinals.append(k)
    return tuple(present[:, np.array(c, dtype=np.intp)] for c in columns)


def _incidence(
    terms: Sequence[Sequence[str]], vocab: dict[str, int] | None = None
) -> sparse.csr_matrix:
    """A 0/1 sentence-by-term matrix of the distinct terms of each sentence; ``vocab`` (term
    -> column), when given, is shared with other matrices and grows here."""
    vocab = {} if vocab is None else vocab
    column = vocab.setdefault
    cols: list[int] = []
    ends = [0]
    for ts in terms:
        # distinct, in order: columns never in hash order; sorted a row, as COO input left
        # them (the products count shared terms, whole numbers in any order)
        cols.extend(sorted([column(t, len(vocab)) for t in dict.fromkeys(ts)]))
        ends.append(len(cols))
    return sparse.csr_matrix(
        (np.ones(len(cols)), np.array(cols, dtype=np.int32), ends),
        shape=(len(terms), max(len(vocab), 1)),
    )


# Embedding rescue (``--paraphrase embeddings``): chosen on bench/gold (bench/facts.py).
BAND = 0.1  # term cosine from which a pair below the grouping threshold is worth embedding
EMBEDDING_CUT = 0.5  # MiniLM cosine at which such a pair states one fact


def embedding_similarity(
    story: Story,
    evidence: FactEvidence,
    eligible: Sequence[bool],
    threshold: float,
    cut: float = EMBEDDING_CUT,
    band: float = BAND,
) -> np.ndarray:
    """The fact similarity, with paraphrases that word matching misses raised to the threshold.

    Only pairs that can change a grouping decision are embedded: sentences of two different
    articles, both ``eligible``, below ``threshold`` but with a term cosine of at least
    ``band`` (they share an entity, a word or a number), no ordinal clash, neither two
    people's acts (``different_leads``) nor one shared stock phrase (``one_phrase``), which
    a sentence embedding would see as close for that phrase alone. Such a pair is accepted
    when the MiniLM cosine of its two sentences reaches ``cut`` and each is the other's most
    similar candidate in the other's article (a fact is told once per article, and a
    sentence close to several of another article's is close to a topic, not a fact).
    An accepted pair gets ``threshold * cosine / cut``: at least the threshold, below the
    pairs word matching links well, so that it joins what is left once those have grouped
    (giving it the cosine itself lets it take sentences first: recall 0.622 at 0.933 on
    bench/gold, against 0.672 at 0.961).
    """
    from crossbrief.synthesize.embeddings import embed  # onnxruntime loads only when asked

    sim = evidence.similarity.copy()
    n = len(story.sentences)
    articles = np.array([s.article for s in story.sentences])
    ok = np.asarray(eligible, dtype=bool)
    none = np.zeros_like(evidence.clash)
    others = evidence.other_people if evidence.other_people is not None else none
    phrase = evidence.one_phrase if evidence.one_phrase is not None else none
    candidate = (
        (sim < threshold)
        & (evidence.terms >= band)
        & ~evidence.clash
        & (articles[:, None] != articles[None, :])
        & ~others
        & ~phrase
        & np.outer(ok, ok)
    )
    rows, cols = np.nonzero(np.triu(candidate, k=1))
    if len(rows) == 0:
        return sim
    needed = sorted(set(rows.tolist()) | set(cols.tolist()))
    where = {k: n_ for n_, k in enumerate(needed)}
    vectors = embed([story.sentences[k].text for k in needed])
    cosine = np.full((n, n), -1.0)
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        cosine[i, j] = cosine[j, i] = float(vectors[where[i]] @ vectors[where[j]])
    # each sentence's best candidate in every other article
    best: dict[tuple[int, str], int] = {}
    for i in needed:
        for j in np.nonzero(cosine[i] > -1.0)[0].tolist():
            key = (i, str(articles[j]))
            if key not in best or cosine[i, j] > cosine[i, best[key]]:
                best[key] = j
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        c = cosine[i, j]
        mutual = best[(i, str(articles[j]))] == j and best[(j, str(articles[i]))] == i
        if c >= cut and mutual:
            sim[i, j] = sim[j, i] = threshold * c / cut
    return sim
