"""Each article's lead, and which summary candidates tell one.

A news article's lead, its first whole sentence, states its news; a summary holding no
report's lead, in its own words or another outlet's, can cover the story's shared background
and still miss the event every report opens with. With ``LEAD_REQUIRED`` the summary's integer
program (``summary``) must choose at least one candidate that tells a lead (``lead_tellers``).

On since session 19 (docs/benchmarks.md, summary section, "the settings after the
sentence-end change" and "End of session 19"): it puts the main event into two development
summaries, both read as better (session 18 and again session 19), dev R-1 +0.20, dev R-2
-0.05, held-out unchanged. Session 18 kept it off because R-2 fell; the summary's binding
goal is R-1 (R-2 is far above every published system's and above the issue's 10.3), and a
summary that tells the event every report opens with is what a reader needs.

With ``MOST_TOLD_REQUIRED`` it must choose a candidate that tells the fact the most outlets
report (``most_told``, ``most_told_tellers``): the story's main event is what nearly every
report states, whatever sentence each opens with. With ``GROUP_ONCE`` it holds at most one
member of a fact group (``group_pairs``): the paraphrase matrix joins two members only where
they share most weighted bigrams, so one event told in two outlets' words could fill two
of the summary's few sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_rules import complete, starts_as_sentence

LEAD_REQUIRED = True
MOST_TOLD_REQUIRED = False
GROUP_ONCE = False


def first_sentences(story: Story) -> dict[str, int]:
    """Each article's lead as a story sentence number: its first whole sentence (complete,
    opening as a sentence) outside headings. A dateline split off on its own is none, nor is
    a title or standfirst, which tell the story in the editor's words, not the lead's."""
    lead: dict[str, int] = {}
    for i, s in enumerate(story.sentences):
        if (
            s.article not in lead
            and not s.heading
            and complete(s.text)
            and starts_as_sentence(s.text)
        ):
            lead[s.article] = i
    return lead


def lead_tellers(story: Story, candidates: Sequence[int], same: np.ndarray) -> list[int]:
    """Those of ``candidates`` (story sentence numbers) that tell an article's lead: a lead
    itself, or a sentence ``same`` (a symmetric boolean matrix over story sentences) pairs
    with a lead, another outlet's words for it."""
    leads = sorted(first_sentences(story).values())
    if not leads:
        return []
    told = np.any(same[:, leads], axis=1, keepdims=False).tolist()
    chosen = set(leads)
    return sorted(i for i in candidates if i in chosen or bool(told[i]))


def most_told(story: Story, groups: Sequence[FactGroup]) -> tuple[int, ...]:
    """The sentences (members and ``also``) of the fact group the most outlets report, at
    least two (one outlet's item is no shared event); of groups equally supported, the one
    told nearest an article's start (a lead before a later detail), then the earliest in the
    story. Empty when no group has two outlets."""
    best: tuple[int, int, int] | None = None
    told: tuple[int, ...] = ()
    for g in groups:
        every = tuple(sorted({*g.members, *g.also}))
        support = story.outlets([story.sentences[i].article for i in every])
        if support < 2:
            continue
        key = (-support, min(story.sentences[i].position for i in every), every[0])
        if best is None or key < best:
            best, told = key, every
    return told


def most_told_tellers(
    story: Story, groups: Sequence[FactGroup], candidates: Sequence[int], same: np.ndarray
) -> list[int]:
    """Those of ``candidates`` that tell the fact the most outlets report (``most_told``):
    one of its sentences, or a sentence ``same`` (a symmetric boolean matrix over story
    sentences) pairs with one."""
    told = list(most_told(story, groups))
    if not told:
        return []
    paired = np.any(same[:, told], axis=1, keepdims=False).tolist()
    members = set(told)
    return [i for i in candidates if i in members or bool(paired[i])]


def group_pairs(groups: Sequence[FactGroup], candidates: Sequence[int]) -> np.ndarray:
    """A symmetric boolean matrix over ``candidates`` (story sentence numbers): the pairs of
    them that are members of one fact group (the diagonal false)."""
    index = {i: k for k, i in enumerate(candidates)}
    out = np.zeros((len(candidates), len(candidates)), dtype=bool)
    for g in groups:
        ks = [index[i] for i in g.members if i in index]
        if len(ks) > 1:
            out[np.ix_(ks, ks)] = True
    np.fill_diagonal(out, False)
    return out


def required(
    story: Story,
    groups: Sequence[FactGroup],
    candidates: Sequence[int],
    same: np.ndarray,
    chosen: set[int],
) -> list[list[int]]:
    """For each setting that is on, the ``candidates`` of which the summary must hold at
    least one, where the ``chosen`` sentences (the optimum without them) hold none; a setting
    met already, or that no candidate could meet, asks nothing."""
    rows = []
    if LEAD_REQUIRED:
        rows.append(lead_tellers(story, candidates, same))
    if MOST_TOLD_REQUIRED:
        rows.append(most_told_tellers(story, groups, candidates, same))
    return [told for told in rows if told and not chosen.intersection(told)]
