"""A summary sentence's near citations: another article's sentence below the paraphrase
similarity that tells the same main act, read both ways.

``citations`` looks only at the sentences the summary holds to say the same thing (TF-IDF
similarity ``CITE_SIMILARITY`` 0.45, a shared concept share, or one fact group). Another
outlet's report of the same event in its own words and with its own details often falls
below that ("Mayor Brenn fired the harbour chief on Monday, calling him unfit" and "Tom Reed
was fired by Ida Brenn on Monday after a row over the budget"): hand-read on 11 DUC 2004
dev summaries in session 27, 9 of the 18 articles the summary sentences missed held such a
sentence. The words alone do not tell those from a sentence sharing only the background: of
the sentences from 0.30 to 0.45 on the 25 dev summaries that pass every other citation
test, 5 told the summary sentence's news and 3 did not (a count of people inside, told
beside another witness's story). What sets them apart is the act: asking that each of the
two tell the other's main act as the parse reads it (``cite_acts``: "fired" / "was fired")
keeps 4 of the 5 and none of the 3. On the ECB+ dev stories at 120 words it adds 27
citations, 24 of them right.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from crossbrief.model import SentenceRef
from crossbrief.synthesize.cite_acts import SentenceActs, tells_main_act
from crossbrief.synthesize.glosses import plain_sentence
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_cites import carries_claim, own_words

# the TF-IDF similarity from which a sentence telling the same main act may cite, below
# ``summary.CITE_SIMILARITY``: on the 25 DUC 2004 dev summaries at 100 words, 4 citations
# added from 0.30, all right; from 0.25 two more wrong (another person cleared by the same
# tribunal) and one right
NEAR_SIMILARITY = 0.3


def near_cites(
    story: Story,
    i: int,
    cited: Sequence[SentenceRef],
    concepts: Sequence[set[str]],
    acts: SentenceActs,
) -> tuple[SentenceRef, ...]:
    """For each article ``cited`` (story sentence ``i``'s citations, itself first) leaves
    out, its sentence most similar to ``i`` from ``NEAR_SIMILARITY`` that passes
    ``citations``' tests (``carries_claim``) and tells ``i``'s main act while ``i`` tells its
    own (``cite_acts.tells_main_act``, each on the other's sentence without glosses on
    names), both acts read by analysis; in story order. ``concepts``: each story sentence's
    concepts, as ``citations`` takes them."""
    sents = story.sentences
    ref = sents[i].ref
    mine = acts.cited(ref) if acts.read(ref) else None
    if mine is None or not mine.main:
        return ()  # no act to hold the words to: the paraphrase level stands alone
    row = story.similarity[i]
    near = [int(j) for j in np.flatnonzero(row >= NEAR_SIMILARITY)]
    articles = {r.article for r in cited}
    if all(sents[j].article in articles for j in near):
        return ()
    own = own_words(story, i, concepts[i])
    mine_plain = plain_sentence(story.by_id[ref.article], ref.sentence)
    best: dict[str, int] = {}
    for j in near:
        s = sents[j]
        if s.article in articles or (s.article in best and row[j] <= row[best[s.article]]):
            continue
        theirs = acts.cited(s.ref) if acts.read(s.ref) else None
        if theirs is None or not theirs.main or not carries_claim(story, i, j, own, concepts):
            continue
        plain = plain_sentence(story.by_id[s.article], s.ref.sentence)
        if tells_main_act(mine, plain) and tells_main_act(theirs, mine_plain):
            best[s.article] = j
    return tuple(sents[j].ref for j in sorted(best.values()))


def with_near(
    story: Story, cited: Sequence[SentenceRef], near: Sequence[SentenceRef]
) -> tuple[SentenceRef, ...]:
    """``cited`` (a summary sentence's citations, itself first, the others in story order)
    with the ``near`` ones among the others, in story order."""
    if not near:
        return tuple(cited)
    order = {a.article.id: n for n, a in enumerate(story.articles)}
    rest = sorted([*cited[1:], *near], key=lambda r: (order[r.article], r.sentence))
    return (cited[0], *rest)
