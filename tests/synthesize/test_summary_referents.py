"""A kind epithet, a reported "it" and an undated "today" do not read alone in a summary."""

from __future__ import annotations

from typing import Any

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_anchors import anchored_at
from crossbrief.synthesize.summary_referents import (
    kind_epithet,
    reported_it,
    undated_deictic,
)
from tests.synthesize.stories import lines_story

DEAL = [
    "Velmora Air agreed to buy a stake in the Dunmore ferry line on Monday.",
    "Orsk Motors made an offer for Brackley Autos in March.",
    "The Swedish firm hoped to sell its stake by June.",
    "The Velmora club said the stadium would stay open.",
    "The largest bank cut its lending rates for the harbour towns.",
    "Ministers say it will ease the strain on the harbour towns.",
    "Ann Lee said it would cost the harbour towns dearly.",
    "Ann Lee said it was too soon to judge.",
    "Velmora Air said it would appeal against the ruling.",
    "Critics of the harbour plan say it would fail.",
    "Brackley Autos was sold to the harbour board in April.",
    "The struggling club's owners met the harbour board on Friday.",
    "Velmora's radio station said it would broadcast the talks.",
    "Ann Lee said it was a hard day for the harbour towns.",
]
OPENING = [
    "The Swedish firm Orsk Motors bought a ferry yard in Dunmore.",
    "Ministers say it was a fair price for the yard.",
]


@pytest.fixture(scope="module")
def deal_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-02-07", a=DEAL, b=OPENING)


def test_a_kind_epithet_stands_for_the_name_before_it(deal_story: Story) -> None:
    assert kind_epithet(deal_story, 2)
    assert kind_epithet(deal_story, 11)
    # a name as modifier says which club; a superlative picks one out itself
    assert not kind_epithet(deal_story, 3)
    assert not kind_epithet(deal_story, 4)
    # an article's first sentence, and one naming the firm after the epithet, read alone
    assert not kind_epithet(deal_story, len(DEAL))
    assert not kind_epithet(deal_story, 0)


def test_a_reported_it_stands_for_what_was_told_before(deal_story: Story) -> None:
    assert reported_it(deal_story, 5)
    assert reported_it(deal_story, 6)
    # an "it" standing for nothing, a body's own "it", a sayer whose phrase names a thing
    assert not reported_it(deal_story, 7)
    assert not reported_it(deal_story, 8)
    assert not reported_it(deal_story, 9)
    # a station's own "it"; a day's "it"
    assert not reported_it(deal_story, 12)
    assert not reported_it(deal_story, 13)
    # an article's second sentence may still report an "it"; its first has nothing before
    assert reported_it(deal_story, len(DEAL) + 1)


def _concepts(story: Story) -> list[set[str]]:
    return [summary_module._concepts(s.text) for s in story.sentences]


def test_anchored_at_binds_them_to_the_sentence_before(deal_story: Story) -> None:
    concepts = _concepts(deal_story)
    everyone = list(range(len(deal_story.sentences)))
    for i in (2, 5, 6, 11):
        assert anchored_at(deal_story, i, everyone, concepts, {}) == set()
    for i in (3, 4, 7, 8, 9, 10, 12, 13):
        assert anchored_at(deal_story, i, everyone, concepts, {}) is None


STORM = [
    "A storm closed the Velmora harbour and flooded the quay at Dunmore.",
    "The Orsk lighthouse was struck by a freak wave today, the keeper reported.",
    "Ferry crews said the lighthouse lamp went dark after the wave.",
    "Engineers will inspect the Orsk lighthouse this weekend, the harbour board said.",
    "Today, most lighthouses on the Velmora coast run without a keeper.",
    "The keeper told the Velmora Today programme that the lamp was repaired.",
    "The Orsk light, today the most admired on the coast, draws many visitors.",
]


def _storm(nlp: Any, published: str | None) -> Story:
    return lines_story(nlp, published, s=STORM)


def test_an_undated_today_is_no_candidate(nlp: Any) -> None:
    undated = _storm(nlp, None)
    dated = _storm(nlp, "2031-02-07")
    assert undated_deictic(undated, 1)
    assert not undated_deictic(undated, 0)
    # a week places an event as loosely as an undated report does: no day to tell
    assert not undated_deictic(undated, 3)
    # "today" as the present age, with no event's verb near it, places nothing
    assert not undated_deictic(undated, 4)
    # a capitalised "Today" past the opening is a name
    assert not undated_deictic(undated, 5)
    # an "-ed" form after "most" is an adjective, no event's verb
    assert not undated_deictic(undated, 6)
    # a dated report's "today" is its shown day
    assert not undated_deictic(dated, 1)
    for story, kept in ((undated, False), (dated, True)):
        dates = {a.article.id: a.article.published for a in story.articles}
        chosen = [s.text for s in summarize(story, group_sentences(story), 200, dates)]
        assert chosen
        assert (STORM[1] in chosen) is kept


def test_a_named_force_says_it_of_itself(nlp: Any) -> None:
    lines = [
        "Two men were held at the Velmora quay on Monday.",
        "Velmora Police said it had arrested two men at the quay.",
        "Police say it will reopen the quay soon.",
    ]
    story = lines_story(nlp, "2031-02-07", p=lines)
    # a force named with a capital is one body, its own "it"
    assert not reported_it(story, 1)
    # Negative: "Police" alone are people, and their "it" is what was told before
    assert reported_it(story, 2)


def test_an_ed_word_that_is_no_verb_tells_no_event(nlp: Any) -> None:
    lines = [
        "A storm closed the Velmora harbour on the coast.",
        "Today, a hundred lighthouses on the Velmora coast run without a keeper.",
        "Today, Ahmed Orsa runs the only bakery on the quay.",
        "Indeed, today the lighthouse draws many visitors.",
        "The lighthouse lamp failed today, the keeper said.",
    ]
    story = lines_story(nlp, t=lines)
    # a number, a name and an adverb ending in "-ed" are no past verb: the present age
    for i in (1, 2, 3):
        assert not undated_deictic(story, i), lines[i]
    # Negative: a past verb by the day still tells an event
    assert undated_deictic(story, 4)
