"""The summary's candidate pool: the rules asked of the densest sentences first give the
pool and the leads that asking every sentence gives."""

from __future__ import annotations

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_candidates import in_place
from crossbrief.synthesize.summary_quotes import in_own_words
from crossbrief.synthesize.summary_rules import words_of
from tests.synthesize.builders import tagged_article

# Invented: two reports, each with a sentence its place or its quotation marks leave out
# (a caption, a sentence opening inside a quotation, a quoted one), among plain ones.
FIRST = [
    "The harbour board closed the north quay at Velmora after the storm on Monday.",
    "Photo: The north quay at Velmora seen from the ferry terminal on Monday.",
    "Engineers said the quay walls had cracked in two places and needed repair.",
    '"We will not open it until the walls are safe for every passenger," the chair said.',
    "Ferries to the islands will sail from the south pier while the work goes on.",
]
SECOND = [
    "Storm damage shut the north quay at Velmora, the harbour board said on Monday.",
    "Repairs to the cracked walls are expected to take about three weeks in all.",
    "Ferries to the islands will leave from the south pier until the quay reopens.",
    "The board said it had asked the port authority for help with the costs.",
]


@pytest.fixture(scope="module")
def story() -> Story:
    return Story([tagged_article("a", FIRST), tagged_article("b", SECOND)])


def _reference(story: Story, fit: list[int], worth: dict[int, float]) -> list[int]:
    """Every sentence asked, then the densest kept: the pool as it was first written."""
    sents = story.sentences
    kept = in_own_words(story, in_place(story, fit), summary_module.MAX_QUOTED_SHARE)
    density = {i: worth[i] / words_of(sents[i].text) for i in kept}
    return sorted(sorted(kept, key=lambda i: (-density[i], i))[: summary_module.MAX_CANDIDATES])


@pytest.mark.parametrize("size", [1, 2, 3, 5, 100])
def test_the_pool_is_the_densest_of_the_sentences_every_rule_keeps(
    story: Story, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summary_module, "MAX_CANDIDATES", size)
    fit = list(range(len(story.sentences)))
    # the density order puts the left-out sentences first, so the pool must skip them
    worth = {i: float(len(story.sentences) - i) for i in fit}
    worth[1] = worth[3] = 100.0
    pool, leads = summary_module._pool(story, fit, worth)
    assert 1 not in pool and 3 not in pool
    assert pool == _reference(story, fit, worth)
    assert len(pool) == min(size, len(story.sentences) - 2)
    # each article's lead is its first sentence any rule keeps, in or out of the pool
    assert leads == {"a": 0, "b": len(FIRST)}


def test_a_story_whose_sentences_all_fall_to_a_rule_still_has_a_pool(story: Story) -> None:
    # only the caption and the quotation: the fallbacks read them as the rules did
    fit = [1, 3]
    pool, leads = summary_module._pool(story, fit, {1: 1.0, 3: 2.0})
    kept = in_own_words(story, in_place(story, fit), summary_module.MAX_QUOTED_SHARE)
    assert pool == sorted(kept or in_own_words(story, fit, summary_module.MAX_QUOTED_SHARE) or fit)
    assert leads == {"a": pool[0]}
