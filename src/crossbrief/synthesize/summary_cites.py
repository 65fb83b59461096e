"""A summary sentence's citations: the sentence, then each other article's closest paraphrase
that carries its own claim, not only its background, and the sentences of its fact group
that name the same event of a series (``series_cites``)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

import numpy as np

from crossbrief.model import SentenceRef
from crossbrief.synthesize.case_stages import other_stages
from crossbrief.synthesize.facts import FactGroup, statement
from crossbrief.synthesize.polarity import opposed
from crossbrief.synthesize.series import one_event, series_keys
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_speech_acts import opposite_acts
from crossbrief.synthesize.text import QUOTED, concept_terms

# share of a summary sentence's own content words a citation must carry (``carried``): on
# hand-read citations of DUC 2004 dev clusters and the seeds, 10 of 14 right (weighted by
# support, as the summary weighs concepts: 8 of 14). A citation must carry that share of its
# words twice: of all of them, and of those besides names and quote frames (``own_words``).
CITE_CARRIED = 0.3

# The future of a sentence's own event: "will", "shall", "is to", "is set to", "plans to"
# and the like ("would" is also a past report's reported future, so it is none).
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to|scheduled\s+to|"
    r"going\s+to|about\s+to)|plans?\s+to|intends?\s+to)\b",
    re.I,
)
# A prospect or a duty: "could", "may", "might", "must" or "should" before a verb ("could
# clinch the title with a win", "may rise", "must now decide"). Lower case only ("May" inside
# a sentence is the month); negated or over "have" it tells a past ("could not confirm",
# "may have fallen"), no event to come.
_PROSPECT = re.compile(
    r"\b(?:could|may|might|must|should)\s+(?!(?:not|never|have)\b)(?:\w+ly\s+)?[a-z]"
)
# Nouns whose "is to" tells a purpose, not a time: "The aim is to cut costs".
_PURPOSES = frozenset(
    [
        "aim",
        "goal",
        "plan",
        "idea",
        "purpose",
        "hope",
        "task",
        "job",
        "intention",
        "priority",
        "challenge",
        "answer",
    ]
)
# A clause opener before the future within its comma span makes it a side remark's ("the
# plant, which will close in March, employed 300"), not the sentence's own event.
_SIDE = re.compile(r"\b(?:which|who|whom|whose|if|when|unless|whether|once)\b", re.I)
# ... and a prospect is the sentence's own only in its main clause: after "that", "amid" or
# another subordinating word it is what someone expects of a done event ("the two met amid
# talk that the bid may rise")
_SUBORDINATE = re.compile(
    r"\b(?:that|amid|after|because|as|while|though|although|since|until|before)\b", re.I
)
# ... and a modal never follows a determiner or a possessive: there "might" and "must" are
# nouns ("the navy's might", "a must for fans")
_DETERMINED = re.compile(r"(?:\b(?:a|an|the|its|his|her|their|our|your|my)|\w['\u2019]s)\s+$", re.I)


# Words right before "plans to" that make "plans" a noun ("its plans to", "no plans to",
# "part of plans to"), as a possessive does ("the board's plans to"); and words that may stand
# before a name that is the subject of a verb "plans to" ("that Velmora plans to"): after any
# other lower-case word the name only modifies the noun ("back controversial Velmora plans
# to close the quay")
_NOUN_BEFORE_PLANS_WORDS = """no the a an its their his her our your my these those any new of
    for by on against over with about to from under dropped scrapped"""
_NOUN_BEFORE_PLANS = frozenset(_NOUN_BEFORE_PLANS_WORDS.split())
_CLAUSE_OPENER_WORDS = """the and that but said says when while as because if where who which
    whether so then now also"""
_CLAUSE_OPENERS = frozenset(_CLAUSE_OPENER_WORDS.split())


def _noun_plans(bare: str, at: int) -> bool:
    """Whether "plans" at ``at`` in ``bare`` is a noun, not a verb with its subject."""
    words = bare[:at].split()
    if not words:
        return False
    if words[-1].lower() in _NOUN_BEFORE_PLANS or words[-1].endswith(("'s", "\u2019s", "s'")):
        return True
    # a name run right before: what stands before it tells a subject from a modifier
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    if k == len(words) or k == 0 or words[k - 1][:1].isupper():
        return False
    before = words[k - 1]
    return before.isalpha() and before.islower() and before not in _CLAUSE_OPENERS


def preview(text: str) -> bool:
    """True when sentence ``text`` tells its event as still to come, outside quotation
    marks and outside a relative or conditional clause ("The board is to vote on the plan
    on Friday"), or as a prospect or a duty ("The board could close the quay with one more
    vote", "The board must decide"): a report of the event having happened ("The board
    voted on Friday") is another time of it, and neither cites the other."""
    bare = QUOTED.sub(" ", text)
    for m in itertools.chain(_FUTURE.finditer(bare), _PROSPECT.finditer(bare)):
        span = re.split(r"[,;:\u2014]", bare[: m.start()])[-1]
        before = span.split()[-1:]
        if _SIDE.search(span) or (before and before[0].lower() in _PURPOSES):
            continue
        if m.re is _PROSPECT and (
            _SUBORDINATE.search(bare, 0, m.start()) or _DETERMINED.search(bare, 0, m.start())
        ):
            continue
        if m.group().lower().startswith("plan") and _noun_plans(bare, m.start()):
            continue
        return True
    return False


def carried(mine: set[str], theirs: set[str]) -> float:
    """The share of the content words among the concepts ``mine`` (a sentence's) that
    ``theirs`` (another sentence's) has too. Each word counts once, however many reports
    carry it: weighing by support would count the background every outlet repeats ("left to
    die on a fence") above the sentence's own claim."""
    words = {c for c in mine if " " not in c}
    return len(words & theirs) / len(words) if words else 0.0


def own_words(story: Story, i: int, concepts: set[str]) -> set[str]:
    """The content words among sentence ``i``'s ``concepts`` that tell what it says, not who
    says it: those outside the names in it and outside the speakers and verbs of saying of
    its quotes. One official's name, title and "said" are in each of their statements, so
    counted toward a share they make two different statements cite each other. Times stay:
    "arrested on May 2" and "his arrest on May 2" share the date as information. A sentence
    with no word left keeps them all (there is nothing else to compare)."""
    s = story.sentences[i]
    analyzed = story.by_id[s.article]
    spans = [(m.start, m.end) for m in analyzed.mentions]
    for q in analyzed.quotes:
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append((q.speaker_start, q.speaker_end))
        if q.cue_start is not None and q.cue_end is not None:
            spans.append((q.cue_start, q.cue_end))
    text = list(analyzed.article.text[s.start : s.end])
    for start, end in spans:
        for k in range(max(start, s.start), min(end, s.end)):
            text[k - s.start] = " "
    words = {c for c in concepts if " " not in c}
    return (words & set(concept_terms("".join(text)))) or words


def citations(
    story: Story,
    i: int,
    same: np.ndarray,
    concepts: Sequence[set[str]],
) -> tuple[SentenceRef, ...]:
    """The sentence, then the closest paraphrase of each other article that states anything
    (``facts.statement``: no heading, quote fragment or wire routing line) and carries at
    least ``CITE_CARRIED`` of the sentence's content words, both of all of them and of those
    besides names and quote frames (``own_words``): a fact group or a short sentence
    can share only a long sentence's background ("... had been robbed and left stranded on a
    ferry, the council held a press conference"), and an outlet that never told its main
    claim is no support for it. A preview cites no report of the event done, nor the reverse
    (``preview``), and no sentence cites one telling its act negated, or as a plan where it
    tells it done (``polarity.opposed``: "ruled out" / "refused to rule out"), and no
    charge cites its denial or a reaction to it, nor the reverse
    (``summary_speech_acts.opposite_acts``), and no stage of a case cites another
    (``case_stages``: "was arrested" / "was convicted"): ``carries_claim``. A sentence
    below the paraphrase level may still cite by its act (``cite_near``)."""
    sents = story.sentences
    best: dict[str, int] = {}
    own = own_words(story, i, concepts[i])
    for j in map(int, np.flatnonzero(same[i])):
        article = sents[j].article
        if article == sents[i].article or not carries_claim(story, i, j, own, concepts):
            continue
        if article not in best or story.similarity[i, j] > story.similarity[i, best[article]]:
            best[article] = j
    return (sents[i].ref, *(sents[j].ref for j in sorted(best.values())))


def carries_claim(
    story: Story, i: int, j: int, own: set[str], concepts: Sequence[set[str]]
) -> bool:
    """Whether story sentence ``j`` may cite for sentence ``i`` (whose ``own_words`` are
    ``own``) by ``citations``' tests: it states something, carries ``CITE_CARRIED`` of both
    word sets, tells the event at the same time (``preview``), with the same polarity, at
    the same stage of a case and in the same act of a charge and its answer."""
    sents = story.sentences
    if sents[j].heading or not statement(sents[j].text):
        return False
    theirs = concepts[j]
    # both shares: all the words (the measured rule), and the words besides who spoke
    if min(carried(concepts[i], theirs), carried(own, theirs)) < CITE_CARRIED:
        return False
    mine, text = sents[i].text, sents[j].text
    if preview(mine) != preview(text) or opposed(mine, text):
        return False
    # an arrest and a verdict: two stages of a case, two facts; a charge and its denial or
    # a reaction to it: two acts
    return not (other_stages(mine, text) or opposite_acts(mine, text))


def series_cites(
    story: Story,
    sources: Sequence[SentenceRef],
    groups: Sequence[FactGroup],
    at: Mapping[SentenceRef, int] | None = None,
) -> tuple[SentenceRef, ...]:
    """For each article ``sources`` (a summary sentence's citations, the sentence first)
    leave out, the sentence of the first one's fact group (a member or an ``also``
    sentence) that names the same event of a series (``series.one_event``: "a third round
    of talks" / "the third attempt to end the strike"), in story order.

    One story's series has one nth event, so the ordinal carries the claim however few
    other words the two share: the word tests (``CITE_CARRIED`` here, the reported words in
    ``citations``) read an ordinal as no content word, and a short report of the event
    ("the third attempt began at the docks") carries few of a long sentence's words
    about it. Other group members get no such pass: hand-read on the DUC 2004 dev
    summaries, only 8 of 15 group members the word share turned away stated the summary
    sentence's information (a fact group is joined on its members' mean similarity, and a
    long sentence's group can share only its background). ``at``: each story sentence's
    position by its reference, made here when not given (a caller citing many sentences
    makes it once)."""
    if not sources:
        return ()
    if at is None:
        at = {s.ref: k for k, s in enumerate(story.sentences)}
    first = at.get(sources[0])
    if first is None:
        return ()
    mine = series_keys(story.sentences[first].text)
    if not mine:
        return ()
    cited = {r.article for r in sources}
    added: dict[str, int] = {}
    for g in groups:
        if first not in g.members and first not in g.also:
            continue
        for k in sorted((*g.members, *g.also)):
            article = story.sentences[k].article
            if article in cited or article in added:
                continue
            if one_event(mine, series_keys(story.sentences[k].text)):
                added[article] = k
    return tuple(story.sentences[k].ref for k in sorted(added.values()))
