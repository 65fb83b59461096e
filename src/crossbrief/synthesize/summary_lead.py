"""Each article's lead, and which summary candidates tell one.

A news article's lead, its first whole sentence, states its news; a summary holding no
report's lead, in its own words or another outlet's, can cover the story's shared background
and still miss the event every report opens with. With ``LEAD_REQUIRED`` the summary's integer
program (``summary``) must choose at least one candidate that tells a lead (``lead_tellers``).

Off: measured in session 18 on DUC 2004 (docs/benchmarks.md, "summary: the main event"), it
puts the main event into two development summaries (dev R-1 +0.20) but costs dev R-2 0.05,
and the issue's rule keeps a change only where R-2 does not fall.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_rules import complete, starts_as_sentence

LEAD_REQUIRED = False


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
